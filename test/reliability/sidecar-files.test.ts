// _meta.yaml and _event.yaml as people write them. A broken sidecar is a finding with its line (exit 1
// from lint), never a crash and never the end of the scan; check still scores everything else.
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/make-repo.js';
import { CONFIG, IND, runOnRepo, spawnQuick } from './tree.js';

const EVENT = `${IND}/2020-03-01 党课材料 党课`;

interface JsonFinding {
  code: string;
  path?: string;
  line?: number;
}

async function lint(files: Record<string, string | Uint8Array | { symlink: string }>) {
  const dir = makeRepo({ config: CONFIG, files: { [`${EVENT}/讲稿.pdf`]: 'x', ...files } });
  const result = await runOnRepo(['lint', '--format', 'json'], dir);
  expect(result.stderr).toBe('');
  const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
  const check = await runOnRepo(['check', '--as-of', '2020-06-30', '--format', 'json'], dir);
  expect(check.stderr).toBe('');
  expect([0, 1]).toContain(check.code);
  return { dir, code: result.code, findings, codes: findings.map((f) => f.code) };
}

const META = `${IND}/_meta.yaml`;
const EVENT_YAML = `${EVENT}/_event.yaml`;
let bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
for (let i = 1; i < 8; i++)
  bomb += `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
    .fill(`*${String.fromCharCode(96 + i)}`)
    .join(', ')}]\n`;

