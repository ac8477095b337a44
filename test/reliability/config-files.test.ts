// dangjian.yaml as people really leave it: missing, empty, a folder, GBK, tabs, broken brackets,
// hostile keys and aliases. Each case: the exit code and the message code, the tree untouched.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { makeRepo, type RepoSpec } from '../helpers/make-repo.js';
import { errorCodes, expectKnownError, expectShortError, hashTree, runOnRepo, spawnQuick } from './tree.js';

const HEAD = 'org: 机关党委\nyear: 2020\ncatalog: 2020\n';
const UNITS = 'units:\n  - { id: jgdw, name: 局机关党委, dir: 局机关党委, level: org }\n';
const VALID = HEAD + UNITS;

/** A repo whose dangjian.yaml holds exactly these bytes, with its unit folder. */
function repoWith(config: string | Buffer): string {
  const dir = makeRepo({ config: false, files: { '局机关党委/': {} } });
  writeFileSync(join(dir, 'dangjian.yaml'), config);
  return dir;
}

describe('dangjian.yaml that cannot be used', () => {
  it('missing: config/missing, one line, exit 2', async () => {
    const dir = makeRepo({ config: false });
    expect(errorCodes(() => loadConfig(dir))).toEqual(['config/missing']);
    expectShortError(await runOnRepo(['lint', '--lang', 'en'], dir), 'dangjian.yaml', 'dangjian init');
  });

  it('empty: every required key named, at line 1', async () => {
    const dir = repoWith('');
    expect(errorCodes(() => loadConfig(dir))).toEqual([
      'schema/required',
      'schema/required',
      'schema/required',
      'schema/required',
    ]);
    expectKnownError(
      await runOnRepo(['check', '--lang', 'en'], dir),
      'dangjian.yaml:1:1:',
      'year is missing',
    );
  });

  it('a folder named dangjian.yaml: yaml/not-a-file, not a crash', async () => {
    const dir = makeRepo({ config: false });
    mkdirSync(join(dir, 'dangjian.yaml'));
    expect(errorCodes(() => loadConfig(dir))).toEqual(['yaml/not-a-file']);
    expectShortError(await runOnRepo(['lint'], dir), 'dangjian.yaml');
  });

  it('BOM and CRLF line ends are fine', async () => {
    const dir = repoWith(`\ufeff${VALID.replace(/\n/g, '\r\n')}`);
    const config = loadConfig(dir);
    expect(config.org).toBe('机关党委');
    expect(config.units[0]!.dir).toBe('局机关党委');
    const result = await runOnRepo(['lint'], dir);
    expect(result.code).toBe(0);
  });

  it('GBK-encoded: yaml/not-utf8 says to save as UTF-8', async () => {
    // "org: 机关党委" in GBK.
    const gbk = Buffer.from([
      0x6f, 0x72, 0x67, 0x3a, 0x20, 0xbb, 0xfa, 0xb9, 0xd8, 0xb5, 0xb3, 0xce, 0xaf, 0x0a,
    ]);
    const dir = repoWith(gbk);
    expect(errorCodes(() => loadConfig(dir))).toEqual(['yaml/not-utf8']);
    expectShortError(await runOnRepo(['lint'], dir), 'dangjian.yaml:1:1:', 'UTF-8', '另存为');
  });

  it('tab indentation: yaml/tab-indent at the tab line', async () => {
    const dir = repoWith(`${HEAD}units:\n\t- { id: jgdw, name: 局机关党委, dir: 局机关党委, level: org }\n`);
    expect(errorCodes(() => loadConfig(dir))).toContain('yaml/tab-indent');
    expectKnownError(await runOnRepo(['lint', '--lang', 'en'], dir), 'dangjian.yaml:5:', 'tabs');
  });

  it('an unclosed bracket: yaml/syntax with its line', async () => {
    const dir = repoWith(`${HEAD}units: [ { id: jgdw, name: 局机关党委, dir: 局机关党委, level: org }\n`);
    expect(errorCodes(() => loadConfig(dir))).toContain('yaml/syntax');
    expectKnownError(await runOnRepo(['lint'], dir), /dangjian\.yaml:\d+:\d+: /, '括号');
  });

  it('a key written twice: yaml/duplicate-key at the second one', async () => {
    const dir = repoWith(`${HEAD}year: 2021\n${UNITS}`);
    expect(errorCodes(() => loadConfig(dir))).toEqual(['yaml/duplicate-key']);
    expectShortError(await runOnRepo(['lint'], dir), 'dangjian.yaml:4:1:');
  });

  it('an unknown key: schema/unknown-key with a did-you-mean', async () => {
    const dir = repoWith(`${VALID}scorng:\n  step: 1\n`);
    expect(errorCodes(() => loadConfig(dir))).toEqual(['schema/unknown-key']);
    expectShortError(
      await runOnRepo(['lint', '--lang', 'en'], dir),
      'dangjian.yaml:6:1:',
      'did you mean scoring',
    );
  });

  it('a transposed key (yaer) still gets its did-you-mean', async () => {
    const dir = repoWith(VALID.replace('year:', 'yaer:'));
    expect(errorCodes(() => loadConfig(dir))).toContain('schema/unknown-key');
    expectKnownError(await runOnRepo(['lint', '--lang', 'en'], dir), 'did you mean year');
  });

  it('wrong types: every one reported with what to write', async () => {
    const dir = repoWith('org: [1]\nyear: 二〇二〇\ncatalog: 2020\nunits: 5\n');
    expect(errorCodes(() => loadConfig(dir))).toEqual(['schema/type', 'schema/type', 'schema/type']);
    const result = await runOnRepo(['lint', '--lang', 'en'], dir);
    expectKnownError(result, 'dangjian.yaml:1:6:', 'dangjian.yaml:2:7:', 'dangjian.yaml:4:8:');
    expect(result.stderr).toContain('3 problem(s)');
  });

  it('a list or a bare word instead of keys', async () => {
    expect(errorCodes(() => loadConfig(repoWith('- a\n- b\n')))).toEqual(['schema/type']);
    expect(errorCodes(() => loadConfig(repoWith('hello\n')))).toEqual(['schema/type']);
    expect(errorCodes(() => loadConfig(repoWith(`${VALID}---\n${VALID}`)))).toEqual(['yaml/syntax']);
  });

  it('YAML tags (!!binary, !!js/function) are data, never code', async () => {
    const dir = repoWith(`org: !!binary aGVsbG8=\nyear: 2020\ncatalog: 2020\n${UNITS}`);
    expect(errorCodes(() => loadConfig(dir))).toEqual(['schema/type']);
    const js = repoWith(
      `org: !!js/function "function () { globalThis.pwned = 1 }"\nyear: 2020\ncatalog: 2020\n${UNITS}`,
    );
    const result = await runOnRepo(['check', '--as-of', '2020-06-30', '--format', 'json'], js);
    expect([0, 1, 2]).toContain(result.code);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('prototype keys never pollute', () => {
  it('__proto__, constructor and prototype as keys are unknown keys', async () => {
    const dir = repoWith(
      `${HEAD}__proto__: { polluted: yes }\nconstructor: { polluted: yes }\nprototype: 1\n` +
        'units:\n  - { id: jgdw, name: 局机关党委, dir: 局机关党委, level: org, __proto__: { polluted: 1 } }\n',
    );
    expect(errorCodes(() => loadConfig(dir))).toEqual([
      'schema/unknown-key',
      'schema/unknown-key',
      'schema/unknown-key',
      'schema/unknown-key',
    ]);
    expectKnownError(await runOnRepo(['lint'], dir), 'dangjian.yaml:4:1:', '__proto__');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a unit whose id is __proto__, constructor or toString is just a unit', async () => {
    const dir = makeRepo({
      config:
        `${HEAD}units:\n` +
        '  - { id: constructor, name: 局机关党委, dir: 局机关党委, level: org }\n' +
        '  - { id: __proto__, name: 第一党支部, dir: 第一党支部, level: branch }\n' +
        '  - { id: toString, name: 第二党支部, dir: 第二党支部, level: branch }\n' +
        '  - { id: zb3, name: 第三党支部, dir: 第三党支部, level: branch }\n' +
        'responsibilities:\n  __proto__: [1-3]\n  zb3: [4]\n',
      files: {
        '局机关党委/01 党课/2020-03-01 党课材料 党课.pdf': 'a',
        '第一党支部/02/': {},
        '第二党支部/': {},
        '第三党支部/': {},
      },
    });
    const result = await runOnRepo(['check', '--as-of', '2020-06-30', '--format', 'json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { units: { id: string; indicators: unknown[] }[] };
    expect(json.units.map((u) => [u.id, u.indicators.length])).toEqual([
      ['constructor', 39],
      ['__proto__', 3],
      ['toString', 39],
      ['zb3', 1],
    ]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('a responsibilities key __proto__ that names no unit is unknown, not a prototype', async () => {
    const dir = repoWith(`${VALID}responsibilities:\n  __proto__: [1]\n`);
    expect(errorCodes(() => loadConfig(dir))).toEqual(['config/unknown-unit']);
    expectShortError(await runOnRepo(['lint'], dir), 'dangjian.yaml:7:3:');
  });
});

describe('hostile size and aliases', () => {
  it('an alias bomb is refused fast', async () => {
    let bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++) {
      const p = String.fromCharCode(96 + i);
      const n = String.fromCharCode(97 + i);
      bomb += `${n}: &${n} [${Array(10).fill(`*${p}`).join(', ')}]\n`;
    }
    const dir = repoWith(bomb);
    const started = performance.now();
    expect(errorCodes(() => loadConfig(dir))).toEqual(['yaml/alias-bomb']);
    const result = await runOnRepo(['lint'], dir);
    expect(performance.now() - started).toBeLessThan(1000);
    expectShortError(result, 'dangjian.yaml:1:1:', '别名');
  });

  it('a multi-megabyte file is refused without parsing it', async () => {
    const dir = repoWith(`${VALID}# ${'注'.repeat(2_000_000)}\n`);
    const started = performance.now();
    expect(errorCodes(() => loadConfig(dir))).toEqual(['yaml/too-large']);
    expectShortError(await runOnRepo(['lint'], dir), 'dangjian.yaml:1:1:');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a FIFO named dangjian.yaml is refused, never read (spawned: a hang must fail, not freeze the suite)', () => {
    const dir = makeRepo({ config: false });
    execFileSync('mkfifo', [join(dir, 'dangjian.yaml')]);
    const before = hashTree(dir);
    const result = spawnQuick(['lint'], dir);
    expectShortError(result, 'dangjian.yaml');
    expect(hashTree(dir)).toBe(before);
  });
});

describe('paths in dangjian.yaml that leave the repo', () => {
  const cases: [string, string][] = [
    ['catalog: ../../etc/x.yaml', 'config/catalog-outside'],
    ['catalog: /etc/passwd', 'config/catalog-outside'],
    ['catalog: "C:\\\\Windows\\\\win.ini"', 'config/catalog-outside'],
  ];
  for (const [line, code] of cases) {
    it(`${line}: ${code}`, async () => {
      const dir = repoWith(VALID.replace('catalog: 2020', line));
      expect(errorCodes(() => loadConfig(dir))).toEqual([code]);
      expectShortError(await runOnRepo(['lint'], dir), 'dangjian.yaml:3:10:', '仓库外面');
    });
  }

  for (const unitDir of ['../外面', '/etc', 'C:\\\\x', '汇编', '.git']) {
    it(`a unit dir ${unitDir} is refused`, async () => {
      const dir = repoWith(`${HEAD}units:\n  - { id: a, name: 甲, dir: "${unitDir}", level: org }\n`);
      const codes = errorCodes(() => loadConfig(dir));
      expect(codes).toHaveLength(1);
      expect(codes[0]).toMatch(/^config\/unit-dir-(outside|reserved)$/);
      expectShortError(await runOnRepo(['lint'], dir), 'dangjian.yaml:5:');
    });
  }

  it('a catalog inside the repo that is a symlink to a file outside is refused, its content never shown', async () => {
    const outside = makeRepo({ config: false, files: { 'secret.yaml': 'id: SECRET-CONTENT\n' } });
    const dir = makeRepo({
      config: VALID.replace('catalog: 2020', 'catalog: 指标.yaml'),
      files: { '指标.yaml': { symlink: join(outside, 'secret.yaml') }, '局机关党委/': {} },
    });
    const result = await runOnRepo(['lint'], dir);
    expectShortError(result, '指标.yaml');
    expect(result.stderr).not.toContain('SECRET-CONTENT');
  });
});

describe('a catalog file in the repo', () => {
  const withCatalog = (files: RepoSpec['files']) =>
    makeRepo({
      config: VALID.replace('catalog: 2020', 'catalog: 指标.yaml'),
      files: { '局机关党委/': {}, ...files },
    });

  it('empty: yaml/empty, not "undefined"', async () => {
    const dir = withCatalog({ '指标.yaml': '# 还没写\n' });
    const result = await runOnRepo(['lint', '--lang', 'en'], dir);
    expectShortError(result, '指标.yaml:1:1:', 'empty');
    expect(result.stderr).not.toContain('undefined');
  });

  it('GBK: yaml/not-utf8', async () => {
    const dir = withCatalog({
      '指标.yaml': Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xd6, 0xb8, 0xb1, 0xea, 0x0a]),
    });
    expectShortError(await runOnRepo(['lint'], dir), '指标.yaml:1:1:', 'UTF-8');
  });

  it('a folder: yaml/not-a-file, not "does not exist"', async () => {
    const dir = withCatalog({ '指标.yaml/': {} });
    expectShortError(await runOnRepo(['lint', '--lang', 'en'], dir), '指标.yaml:1:1:', 'not a regular file');
  });

  it('a FIFO: refused without blocking (spawned)', () => {
    const dir = withCatalog({});
    execFileSync('mkfifo', [join(dir, '指标.yaml')]);
    const before = hashTree(dir);
    expectShortError(spawnQuick(['lint'], dir), '指标.yaml');
    expect(hashTree(dir)).toBe(before);
  });

  it('several megabytes: yaml/too-large before parsing', async () => {
    const dir = withCatalog({ '指标.yaml': `id: x\n# ${'x'.repeat(3_000_000)}\n` });
    const started = performance.now();
    expectShortError(await runOnRepo(['lint', '--lang', 'en'], dir), '指标.yaml:1:1:', 'too large');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('__proto__ keys: unknown keys, nothing polluted', async () => {
    const dir = withCatalog({ '指标.yaml': '__proto__: { polluted: 1 }\nconstructor: { polluted: 1 }\n' });
    expectKnownError(await runOnRepo(['lint'], dir), '__proto__');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('control characters in dangjian.yaml never reach a terminal or CI log raw', () => {
  const controls = (text: string) =>
    [...text].filter((ch) => (ch.charCodeAt(0) < 0x20 && ch !== '\n') || ch.charCodeAt(0) === 0x7f);

  it('in a value that is wrong: the problem shows it with visible symbols', async () => {
    const dir = repoWith(`${HEAD.replace('year: 2020', 'year: "20\\e[31m20\\n::error::forged"')}${UNITS}`);
    const result = await runOnRepo(['lint'], dir);
    expectShortError(result, 'dangjian.yaml:2:7:');
    expect(controls(result.stderr)).toEqual([]);
    expect(result.stderr).not.toMatch(/^::error::forged/m);
  });

  it('in a key that is unknown', async () => {
    const dir = repoWith(`${VALID}"\\e]0;title\\a": 1\n`);
    const result = await runOnRepo(['lint'], dir);
    expectShortError(result, 'dangjian.yaml:6:1:');
    expect(controls(result.stderr)).toEqual([]);
  });

  it('in the organisation and unit names: check and lint print them visibly, on one line', async () => {
    const dir = makeRepo({
      config:
        'org: "机关党委\\e[2J\\n::error::forged"\nyear: 2020\ncatalog: 2020\nunits:\n' +
        '  - { id: jgdw, name: "局机关\\r党委\\u0007", dir: 局机关党委, level: org }\n',
      files: { '局机关党委/': {} },
    });
    for (const argv of [
      ['check', '--as-of', '2020-06-30'],
      ['check', '--as-of', '2020-06-30', '--format', 'github'],
      ['lint'],
      ['lint', '--format', 'github'],
    ]) {
      const result = await runOnRepo(argv, dir);
      expect(result.code, result.stderr).toBeLessThan(2);
      expect(controls(result.stdout + result.stderr), argv.join(' ')).toEqual([]);
      expect(result.stdout).not.toMatch(/^::error::forged/m);
    }
  });
});

describe('dangjian.yaml that is a symlink out of the repo (a pull request in CI could add one)', () => {
  it('to a file outside: refused, its content never printed', async () => {
    const outside = makeRepo({ config: false, files: { 'x.yaml': 'org: [OUTSIDE-SECRET]\n' } });
    const dir = makeRepo({ config: false, files: { 'dangjian.yaml': { symlink: join(outside, 'x.yaml') } } });
    const result = await runOnRepo(['lint'], dir);
    expectShortError(result, 'dangjian.yaml');
    expect(result.stderr).not.toContain('OUTSIDE-SECRET');
  });

  it.skipIf(process.platform !== 'linux')(
    'to /proc/self/environ: the environment never reaches the log (spawned)',
    () => {
      const dir = makeRepo({ config: false, files: { 'dangjian.yaml': { symlink: '/proc/self/environ' } } });
      const result = spawnQuick(['lint'], dir, { env: { CI_SECRET: 'MARKER-ENV-42' } });
      expectShortError(result, 'dangjian.yaml');
      expect(result.stderr + result.stdout).not.toContain('MARKER-ENV-42');
    },
  );
});

describe('an absurd number of units', () => {
  it('is refused by the schema at once, not scanned for a minute and then crashed', async () => {
    const units = Array.from(
      { length: 3000 },
      (_, i) => `  - { id: u${i}, name: 单位${i}, dir: d${i}, level: branch }`,
    );
    const dir = repoWith(`${HEAD}units:\n${units.join('\n')}\n`);
    const started = performance.now();
    expect(errorCodes(() => loadConfig(dir))).toEqual(['schema/size']);
    expectShortError(
      await runOnRepo(['check', '--as-of', '2020-06-30', '--lang', 'en'], dir),
      /^dangjian\.yaml:\d+:\d+: units/,
      '500',
    );
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('dangjian.yaml as typed with a Chinese input method or left mid-merge: one line, the line, the fix', () => {
  it('UTF-16 with a BOM (Notepad "Unicode"), either byte order: says UTF-16, not GBK', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    for (const bytes of [le, be]) {
      const dir = repoWith(bytes);
      expect(errorCodes(() => loadConfig(dir))).toEqual(['yaml/not-utf8']);
      const zh = await runOnRepo(['lint'], dir);
      expectShortError(zh, 'dangjian.yaml:1:1:', 'UTF-16', 'Unicode', '另存为', 'UTF-8');
      expect(zh.stderr).not.toContain('GBK');
      expectShortError(await runOnRepo(['lint', '--lang', 'en'], dir), 'UTF-16', 'Save as');
    }
  });

  it('a full-width colon: one line, not four lines of parser English', async () => {
    const dir = repoWith(VALID.replace('units:', 'units：'));
    expect(errorCodes(() => loadConfig(dir))).toEqual(['yaml/syntax']);
    const result = await runOnRepo(['lint'], dir);
    expectShortError(result, 'dangjian.yaml:4:6:', '第 4 行用了中文冒号「：」', '英文冒号「:」');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/Implicit|Nested|mappings/);
    expectShortError(await runOnRepo(['lint', '--lang', 'en'], dir), 'full-width colon');
  });

  it('no space after a colon', async () => {
    const dir = repoWith(VALID.replace('year: 2020', 'year:2020'));
    const result = await runOnRepo(['lint'], dir);
    expectShortError(result, 'dangjian.yaml:2:5:', '冒号后面少了空格', 'year: 2020');
    expect(result.stderr).not.toContain('Implicit');
  });

  it('merge-conflict markers: says so and names the marker lines', async () => {
    const dir = repoWith(`${HEAD}<<<<<<< HEAD\n${UNITS}=======\n${UNITS}>>>>>>> 第一党支部\n`);
    const result = await runOnRepo(['lint'], dir);
    expectShortError(result, 'dangjian.yaml:4:1:', 'git 合并冲突', '第 4、7、10 行');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('full-width spaces as indentation', async () => {
    const dir = repoWith(VALID.replace('  - {', '\u3000\u3000- {'));
    expectShortError(await runOnRepo(['lint'], dir), 'dangjian.yaml:5:1:', '全角空格');
  });

  it('a list item without its dash: the first parser error only, in Chinese', async () => {
    const dir = repoWith(`${VALID}  { id: zb1, name: 第一党支部, dir: 第一党支部, level: branch }\n`);
    const result = await runOnRepo(['lint'], dir);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expectShortError(result, 'dangjian.yaml:6:1:', '对不齐');
    expect(result.stderr.replace('dangjian.yaml', '')).not.toMatch(/[A-Za-z]{5,}/);
  });

  it('responsibilities: [1-9999] is one short line with the range, not 68 KB of numbers', async () => {
    const dir = repoWith(`${VALID}responsibilities:\n  jgdw: [1-9999]\n`);
    const result = await runOnRepo(['lint'], dir);
    expectShortError(result, 'dangjian.yaml:7:', '40–9999', '1 到 39');
    expect(result.stderr.length).toBeLessThan(300);
  });
});
