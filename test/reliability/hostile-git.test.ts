// A repo folder shared by zip or USB stick may carry its own .git/config. Settings there that make git
// run a program (core.fsmonitor, a gpg.program for signatures) must never run when dangjian reads it.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, makeRepo, tempDir } from '../helpers/make-repo.js';
import { CONFIG, runOnRepo } from './tree.js';

describe.skipIf(process.platform === 'win32')('a hostile .git/config', () => {
  it('lint, check and compile never run the programs it names', async () => {
    const dir = makeRepo({
      config: CONFIG,
      files: { '局机关党委/01 党课/2020-03-01 党课材料 党课.pdf': 'x' },
      git: true,
    });
    // The repo's own commits first; the hostile settings after, so only dangjian's git calls could run them.
    writeFileSync(join(dir, '.gitattributes'), '*.pdf filter=evil\n');
    git(dir, ['add', '.gitattributes']);
    git(dir, ['commit', '-q', '-m', 'attributes']);
    const marker = join(tempDir(), 'pwned');
    const script = join(tempDir(), 'evil.sh');
    writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> '${marker}'\nexit 1\n`);
    chmodSync(script, 0o755);
    git(dir, ['config', 'core.fsmonitor', script]);
    git(dir, ['config', 'log.showSignature', 'true']);
    git(dir, ['config', 'gpg.program', script]);
    git(dir, ['config', 'filter.evil.clean', script]);
    git(dir, ['config', 'filter.evil.process', script]);
    // Make the index stale so git would consult the monitor and re-hash through the filter.
    const pdf = join(dir, '局机关党委/01 党课/2020-03-01 党课材料 党课.pdf');
    writeFileSync(pdf, 'z');
    utimesSync(pdf, 946684800, 946684800);
    writeFileSync(join(dir, '局机关党委/01 党课/2020-03-02 党课材料 新增.pdf'), 'y');
    // The settings are live: git itself, run plainly, does call the program.
    spawnSync('git', ['status', '--porcelain'], { cwd: dir, stdio: 'ignore' });
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);
    for (const argv of [
      ['lint', '--format', 'json'],
      ['check', '--as-of', '2020-06-30', '--format', 'json'],
      ['compile', '--quarter', '2020Q1'],
    ]) {
      const result = await runOnRepo(argv, dir);
      expect(result.code, result.stderr).toBeLessThan(2);
    }
    expect(existsSync(marker) ? 'a program from .git/config ran' : 'nothing ran').toBe('nothing ran');
  });
});
