// Typing slips and YAML syntax errors in the files people write (dangjian.yaml, _meta.yaml, _event.yaml):
// exactly one problem, at its line, explained in Chinese with the fix, never the parser's English
// cascade. Codes stay `yaml/syntax`, `yaml/tab-indent`, `yaml/duplicate-key`; `data.reason` says which.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { type Problem, ProblemsError } from '../../src/errors.js';
import { t } from '../../src/i18n/index.js';
import { makeRepo } from '../helpers/make-repo.js';
import { sidecarFindings } from './sidecar-text.js';

const HEAD = 'org: 机关党委\nyear: 2020\ncatalog: 2020\n';
const UNITS = 'units:\n  - { id: jgdw, name: 局机关党委, dir: 局机关党委, level: org }\n';
const VALID = HEAD + UNITS;

type Kind = 'config' | 'meta' | 'event';

/** The problems (or findings) of one file of the given kind holding `text`. */
function problemsOf(kind: Kind, text: string): Pick<Problem, 'code' | 'line' | 'column' | 'data'>[] {
  if (kind === 'config') {
    const dir = makeRepo({ config: false });
    writeFileSync(join(dir, 'dangjian.yaml'), text);
    try {
      loadConfig(dir);
    } catch (error) {
      if (error instanceof ProblemsError) return error.problems;
      throw error;
    }
    return [];
  }
  const findings = sidecarFindings(kind, text);
  return findings.map((f) => ({ code: f.code, line: f.line, column: f.column, data: f.data ?? {} }));
}

/** Exactly one problem, rendered on one line in both languages, with no parser English in Chinese. */
function onlyProblem(kind: Kind, text: string) {
  const problems = problemsOf(kind, text);
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  const problem = problems[0]!;
  const zh = t('zh', problem.code, problem.data);
  const en = t('en', problem.code, problem.data);
  for (const message of [zh, en]) expect(message).not.toContain('\n');
  expect(zh).not.toMatch(/Implicit|must|Nested|Unexpected|Map keys|indicator|token/);
  return { ...problem, zh, en };
}

describe('typing slips are named, with the line and the fix', () => {
  const cases: [string, Kind, string, string, number, Record<string, unknown>][] = [
    [
      'full-width colon with a value',
      'config',
      VALID.replace('org: ', 'org： '),
      'full-width-colon',
      1,
      { corrected: 'org: 机关党委' },
    ],
    [
      'full-width colon before a list',
      'config',
      VALID.replace('units:', 'units：'),
      'full-width-colon',
      4,
      {},
    ],
    [
      'full-width colon in a flow mapping',
      'config',
      VALID.replace('{ id: jgdw', '{ id：jgdw'),
      'full-width-colon',
      5,
      { corrected: 'id: jgdw' },
    ],
    [
      'full-width colon in _meta.yaml',
      'meta',
      '责任人：张三\n',
      'full-width-colon',
      1,
      { corrected: '责任人: 张三' },
    ],
    [
      'full-width colon in _event.yaml',
      'event',
      '同时计入：[9]\n',
      'full-width-colon',
      1,
      { corrected: '同时计入: [9]' },
    ],
    [
      'no space after a colon',
      'config',
      VALID.replace('year: 2020', 'year:2020'),
      'missing-space',
      2,
      { corrected: 'year: 2020' },
    ],
    [
      'no space in a flow mapping',
      'config',
      VALID.replace('{ id: jgdw', '{ id:jgdw'),
      'missing-space',
      5,
      {},
    ],
    [
      'no space, nested',
      'config',
      `${VALID}scoring:\n  step:1\n`,
      'missing-space',
      7,
      { corrected: 'step: 1' },
    ],
    [
      'a full-width space after the colon',
      'config',
      VALID.replace('org: ', 'org:\u3000'),
      'missing-space',
      1,
      { fullWidthSpace: true },
    ],
    ['no space in _meta.yaml', 'meta', '责任人:张三\n', 'missing-space', 1, { corrected: '责任人: 张三' }],
    ['no space in _event.yaml', 'event', '同时计入:[9, 30]\n', 'missing-space', 1, {}],
    [
      'full-width spaces as indentation',
      'config',
      VALID.replace('  - {', '\u3000\u3000- {'),
      'full-width-indent',
      5,
      {},
    ],
    [
      'full-width indentation that parses',
      'config',
      `${VALID}scoring:\n\u3000step: 1\n`,
      'full-width-indent',
      7,
      {},
    ],
    ['full-width indentation in _meta.yaml', 'meta', '责任人:\n\u3000- 张三\n', 'full-width-indent', 2, {}],
    [
      'merge-conflict markers',
      'config',
      `${HEAD}<<<<<<< HEAD\n${UNITS}=======\n${UNITS}>>>>>>> zb1\n`,
      'merge-conflict',
      4,
      { lines: '4,7,10' },
    ],
    [
      'merge-conflict markers in _meta.yaml',
      'meta',
      '<<<<<<< HEAD\n责任人: 张三\n=======\n责任人: 李四\n>>>>>>> b\n',
      'merge-conflict',
      1,
      {},
    ],
    [
      'merge-conflict markers in _event.yaml',
      'event',
      '<<<<<<< HEAD\n同时计入: [9]\n=======\n同时计入: [30]\n>>>>>>> b\n',
      'merge-conflict',
      1,
      {},
    ],
  ];
  for (const [name, kind, text, reason, line, data] of cases) {
    it(`${name} (${kind}): ${reason} at line ${line}`, () => {
      const p = onlyProblem(kind, text);
      expect(p.code).toBe('yaml/syntax');
      expect(p.data).toMatchObject({ reason, ...data });
      expect(p.line).toBe(line);
      expect(p.zh).toContain(`第 ${line}`);
    });
  }

  it('the Chinese says what to type instead', () => {
    expect(onlyProblem('config', VALID.replace('units:', 'units：')).zh).toContain(
      '请改成英文冒号「:」，冒号后空一格',
    );
    expect(onlyProblem('meta', '责任人:张三\n').zh).toContain('写成 责任人: 张三');
    expect(onlyProblem('config', VALID.replace('  - {', '\u3000\u3000- {')).zh).toContain('全角空格');
    const conflict = onlyProblem('config', `${HEAD}<<<<<<< HEAD\n${UNITS}=======\n${UNITS}>>>>>>> zb1\n`);
    expect(conflict.zh).toContain('合并冲突');
    expect(conflict.zh).toContain('第 4、7、10 行');
    expect(conflict.en).toContain('merge-conflict markers');
    expect(conflict.en).toContain('lines 4, 7, 10');
  });

  it('text that only looks like a slip is never blamed: a full-width colon inside a value or a list', () => {
    expect(problemsOf('meta', '责任人:\n  - 张三：组长\n备注: 时间：三月\n')).toEqual([]);
    expect(problemsOf('meta', '备注: |\n  要点：按期完成\n  说明:见附件\n')).toEqual([]);
    // A real error elsewhere is reported as itself.
    const p = onlyProblem('meta', '责任人:\n  - 张三：组长\n备注: [未完\n');
    expect(p.data.reason).toBe('unclosed-bracket');
  });
});