describe('sidecars', () => {
  const cases: [string, string, string | Uint8Array, string, number?][] = [
    [
      '_meta.yaml GBK',
      META,
      Buffer.from([0xd4, 0xf0, 0xc8, 0xce, 0xc8, 0xcb, 0x3a, 0x20, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a]),
      'yaml/not-utf8',
      1,
    ],
    ['_meta.yaml tabs', META, '责任人:\n\t- 张三\n', 'yaml/tab-indent', 2],
    ['_meta.yaml unclosed bracket', META, '责任人: [张三, 李四\n', 'yaml/syntax'],
    ['_meta.yaml duplicate key', META, '责任人: 张三\n责任人: 李四\n', 'yaml/duplicate-key', 2],
    ['_meta.yaml unknown key', META, '责任: 张三\n', 'schema/unknown-key', 1],
    ['_meta.yaml wrong type', META, '不适用: [1, 2]\n', 'schema/type', 1],
    ['_meta.yaml __proto__', META, '__proto__: { polluted: 1 }\n', 'schema/unknown-key', 1],
    ['_meta.yaml alias bomb', META, bomb, 'yaml/alias-bomb', 1],
    ['_meta.yaml several megabytes', META, `备注: ${'长'.repeat(1_500_000)}\n`, 'yaml/too-large', 1],
    [
      '_event.yaml GBK',
      EVENT_YAML,
      Buffer.from([0xcd, 0xac, 0xca, 0xb1, 0x3a, 0x20, 0x39, 0x0a]),
      'yaml/not-utf8',
      1,
    ],
    ['_event.yaml unclosed bracket', EVENT_YAML, '同时计入: [9, 30\n', 'yaml/syntax'],
    ['_event.yaml a word for a number', EVENT_YAML, '同时计入: [9, 三十]\n', 'schema/pattern', 1],
    ['_event.yaml unknown key', EVENT_YAML, '同时记入: [9]\n', 'schema/unknown-key', 1],
    ['_event.yaml constructor', EVENT_YAML, 'constructor: [9]\n', 'schema/unknown-key', 1],
    [
      '_meta.yaml UTF-16 (Notepad "Unicode")',
      META,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('责任人: 张三\n', 'utf16le')]),
      'yaml/not-utf8',
      1,
    ],
    ['_meta.yaml full-width colon', META, '责任人：张三\n', 'yaml/syntax', 1],
    ['_event.yaml full-width colon', EVENT_YAML, '同时计入：[9]\n', 'yaml/syntax', 1],
    [
      '_event.yaml merge conflict',
      EVENT_YAML,
      '<<<<<<< a\n同时计入: [9]\n=======\n同时计入: [30]\n>>>>>>> b\n',
      'yaml/syntax',
      1,
    ],
  ];
  for (const [name, path, content, code, line] of cases) {
    it(`${name}: ${code}`, async () => {
      const started = performance.now();
      const { code: exit, findings } = await lint({ [path]: content });
      expect(performance.now() - started).toBeLessThan(3000);
      expect(exit).toBe(1);
      const hit = findings.find((f) => f.code === code && f.path === path);
      expect(hit, JSON.stringify(findings)).toBeDefined();
      if (line !== undefined) expect(hit!.line).toBe(line);
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    });
  }

  it('an empty _meta.yaml and _event.yaml mean nothing is said', async () => {
    const { code, findings } = await lint({ [META]: '', [EVENT_YAML]: '' });
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('BOM and CRLF in sidecars are fine', async () => {
    const { code, findings } = await lint({
      [META]: '\ufeff责任人: 张三\r\n备注: 按期完成\r\n',
      [EVENT_YAML]: '\ufeff同时计入: [9, 30]\r\n',
    });
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('a folder named _meta.yaml or _event.yaml is not read as a sidecar', async () => {
    const dir = makeRepo({
      config: CONFIG,
      files: { [`${EVENT}/讲稿.pdf`]: 'x', [`${META}/`]: {}, [`${EVENT_YAML}/x.txt`]: 'y' },
    });
    mkdirSync(join(dir, IND, '_event.yaml'));
    const result = await runOnRepo(['lint', '--format', 'json'], dir);
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.code);
  });

  it('indicator numbers out of range in _event.yaml are findings', async () => {
    const { findings } = await lint({ [EVENT_YAML]: '同时计入: [99, "1-999999999"]\n' });
    expect(findings.some((f) => f.path === EVENT_YAML)).toBe(true);
  });

  it('a sidecar that is a symlink out of the repo is not read', async () => {
    const outside = makeRepo({ config: false, files: { 'x.yaml': '责任人: OUTSIDE-MARKER\n' } });
    const { codes } = await lint({ [META]: { symlink: join(outside, 'x.yaml') } });
    expect(codes).toContain('repo/symlink-outside');
  });
});

describe('sidecar slips: one finding per file, one line that names the fix', () => {
  const messages = async (files: Record<string, string | Uint8Array>, lang = 'zh') => {
    const dir = makeRepo({ config: CONFIG, files: { [`${EVENT}/讲稿.pdf`]: 'x', ...files } });
    const result = await runOnRepo(['lint', '--format', 'json', '--lang', lang], dir);
    const findings = (JSON.parse(result.stdout) as { findings: (JsonFinding & { message: string })[] })
      .findings;
    return (path: string) => findings.filter((f) => f.path === path).map((f) => f.message);
  };

  it('UTF-16 says UTF-16 ("Unicode"), not GBK', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('责任人: 张三\n', 'utf16le')]);
    const of = await messages({ [META]: utf16, [EVENT_YAML]: Buffer.from(utf16).swap16() });
    for (const path of [META, EVENT_YAML]) {
      expect(of(path)).toHaveLength(1);
      expect(of(path)[0]).toContain('UTF-16');
      expect(of(path)[0]).toContain('Unicode');
      expect(of(path)[0]).not.toContain('GBK');
    }
  });

  it('full-width colons and a missing space: the fix, in Chinese and English', async () => {
    const files = { [META]: '责任人:张三\n', [EVENT_YAML]: '同时计入：[9, 30]\n' };
    const zh = await messages(files);
    expect(zh(META)).toEqual(['第 1 行冒号后面少了空格，请在英文冒号「:」后空一格，写成 责任人: 张三。']);
    expect(zh(EVENT_YAML)).toEqual([
      '第 1 行用了中文冒号「：」，请改成英文冒号「:」，冒号后空一格，写成 同时计入: [9, 30]。',
    ]);
    const en = await messages(files, 'en');
    expect(en(META)[0]).toContain('needs a space after it');
    expect(en(EVENT_YAML)[0]).toContain('full-width colon');
  });

  it('同时计入: [9.5]: one message saying what to write, not "integer" and "text"', async () => {
    const of = await messages({ [EVENT_YAML]: '同时计入: [9.5]\n' });
    expect(of(EVENT_YAML)).toHaveLength(1);
    expect(of(EVENT_YAML)[0]).toContain('不是指标序号');
  });
});

describe('an unreadable sidecar (as root: run as nobody)', () => {
  it('is a finding naming the file, not silence', () => {
    const dir = makeRepo({
      config: CONFIG,
      files: { [`${EVENT}/讲稿.pdf`]: 'x', [META]: '不适用: 本年度没有\n' },
    });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, META), 0o000);
    const asRoot = process.getuid?.() === 0;
    const result = spawnQuick(['lint', '--format', 'json'], dir, asRoot ? { uid: 65534, gid: 65534 } : {});
    chmodSync(join(dir, META), 0o644);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((f) => [f.code, f.path])).toContainEqual(['yaml/unreadable', META]);
  });
});
