// Impossible dates in names and flags, dates outside the year, bad quarters, unknown, missing and
// repeated flags: a finding or one clear line with exit 2, never a guess.
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/make-repo.js';
import { CONFIG, expectShortError, IND, runOnRepo } from './tree.js';

function repo(): string {
  return makeRepo({
    config: CONFIG,
    files: {
      [`${IND}/2020-02-30 党课材料 二月三十.pdf`]: 'a',
      [`${IND}/2021-02-29 党课材料 非闰年.pdf`]: 'b',
      [`${IND}/2020-13-01 党课材料 十三月.pdf`]: 'c',
      [`${IND}/20200230_图片_紧凑写法/a.jpg`]: 'd',
      [`${IND}/2020-02-29 党课材料 闰日.pdf`]: 'e',
      [`${IND}/2019-12-31 党课材料 去年.pdf`]: 'f',
      '扫描件.pdf': 'g',
    },
  });
}

describe('dates in names', () => {
  it('2020-02-30, 2021-02-29, 2020-13-01 are name/bad-date; 2020-02-29 counts; 2019 is out of year', async () => {
    const dir = repo();
    const result = await runOnRepo(['lint', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as { findings: { code: string; path?: string }[] }).findings;
    const codeOf = (name: string) => findings.filter((f) => f.path === `${IND}/${name}`).map((f) => f.code);
    expect(codeOf('2020-02-30 党课材料 二月三十.pdf')).toEqual(['name/bad-date']);
    expect(codeOf('2021-02-29 党课材料 非闰年.pdf')).toEqual(['name/bad-date']);
    expect(codeOf('2020-13-01 党课材料 十三月.pdf')).toEqual(['name/bad-date']);
    expect(codeOf('20200230_图片_紧凑写法')).toEqual(['name/bad-date']);
    expect(codeOf('2020-02-29 党课材料 闰日.pdf')).toEqual([]);
    expect(codeOf('2019-12-31 党课材料 去年.pdf')).toEqual(['name/out-of-year']);
    const check = await runOnRepo(['check', '--as-of', '2020-12-31', '--format', 'json'], dir);
    const json = JSON.parse(check.stdout) as { units: { indicators: { id: number; events: number }[] }[] };
    expect(json.units[0]!.indicators[0]!.events).toBe(1);
  });
});

describe('dates in flags', () => {
  const bad: [string[], string][] = [
    [['check', '--as-of', '2020-02-30'], '2020-02-30'],
    [['check', '--as-of', '2021-02-29'], '2021-02-29'],
    [['check', '--as-of', '2020-13-01'], '2020-13-01'],
    [['check', '--as-of', '2020/06/30'], '2020/06/30'],
    [['check', '--as-of', ''], '--as-of'],
    [['check', '--as-of', '2019-12-31'], '2019-12-31'],
    [['check', '--as-of', '2021-01-01'], '2021-01-01'],
    [['add', '1', '扫描件.pdf', '--date', '2020-02-30', '--kind', '党课材料'], '2020-02-30'],
    [['add', '1', '扫描件.pdf', '--date', '2021-02-29', '--kind', '党课材料'], '2021-02-29'],
    [['add', '1', '扫描件.pdf', '--date', '2020-13-01', '--kind', '党课材料'], '2020-13-01'],
    [['add', '1', '扫描件.pdf', '--date', '2019-05-01', '--kind', '党课材料'], '2019-05-01'],
    [['compile', '--quarter', '2020Q5'], '2020Q5'],
    [['compile', '--quarter', '2020Q0'], '2020Q0'],
    [['compile', '--quarter', '2021Q1'], '2021Q1'],
    [['compile', '--quarter', '第三季度'], '第三季度'],
    [['compile'], '--quarter'],
  ];
  for (const [argv, fragment] of bad) {
    it(`${argv.join(' ')}: exit 2 naming ${fragment}`, async () => {
      const result = await runOnRepo(argv, repo());
      expectShortError(result, fragment);
      expect(result.stdout).toBe('');
    });
  }

  it('2020-02-29 is a real day: check runs', async () => {
    const result = await runOnRepo(['check', '--as-of', '2020-02-29', '--format', 'json'], repo());
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as { asOf: string }).asOf).toBe('2020-02-29');
  });
});