describe('other YAML errors: the first only, in plain words', () => {
  const cases: [string, Kind, string, string, string | undefined, Record<string, unknown>][] = [
    [
      'an unclosed [',
      'meta',
      '不适用: [\n',
      'yaml/syntax',
      'unclosed-bracket',
      { open: '[', close: ']', openLine: 1 },
    ],
    [
      'an unclosed {',
      'config',
      `${HEAD}units:\n  - { id: jgdw, name: 局机关党委\n`,
      'yaml/syntax',
      'unclosed-bracket',
      { close: '}' },
    ],
    [
      'an unclosed quote',
      'config',
      VALID.replace('org: 机关党委', 'org: "机关党委'),
      'yaml/syntax',
      'unclosed-quote',
      { openLine: 1 },
    ],
    [
      'a list item without its dash',
      'config',
      `${UNITS}  { id: b, name: b, dir: b, level: org }\n${HEAD}`,
      'yaml/syntax',
      'indent',
      {},
    ],
    [
      'a colon and space inside a value',
      'config',
      VALID.replace('org: 机关党委', 'org: 机关: 党委'),
      'yaml/syntax',
      'nested-mapping',
      {},
    ],
    [
      'a line that is not key: value',
      'meta',
      '责任人: 张三\n这一行没有冒号\n备注: x\n',
      'yaml/syntax',
      'not-key-value',
      {},
    ],
    ['a stray ]', 'event', '同时计入: [9, 30]]\n', 'yaml/syntax', 'unexpected', { char: ']' }],
    ['a value starting with @', 'meta', '责任人: @张三\n', 'yaml/syntax', 'reserved-start', { char: '@' }],
    [
      'a Windows path in double quotes',
      'config',
      VALID.replace('catalog: 2020', 'catalog: "C:\\Windows\\x.yaml"'),
      'yaml/syntax',
      'bad-escape',
      {},
    ],
    ['two documents', 'config', `${VALID}---\n${VALID}`, 'yaml/syntax', 'multiple-docs', {}],
    [
      'a key written twice',
      'config',
      `${HEAD}year: 2021\n${UNITS}`,
      'yaml/duplicate-key',
      undefined,
      { key: 'year', firstLine: 2 },
    ],
    ['tabs', 'meta', '责任人:\n\t- 张三\n', 'yaml/tab-indent', undefined, {}],
  ];
  for (const [name, kind, text, code, reason, data] of cases) {
    it(`${name} (${kind}): ${reason ?? code}`, () => {
      const p = onlyProblem(kind, text);
      expect(p.code).toBe(code);
      if (reason) expect(p.data.reason).toBe(reason);
      expect(p.data).toMatchObject(data);
    });
  }

  it('the duplicate key names the key and where it was first written', () => {
    const p = onlyProblem('config', `${HEAD}year: 2021\n${UNITS}`);
    expect(p.line).toBe(4);
    expect(p.zh).toBe('year 写了两次（第 2 行已经写过）。请删掉其中一个，或把两处的内容合并到一处。');
  });

  it('English keeps the parser detail only for errors it has no words for', () => {
    expect(t('en', 'yaml/syntax', { reason: 'other', detail: 'Something odd' })).toContain('Something odd');
    expect(t('zh', 'yaml/syntax', { reason: 'other', detail: 'Something odd' })).not.toContain('Something');
    expect(t('zh', 'yaml/syntax', { reason: 'never-heard-of', detail: 'x' })).toContain('YAML 格式有误');
  });
});
