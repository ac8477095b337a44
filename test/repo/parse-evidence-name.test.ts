import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKindResolver, kindForExtension } from '../../src/catalog/kinds.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { kindOfInnerFile, parseEvidenceName } from '../../src/repo/parse-evidence-name.js';

const catalog = loadCatalog('2020', { baseDir: process.cwd() });
const resolve = createKindResolver(catalog.kinds);
const extKind = (ext: string) => kindForExtension(catalog.kinds, ext);
const parse = (name: string, folder = false) => parseEvidenceName(name, resolve, { folder });

describe('parseEvidenceName: files', () => {
  it.each([
    ['2020-07-01 党课材料 强化政治机关意识.pdf', '2020-07-01', '党课材料', '强化政治机关意识', 'pdf'],
    ['20200315_学习记录_第一次专题学习.docx', '2020-03-15', '学习记录', '第一次专题学习', 'docx'],
    ['2020.03.15-会议记录-支委会.PDF', '2020-03-15', '会议记录', '支委会', 'pdf'],
    ['2020-03-15_会议纪要_支委会.pdf', '2020-03-15', '会议记录', '支委会', 'pdf'],
    ['2020-03-15 照片 活动现场.jpg', '2020-03-15', '图片', '活动现场', 'jpg'],
    ['2020-01-10 教育计划 政治纪律教育.pdf', '2020-01-10', '计划', '政治纪律教育', 'pdf'],
    ['2020-01-10 警示教育记录.pdf', '2020-01-10', '记录', '', 'pdf'],
    ['2020-03-15 学习记录.pdf', '2020-03-15', '学习记录', '', 'pdf'],
    ['2020-03-15\u3000学习记录\u3000全角空格.pdf', '2020-03-15', '学习记录', '全角空格', 'pdf'],
    ['2020-03-15  学习记录__多个 分隔符.pdf', '2020-03-15', '学习记录', '多个 分隔符', 'pdf'],
    ['2020-03-15--学习记录--横线.pdf', '2020-03-15', '学习记录', '横线', 'pdf'],
    ['20200315学习记录.pdf', '2020-03-15', '学习记录', '', 'pdf'],
    ['2020-03-15 学习记录 第1.2期', '2020-03-15', '学习记录', '第1.2期', ''],
    ['2020-02-29 通知 闰年.pdf', '2020-02-29', '通知', '闰年', 'pdf'],
    ['2020-03-15 台帐 问题清单.xlsx', '2020-03-15', '台账', '问题清单', 'xlsx'],
    [
      '2020-03-15 学习记录 标题-带-横线_和_下划线.pdf',
      '2020-03-15',
      '学习记录',
      '标题-带-横线_和_下划线',
      'pdf',
    ],
  ])('%s', (name, date, kind, title, ext) => {
    expect(parse(name)).toEqual(expect.objectContaining({ date, kind, title, ext }));
  });

  it('reads a date with dots as a date, not an extension', () => {
    expect(parse('2020.03.15 学习记录')).toEqual(
      expect.objectContaining({ date: '2020-03-15', kind: '学习记录', ext: '' }),
    );
  });

  it.each([
    ['学习记录 第一次.pdf', 'name/no-date'],
    ['IMG_0012.jpg', 'name/no-date'],
    ['202003151 学习记录.pdf', 'name/no-date'],
    ['2020-02-30 通知.pdf', 'name/bad-date'],
    ['2019-02-29 通知.pdf', 'name/bad-date'],
    ['2020-13-01 通知.pdf', 'name/bad-date'],
    ['20200431_通知.pdf', 'name/bad-date'],
    ['2020-3-5 通知.pdf', 'name/bad-date'],
    ['2020年3月5日 通知.pdf', 'name/bad-date'],
    ['2020-03-15.pdf', 'name/no-kind'],
    ['2020-03-15 .pdf', 'name/no-kind'],
    ['2020-03-15 学习纪录 第一次.pdf', 'name/unknown-kind'],
    ['2020-03-15 杂项.pdf', 'name/unknown-kind'],
  ])('%s → %s', (name, problem) => {
    expect(parse(name)).toEqual(expect.objectContaining({ problem }));
  });

  it('suggests the right form of a loosely written date', () => {
    expect(parse('2020-3-5 通知.pdf')).toEqual(expect.objectContaining({ suggestion: '2020-03-05' }));
    expect(parse('2020年3月5日 通知.pdf')).toEqual(expect.objectContaining({ suggestion: '2020-03-05' }));
  });

  it('names the unknown kind word', () => {
    expect(parse('2020-03-15 学习纪录 第一次.pdf')).toEqual(
      expect.objectContaining({ problem: 'name/unknown-kind', word: '学习纪录', date: '2020-03-15' }),
    );
  });
});

describe('parseEvidenceName: event folders', () => {
  it.each([
    ['2020-07-01 主题党日 党课材料', 'name/unknown-kind'],
    ['2020-07-01 党课 七一党课', '党课材料'],
    ['20200315_学习记录_第一次专题学习', '学习记录'],
    ['2020.05.20 会议记录 支委会.第二次', '会议记录'],
  ])('%s', (name, expected) => {
    const parsed = parse(name, true);
    if (expected.includes('/')) expect(parsed).toEqual(expect.objectContaining({ problem: expected }));
    else expect(parsed).toEqual(expect.objectContaining({ kind: expected, ext: '' }));
  });

  it('keeps dots in a folder title', () => {
    expect(parse('2020.05.20 会议记录 支委会.第二次', true)).toEqual(
      expect.objectContaining({ title: '支委会.第二次' }),
    );
  });
});

describe('kindOfInnerFile', () => {
  it.each([
    ['IMG_0012.jpg', '会议记录', '图片'],
    ['DSC01234.JPG', '学习记录', '图片'],
    ['会议记录.docx', '图片', '会议记录'],
    ['签到表.pdf', '会议记录', '记录'],
    ['支委会记录2.docx', '学习记录', '会议记录'],
    ['讲稿（定稿）.docx', '会议记录', '党课材料'],
    ['附件1.pdf', '会议记录', '会议记录'],
    ['scan.pdf', '学习记录', '学习记录'],
  ])('%s in a %s folder → %s', (name, folderKind, expected) => {
    expect(kindOfInnerFile(name, resolve, extKind, folderKind)).toBe(expected);
  });
});

describe('properties', () => {
  it('never throws and returns a result or a problem for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.boolean(), (name, folder) => {
        const parsed = parse(name, folder);
        expect('problem' in parsed || /^\d{4}-\d{2}-\d{2}$/.test(parsed.date)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every valid date in all three forms with any separators', () => {
    const sep = fc.constantFrom(' ', '_', '-', '\u3000', '  ', '__', ' - ');
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2060-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('-', '.', ''),
        sep,
        sep,
        fc.constantFrom('学习记录', '会议纪要', '照片', '教育计划', '通知'),
        fc.stringMatching(/^[一-龥A-Za-z0-9]{0,8}$/),
        fc.constantFrom('pdf', 'docx', 'jpg'),
        (d, dateSep, sep1, sep2, kind, title, ext) => {
          const iso = d.toISOString().slice(0, 10);
          const written = iso.replaceAll('-', dateSep);
          const name = `${written}${sep1}${kind}${title ? `${sep2}${title}` : ''}.${ext}`;
          const parsed = parse(name);
          expect(parsed).toEqual(expect.objectContaining({ date: iso, kind: resolve(kind), title, ext }));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
