// A name with invisible direction marks displays otherwise than it is spelt (U+202E turns `gpj.exe`
// round): a warning, and every report shows the marks instead of obeying them.
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/visible-text.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';

const RLO = '\u202e';
const NAME = `2020-03-15 学习记录 第一次${RLO}fdp.exe`;
const PATH = `第一党支部/05 专题学习/${NAME}`;

describe('direction marks in names', () => {
  it('are shown as their code', () => {
    expect(visibleText(`a${RLO}b\u2066c\u200fd`)).toBe('a⟨U+202E⟩b⟨U+2066⟩c⟨U+200F⟩d');
    expect(visibleText('学习记录 第一次.pdf')).toBe('学习记录 第一次.pdf');
  });

  for (const git of [true, false]) {
    it(`get a warning, and no report prints them raw (${git ? 'git' : 'no git'})`, async () => {
      const dir = makeRepo({ files: { [PATH]: 'x' }, git });
      const json = await runCli(['lint', dir, '--format', 'json']);
      const found = JSON.parse(json.stdout).findings.filter(
        (f: { code: string }) => f.code === 'name/hidden-direction',
      );
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('warning');
      expect(found[0].path).toBe(`第一党支部/05 专题学习/2020-03-15 学习记录 第一次⟨U+202E⟩fdp.exe`);
      for (const format of ['text', 'github', 'json']) {
        const r = await runCli(['lint', dir, '--format', format]);
        expect(r.stdout).not.toContain(RLO);
      }
      const check = await runCli(['check', dir, '--format', 'json', '--as-of', '2020-09-25']);
      expect(check.stdout).not.toContain(RLO);
    });
  }
});