describe('flags', () => {
  const cases: [string[], (string | RegExp)[]][] = [
    [
      ['check', '--as-off', '2020-06-30'],
      ['--as-off', 'did you mean --as-of'],
    ],
    [['lint', '--formt', 'json'], ['did you mean --format']],
    [['compile', '--quater', '2020Q1'], ['did you mean --quarter']],
    [['chek'], ['did you mean check']],
    [
      ['check', '--format', 'xml'],
      ['xml', 'text | json | github'],
    ],
    [['check', '--min-score', 'abc'], ['abc']],
    [
      ['check', '--as-of'],
      ['--as-of', '<date>'],
    ],
    [
      ['check', '.', 'extra'],
      ['at most 1', 'got 2'],
    ],
    [['add'], ['<indicator>']],
    [['add', '1'], ['<files...>']],
    [
      ['check', '--as-of', '2020-06-30', '--as-of', '2020-07-31'],
      ['--as-of', '2020-06-30', '2020-07-31'],
    ],
    [
      ['check', '--unit', 'jgdw', '--unit=zb1'],
      ['--unit', 'twice'],
    ],
    [
      ['check', '--unit', 'jgwd', '--as-of', '2020-06-30'],
      ['jgwd', 'did you mean jgdw'],
    ],
    [['compile', '--quarter', '2020Q1', '--unit', 'jgwd'], ['jgwd']],
    [['indicators', '40'], ['40']],
    [['indicators', '__proto__'], ['__proto__']],
  ];
  for (const [argv, fragments] of cases) {
    it(`${argv.join(' ')}: exit 2`, async () => {
      const result = await runOnRepo([...argv, '--lang', 'en'], repo());
      expectShortError(result, ...fragments);
      expect(result.stderr).not.toMatch(/error: |Expected \d/);
    });
  }

  it('the same value twice is not a conflict', async () => {
    const result = await runOnRepo(
      ['check', '--as-of', '2020-06-30', '--as-of=2020-06-30', '--format', 'json'],
      repo(),
    );
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.code);
  });

  it('the same message in Chinese has no English left in it', async () => {
    for (const argv of [
      ['check', '--as-of'],
      ['check', '.', 'extra'],
      ['add', '1'],
    ]) {
      const result = await runOnRepo(argv, repo());
      expectShortError(result);
      expect(result.stderr).not.toMatch(/argument|missing|too many/);
    }
  });
});

describe('indicator numbers as people type them', () => {
  for (const typed of ['15', '015', '１５', '第15项', ' 15 ']) {
    it(`indicators "${typed}" shows indicator 15`, async () => {
      const result = await runOnRepo(['indicators', typed, '--format', 'json'], repo());
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout) as { indicators: { id: number }[] };
      expect(json.indicators.map((i) => i.id)).toEqual([15]);
    });
  }
  for (const typed of ['1.5', '0x1', '1e1', '-1', '40', '第40项', '99999999999999999999']) {
    it(`indicators "${typed}": exit 2 naming it`, async () => {
      expectShortError(await runOnRepo(['indicators', typed], repo()), typed);
    });
  }
});

describe('dates as people type them', () => {
  for (const typed of ['2020-06-30', '20200630', '2020.06.30', '２０２０－０６－３０', ' 2020-06-30 ']) {
    it(`--as-of "${typed}" is 2020-06-30`, async () => {
      const result = await runOnRepo(['check', '--as-of', typed, '--format', 'json'], repo());
      expect(result.stderr).toBe('');
      expect((JSON.parse(result.stdout) as { asOf: string }).asOf).toBe('2020-06-30');
    });
  }
});

describe('control characters in arguments', () => {
  for (const argv of [
    ['--\u001b[2Jx'],
    ['ch\u001b]0;t\u0007eck'],
    ['check', '--as-of', '2020\u001b[31m'],
    ['check', '--unit', 'a\nb'],
  ]) {
    it(`${JSON.stringify(argv)}: shown as visible symbols`, async () => {
      const result = await runOnRepo(argv, repo());
      expectShortError(result);
      expect([...result.stderr].filter((ch) => ch.charCodeAt(0) < 0x20 && ch !== '\n')).toEqual([]);
    });
  }
});
