// dangjian.yaml says `dir: Zhibu`, the folder is `zhibu`: one folder on Windows, two to git. Say
// which spelling to write, instead of "the folder does not exist".
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';

describe('repo/unit-dir-case', () => {
  it('names the folder as it is spelt on disk', async () => {
    const dir = makeRepo({
      config: { units: [{ id: 'zb', name: '第二支部', dir: 'Zhibu', level: 'branch' }] },
      files: { 'zhibu/05 专题学习/2020-03-15 学习记录 第一次.pdf': 'x' },
      git: true,
    });
    const r = JSON.parse((await runCli(['lint', dir, '--format', 'json'])).stdout);
    const codes = r.findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('repo/unit-dir-case');
    expect(codes).not.toContain('repo/unit-missing');
    const found = r.findings.find((f: { code: string }) => f.code === 'repo/unit-dir-case');
    expect(found.message).toContain('请把 dir 改成 zhibu');
  });

  it('a folder that is really missing is still unit-missing', async () => {
    const dir = makeRepo({
      config: { units: [{ id: 'zb', name: '第二支部', dir: 'Zhibu', level: 'branch' }] },
    });
    const r = JSON.parse((await runCli(['lint', dir, '--format', 'json'])).stdout);
    expect(r.findings.map((f: { code: string }) => f.code)).toContain('repo/unit-missing');
  });
});
