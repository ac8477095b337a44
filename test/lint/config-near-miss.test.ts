// No dangjian.yaml, but a file that was surely meant to be it: say which, and how to rename it.
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { hashTree, makeRepo } from '../helpers/make-repo.js';

describe('a config saved under another name', () => {
  it.each(['dangjian.yaml.txt', 'dangjian.yml.txt', 'Dangjian.YAML', 'dangjian .yaml'])(
    '%s: named in one line, exit 2, nothing changed',
    async (name) => {
      const dir = makeRepo({ files: { '第一党支部/05 专题学习/2020-03-15 学习记录 第一次.pdf': 'x' } });
      renameSync(join(dir, 'dangjian.yaml'), join(dir, name));
      const before = hashTree(dir);
      for (const command of [['lint'], ['check'], ['compile', '--quarter', '2020Q1']]) {
        const r = await runCli([...command, dir]);
        expect(r.code).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toContain(`${name} 应当叫 dangjian.yaml`);
      }
      const en = await runCli(['lint', dir, '--lang', 'en']);
      expect(en.stderr).toContain(`${name} in ${dir} should be named dangjian.yaml`);
      expect(hashTree(dir)).toBe(before);
    },
  );

  it('without such a file, the plain message', async () => {
    const dir = makeRepo({ config: false, files: { 'notes.txt': 'x', 'dangjian-说明.yaml': 'y' } });
    const r = await runCli(['lint', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到 dangjian.yaml');
  });
});
