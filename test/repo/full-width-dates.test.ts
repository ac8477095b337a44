// A date typed with a Chinese input method (full-width digits and dashes) is named as such, with
// the date to write instead, never "the name does not start with a date".
import { describe, expect, it } from 'vitest';
import { parseEvidenceName } from '../../src/repo/parse-evidence-name.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';

const resolve = (word: string) => (word === '学习记录' ? word : undefined);

describe('full-width dates', () => {
  it.each([
    ['２０２０－０４－２５ 学习记录 a.pdf', '２０２０－０４－２５', '2020-04-25'],
    ['２０２０-03-17 学习记录 a.pdf', '２０２０-03-17', '2020-03-17'],
    ['2020－03－15 学习记录 a.pdf', '2020－03－15', '2020-03-15'],
    ['２０２０．０３．１５ 学习记录', '２０２０．０３．１５', '2020-03-15'],
    ['２０２００３１５ 学习记录.pdf', '２０２００３１５', '2020-03-15'],
  ])('%s', (name, date, suggestion) => {
    const parsed = parseEvidenceName(name, resolve);
    expect(parsed).toEqual({
      problem: 'name/bad-date',
      date,
      suggestion,
      fullWidth: true,
      ext: expect.any(String),
    });
  });

  it('lint says to switch the input method, and what to write', async () => {
    const dir = makeRepo({
      files: { '第一党支部/05 专题学习/２０２０－０４－２５ 学习记录 第一次.pdf': 'x' },
    });
    const r = JSON.parse((await runCli(['lint', dir, '--format', 'json'])).stdout);
    const found = r.findings.find((f: { code: string }) => f.code === 'name/bad-date');
    expect(found.message).toContain('全角');
    expect(found.message).toContain('写成 2020-04-25');
  });
});
