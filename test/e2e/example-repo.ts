// A throw-away copy of the example organisation, made into a committed git repo, as a user would have it.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const exampleDir = fileURLToPath(new URL('../../examples/示例机关党委', import.meta.url));

function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=示例', '-c', 'user.email=example@example.org', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
}

/** Copy the example into a fresh temp dir and commit it, so lint sees no uncommitted evidence. */
export function copyExample(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'dangjian-e2e-'));
  const root = path.join(parent, '示例机关党委');
  fs.cpSync(exampleDir, root, { recursive: true });
  git(root, ['init', '-q']);
  git(root, ['-c', 'core.quotepath=false', 'add', '-A']);
  git(root, ['commit', '-q', '-m', '示例台账']);
  return root;
}

/** Every file under `root` (outside .git) with its bytes, hashed in path order. */
export function hashTree(root: string): string {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(root);
  for (const file of files.sort()) {
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return `${files.length}:${hash.digest('hex')}`;
}

export function removeCopy(root: string): void {
  fs.rmSync(path.dirname(root), { recursive: true, force: true });
}
