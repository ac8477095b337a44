// A repo at the root of a USB stick: the folders Windows keeps there are not the user's evidence.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';

describe('Windows drive folders', () => {
  for (const git of [true, false]) {
    it(`$RECYCLE.BIN and System Volume Information are never looked at (${git ? 'git' : 'no git'})`, async () => {
      const dir = makeRepo({
        files: {
          '第一党支部/05 专题学习/2020-03-15 学习记录 第一次.pdf': 'x',
          '$RECYCLE.BIN/S-1-5-21/$R1.pdf': 'deleted',
          '$Recycle.Bin/desktop.ini': 'x',
          'System Volume Information/IndexerVolumeGuid': 'x',
        },
        git,
      });
      mkdirSync(join(dir, 'System Volume Information', 'sub'), { recursive: true });
      writeFileSync(join(dir, 'System Volume Information', 'sub', 'x'), 'y');
      const r = JSON.parse((await runCli(['lint', dir, '--format', 'json'])).stdout);
      const paths = r.findings.map((f: { path?: string }) => f.path ?? '');
      expect(paths.filter((p: string) => /recycle|system volume/i.test(p))).toEqual([]);
    });
  }

  it('only at the top: inside a unit folder the same name is the user’s folder, with or without git', async () => {
    const codes: string[][] = [];
    for (const git of [true, false]) {
      const dir = makeRepo({
        files: { '第一党支部/System Volume Information/x.pdf': 'x' },
        git,
      });
      const r = JSON.parse((await runCli(['lint', dir, '--format', 'json'])).stdout);
      codes.push(
        r.findings
          .filter((f: { path?: string }) => f.path?.includes('System Volume'))
          .map((f: { code: string }) => f.code),
      );
    }
    expect(codes[0]).toEqual(codes[1]);
    expect(codes[0]!.length).toBeGreaterThan(0);
  });
});
