import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath } from '../helpers/cli.js';
import { tempDir } from '../helpers/make-repo.js';
import { generateOrg } from '../helpers/synthetic-org.js';
import { readBook } from './read-book.js';

const built = existsSync(new URL('../../dist/workbook/run-compile.js', import.meta.url));

describe.skipIf(!built)('compile interrupted with Ctrl-C (spawned; needs npm run build)', () => {
  it('leaves no half-written workbook and no temporary file', async () => {
    const org = generateOrg({ units: 6 });
    const out = join(tempDir(), 'books');
    const child = spawn(
      process.execPath,
      [binPath, 'compile', org.root, '--quarter', '2020Q3', '--out', out],
      {
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
        stdio: 'ignore',
      },
    );
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    // Wait until a workbook is being written, then interrupt.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (existsSync(out) && readdirSync(out).some((f) => f.endsWith('.tmp'))) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGINT');
    const { code, signal } = await exited;
    expect(signal === 'SIGINT' || code === 130).toBe(true);
    const left = existsSync(out) ? readdirSync(out) : [];
    expect(left.filter((f) => !f.endsWith('.xlsx'))).toEqual([]);
    for (const f of left) expect((await readBook(join(out, f))).worksheets.length).toBeGreaterThan(3);
  }, 120_000);
});
