// The bin is the last line: whatever run() does, the process exits with a code that says what
// happened. Here the bin runs against a stand-in loader, so each way run() can end is tried.
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/make-repo.js';

const bin = fileURLToPath(new URL('../../bin/dangjian.cjs', import.meta.url));

/** A package whose bin is ours and whose bundle's run() is `body` (the options are `o`). */
function withRun(body: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
  copyFileSync(bin, join(dir, 'bin', 'dangjian.cjs'));
  writeFileSync(join(dir, 'package.json'), '{"version":"9.9.9"}');
  writeFileSync(
    join(dir, 'dist', 'bundle', 'load.cjs'),
    `exports.loadBundle = () => ({ run: async (o) => { ${body} } });\n`,
  );
  return join(dir, 'bin', 'dangjian.cjs');
}

function exec(file: string, args: string[] = ['check']) {
  const out = spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

describe('the bin', () => {
  it("exits with run()'s code", () => {
    const file = withRun("o.stdout.write('done\\n'); return 1;");
    expect(exec(file)).toEqual({ code: 1, stdout: 'done\n', stderr: '' });
  });

  it('answers --version without loading the bundle', () => {
    const file = withRun("throw new Error('loaded');");
    expect(exec(file, ['--version'])).toEqual({ code: 0, stdout: '9.9.9\n', stderr: '' });
  });

  it('reports a run that fails in one line and exits 2', () => {
    const file = withRun("throw new Error('磁盘坏了');");
    const out = exec(file);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('dangjian: 磁盘坏了\n');
  });

  it('does not pass a run that never finished for success', () => {
    // Nothing keeps node waiting, so it leaves with the promise still pending.
    const file = withRun('await new Promise(() => {});');
    const out = exec(file);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('内部错误');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('keeps the code of a run whose reader stopped early', () => {
    // `dangjian check | head -1`: the pipe closes while output is still being written.
    const file = withRun(
      "for (let i = 0; i < 1e5; i++) if (!o.stdout.write('第'+i+'行\\n')) await new Promise(r => o.stdout.once('drain', r)); return 0;",
    );
    const out = spawnSync(
      'bash',
      ['-c', '"$0" "$1" check | head -1; echo "exit $((PIPESTATUS[0]))" >&2', process.execPath, file],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect(out.stdout).toBe('第0行\n');
    expect(out.stderr).toBe('exit 0\n');
  });
});

describe('the bin on a full disk', () => {
  it.runIf(existsSync('/dev/full'))('says so in one line and exits 2, no stack trace', () => {
    const file = withRun("o.stdout.write('结果\\n'.repeat(10000)); return 0;");
    const full = openSync('/dev/full', 'w');
    try {
      const out = spawnSync(process.execPath, [file, 'check'], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(out.status).toBe(2);
      expect(out.stderr).toBe('dangjian: 结果没有写完（磁盘已满 / disk full）\n');
    } finally {
      closeSync(full);
    }
  });
});
