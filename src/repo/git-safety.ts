// Reading a repo must never run a program its own .git/config names: a repo folder shared by zip or
// USB stick carries that file. These overrides go before every git command dangjian runs.
import { execFileSync } from 'node:child_process';

/** LFS's own filter commands: the only filter driver trusted, and only as git-lfs defines it. */
const LFS = [
  'filter.lfs.clean=git-lfs clean -- %f',
  'filter.lfs.smudge=git-lfs smudge -- %f',
  'filter.lfs.process=git-lfs filter-process',
];

/**
 * `-c` options that switch off what a read could run: the file-system monitor, signature checks,
 * and every filter driver but LFS's (git runs a file's clean filter to compare it with the index).
 */
export function safeGitOptions(cwd: string): string[] {
  const out = ['-c', 'core.fsmonitor=false', '-c', 'log.showSignature=false'];
  let keys = '';
  try {
    keys = execFileSync('git', ['config', '-z', '--name-only', '--get-regexp', '^filter\\.'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    // exit code 1: no filter configured.
  }
  const drivers = new Set<string>();
  for (const key of keys.split('\0')) {
    const m = /^filter\.(.+)\.(clean|smudge|process)$/i.exec(key);
    if (m) drivers.add(m[1]!);
  }
  for (const driver of drivers) {
    if (driver === 'lfs') for (const o of LFS) out.push('-c', o);
    else for (const k of ['clean', 'smudge', 'process']) out.push('-c', `filter.${driver}.${k}=`);
  }
  return out;
}
