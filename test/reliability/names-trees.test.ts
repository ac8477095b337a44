// Names and trees people really have: zip-mangled bytes, macOS NFD, Windows-hostile names, very long
// names, deep and wide folders, symlink loops and escapes, unreadable folders. Never a crash, always
// a finding a person can act on, and the tree byte-identical afterwards.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, makeRepo, type RepoSpec } from '../helpers/make-repo.js';
import { CONFIG, hashTree, IND, runOnRepo, spawnQuick } from './tree.js';

interface JsonFinding {
  code: string;
  path?: string;
  severity: string;
}

async function lintJson(dir: string): Promise<{ code: number; findings: JsonFinding[]; stderr: string }> {
  const result = await runOnRepo(['lint', '--format', 'json'], dir);
  expect(result.stderr).toBe('');
  return {
    code: result.code,
    findings: (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings,
    stderr: result.stderr,
  };
}

async function eventsOf(dir: string, indicator = 1): Promise<number> {
  const result = await runOnRepo(['check', '--as-of', '2020-12-31', '--format', 'json'], dir);
  expect(result.stderr).toBe('');
  const json = JSON.parse(result.stdout) as { units: { indicators: { id: number; events: number }[] }[] };
  return json.units[0]!.indicators.find((i) => i.id === indicator)!.events;
}

/** C0 control characters other than the line feed, and DEL: what a terminal would act on. */
function controlCharacters(text: string): string[] {
  return [...text].filter((ch) => {
    const code = ch.codePointAt(0)!;
    return (code < 0x20 && ch !== '\n') || code === 0x7f;
  });
}

/** Write a file whose name holds raw bytes (not UTF-8), under a UTF-8 folder. */
function writeRawName(root: string, folder: string, name: Buffer, content = 'x'): void {
  writeFileSync(Buffer.concat([Buffer.from(`${root}/${folder}/`), name]), content);
}

for (const git of [false, true]) {
  describe(`names (${git ? 'git' : 'plain folder'})`, () => {
    it('names that are not UTF-8 (GBK from a zip) are reported, never counted under a mangled name', async () => {
      const dir = makeRepo({ config: CONFIG, files: { [`${IND}/`]: {} } });
      // "2020-03-01 图片 " + GBK bytes of 活动 + ".jpg", and a GBK folder name at the top.
      const gbk = Buffer.from([0xbb, 0xee, 0xb6, 0xaf]);
      writeRawName(dir, IND, Buffer.concat([Buffer.from('2020-03-01 图片 '), gbk, Buffer.from('.jpg')]));
      const eventFolder = Buffer.concat([Buffer.from(`${dir}/${IND}/2020-03-02 会议记录 `), gbk]);
      mkdirSync(eventFolder);
      writeFileSync(Buffer.concat([eventFolder, Buffer.from('/纪要.pdf')]), 'y');
      if (git) commitAll(dir);
      const { code, findings } = await lintJson(dir);
      expect(code).toBe(1);
      expect(findings.filter((f) => f.code === 'name/not-utf8')).toHaveLength(2);
      expect(await eventsOf(dir)).toBe(0);
    });

    it('a newline in a name stays one annotation line in --format github', async () => {
      const dir = makeRepo({
        config: CONFIG,
        files: {
          [`${IND}/2020-03-01 图片 第一\n第二.jpg`]: 'a',
          [`${IND}/无日期\r\n::error::伪造.jpg`]: 'b',
        },
      });
      if (git) commitAll(dir);
      const result = await runOnRepo(['lint', '--format', 'github'], dir);
      expect(result.code).toBe(1);
      const lines = result.stdout.trimEnd().split('\n');
      const annotations = lines.slice(0, -1);
      expect(annotations.length).toBeGreaterThanOrEqual(1);
      for (const line of annotations) expect(line).toMatch(/^::(error|warning|notice) /);
      expect(result.stdout).not.toMatch(/^::error::伪造/m);
    });

    it('control characters in names (terminal escapes) never reach the terminal raw', async () => {
      const dir = makeRepo({
        config: CONFIG,
        files: {
          [`${IND}/2020-03-01 图片 \u001b[2J\u001b]0;pwned\u0007标题.jpg`]: 'a',
          [`${IND}/\u001b[31m无日期\b.jpg`]: 'b',
          '局机关党委/05\u001b[5m/2020-03-01 图片 x.jpg': 'c',
        },
      });
      if (git) commitAll(dir);
      for (const argv of [
        ['lint'],
        ['lint', '--format', 'github'],
        ['check', '--as-of', '2020-06-30'],
        ['check', '--as-of', '2020-06-30', '--format', 'github'],
      ]) {
        const result = await runOnRepo(argv, dir);
        expect(result.code, result.stderr).toBe(1);
        expect(controlCharacters(result.stdout + result.stderr), argv.join(' ')).toEqual([]);
      }
      const { findings } = await lintJson(dir);
      expect(findings.map((f) => f.code)).toContain('name/no-date');
    });

    it('NFD names (macOS) match NFC unit and indicator folders in dangjian.yaml', async () => {
      const nfc = '\u7b2c\u4e00\u515a\u652f\u90e8 caf\u00e9';
      const dir = makeRepo({
        config: `org: 机关党委\nyear: 2020\ncatalog: 2020\nunits:\n  - { id: zb1, name: 第一党支部, dir: "${nfc}", level: branch }\n`,
        files: { [`${nfc.normalize('NFD').replace('é', 'e\u0301')}/01/2020-03-01 图片 cafe\u0301.jpg`]: 'x' },
      });
      if (git) commitAll(dir);
      const { findings } = await lintJson(dir);
      expect(findings.map((f) => f.code)).not.toContain('repo/unit-missing');
      expect(findings.map((f) => f.code)).not.toContain('repo/unclaimed-folder');
      expect(await eventsOf(dir)).toBe(1);
    });

    it('Windows-reserved names and trailing dots or spaces are warned about (they cannot be checked out on Windows)', async () => {
      const dir = makeRepo({
        config: CONFIG,
        files: {
          [`${IND}/CON`]: 'a',
          [`${IND}/aux.pdf`]: 'b',
          [`${IND}/2020-03-01 图片 标题.`]: 'c',
          [`${IND}/2020-03-02 图片 标题 `]: 'd',
          [`${IND}/2020-03-03 图片 活动 /a.jpg`]: 'e',
          [`${IND}/2020-03-04 图片 活动/NUL.jpg`]: 'f',
          [`${IND}/2020-03-05 图片 a?b.jpg`]: 'g',
        },
      });
      if (git) commitAll(dir);
      const { code, findings } = await lintJson(dir);
      expect(code).toBe(1);
      const byPath = (p: string) => findings.filter((f) => f.path === `${IND}/${p}`).map((f) => f.code);
      expect(byPath('CON')).toContain('name/no-date');
      expect(byPath('aux.pdf')).toContain('name/no-date');
      for (const p of ['2020-03-01 图片 标题.', '2020-03-02 图片 标题 ', '2020-03-05 图片 a?b.jpg'])
        expect(byPath(p), p).toContain('name/windows-unsafe');
      // Said once, on the folder whose name is the problem.
      expect(byPath('2020-03-03 图片 活动 ')).toContain('name/windows-unsafe');
      expect(byPath('2020-03-03 图片 活动 /a.jpg')).toEqual([]);
      expect(byPath('2020-03-04 图片 活动/NUL.jpg')).toContain('name/windows-unsafe');
    });

    it('a 255-byte name is read and counted', async () => {
      const head = '2020-03-01 图片 ';
      const ext = '.jpg';
      const fill = 255 - Buffer.byteLength(head) - ext.length;
      const title = `${'长'.repeat(Math.floor(fill / 3))}${'a'.repeat(fill % 3)}`;
      const name = `${head}${title}${ext}`;
      expect(Buffer.byteLength(name)).toBe(255);
      const dir = makeRepo({ config: CONFIG, files: { [`${IND}/${name}`]: 'x' } });
      if (git) commitAll(dir);
      const { code, findings } = await lintJson(dir);
      expect(findings).toEqual([]);
      expect(code).toBe(0);
      expect(await eventsOf(dir)).toBe(1);
    });

    it('200 levels of folders inside an event folder: no stack overflow, the file counts', async () => {
      const dir = makeRepo({ config: CONFIG });
      const deep = join(dir, IND, '2020-03-01 图片 深', ...Array(200).fill('d'));
      mkdirSync(deep, { recursive: true });
      writeFileSync(join(deep, 'x.jpg'), 'x');
      if (git) commitAll(dir);
      const started = performance.now();
      const { code } = await lintJson(dir);
      expect(code).toBe(0);
      expect(await eventsOf(dir)).toBe(1);
      expect(performance.now() - started).toBeLessThan(5000);
    });

    it('an empty repo (only dangjian.yaml): the missing unit folder is the one finding', async () => {
      const dir = makeRepo({ config: CONFIG });
      if (git) commitAll(dir);
      const { code, findings } = await lintJson(dir);
      expect(code).toBe(1);
      expect(findings.map((f) => f.code)).toEqual(['repo/unit-missing']);
      const check = await runOnRepo(['check', '--as-of', '2020-06-30', '--format', 'json'], dir);
      expect(check.code).toBe(1);
      expect((JSON.parse(check.stdout) as { score: { total: number } }).score.total).toBe(0);
    });

    it('symlink loops are findings, not a hang', async () => {
      const dir = makeRepo({
        config: CONFIG,
        files: {
          [`${IND}/self`]: { symlink: '.' },
          [`${IND}/a`]: { symlink: 'b' },
          [`${IND}/b`]: { symlink: 'a' },
          [`${IND}/up`]: { symlink: '../..' },
        },
      });
      if (git) commitAll(dir);
      const { code, findings } = await lintJson(dir);
      expect(code).toBe(1);
      expect(findings.filter((f) => f.code === 'repo/symlink-loop').map((f) => f.path)).toEqual(
        ['a', 'b', 'self', 'up'].map((n) => `${IND}/${n}`),
      );
    });

    it('a ladder of folder links (each rung links twice to the next) is walked once, not 2^n times', async () => {
      const files: RepoSpec['files'] = { [`${IND}/d24/2020-03-01 图片 底层.jpg`]: 'x' };
      for (let i = 1; i < 24; i++) {
        files[`${IND}/d${i}/a`] = { symlink: `../d${i + 1}` };
        files[`${IND}/d${i}/b`] = { symlink: `../d${i + 1}` };
      }
      const dir = makeRepo({ config: CONFIG, files });
      if (git) commitAll(dir);
      const started = performance.now();
      const { findings } = await lintJson(dir);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(findings.filter((f) => f.code === 'repo/symlink-again').length).toBeGreaterThanOrEqual(23);
    });

    it('symlinks to / and out of the repo are findings; what they point at is never read', async () => {
      const outside = makeRepo({ config: false, files: { 'secret.pdf': 'OUTSIDE-MARKER' } });
      const dir = makeRepo({
        config: CONFIG,
        files: {
          [`${IND}/root`]: { symlink: '/' },
          [`${IND}/2020-03-01 图片 外面.pdf`]: { symlink: join(outside, 'secret.pdf') },
          '局机关党委/02': { symlink: outside },
        },
      });
      if (git) commitAll(dir);
      const { code, findings } = await lintJson(dir);
      expect(code).toBe(1);
      expect(findings.filter((f) => f.code === 'repo/symlink-outside').map((f) => f.path)).toEqual([
        `${IND}/2020-03-01 图片 外面.pdf`,
        `${IND}/root`,
        '局机关党委/02',
      ]);
      expect(await eventsOf(dir)).toBe(0);
      const text = await runOnRepo(['lint', '--format', 'text'], dir);
      expect(text.stdout).not.toContain('OUTSIDE-MARKER');
    });
  });
}

describe('wide and special trees', () => {
  it('10,000 files in one folder: listed and parsed in well under the suite budget', async () => {
    const dir = makeRepo({ config: CONFIG });
    const folder = join(dir, IND, '2020-03-01 图片 一万张');
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < 10_000; i++) writeFileSync(join(folder, `IMG_${i}.jpg`), `${i}`);
    const started = performance.now();
    const { code, findings } = await lintJson(dir);
    expect(findings).toEqual([]);
    expect(code).toBe(0);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('10,000 undated files in one folder: one finding each, exit 1', async () => {
    const dir = makeRepo({ config: CONFIG, files: { [`${IND}/`]: {} } });
    for (let i = 0; i < 10_000; i++) writeFileSync(join(dir, IND, `扫描件${i}.pdf`), `${i}`);
    const { code, findings } = await lintJson(dir);
    expect(code).toBe(1);
    expect(findings.filter((f) => f.code === 'name/no-date')).toHaveLength(10_000);
  });

  it('FIFOs among the evidence and as _meta.yaml are skipped, never opened (spawned: a hang fails)', () => {
    const dir = makeRepo({ config: CONFIG, files: { [`${IND}/2020-03-01 图片 正常.jpg`]: 'x' } });
    execFileSync('mkfifo', [join(dir, IND, '2020-03-02 图片 管道.jpg')]);
    execFileSync('mkfifo', [join(dir, IND, '_meta.yaml')]);
    const before = hashTree(dir);
    for (const argv of [['lint'], ['check', '--as-of', '2020-06-30'], ['compile', '--quarter', '2020Q1']]) {
      const result = spawnQuick(argv, dir);
      expect(result.code, `${argv[0]}: ${result.stderr}`).toBeGreaterThanOrEqual(0);
      expect(result.code).toBeLessThan(2);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
    expect(hashTree(dir, { exclude: ['汇编'] })).toBe(before);
  });

  it('an unreadable folder (chmod 000) is reported as repo/unreadable (as root: run as nobody)', () => {
    const dir = makeRepo({
      config: CONFIG,
      files: { [`${IND}/2020-03-01 图片 可读.jpg`]: 'x', '局机关党委/02/2020-03-01 图片 锁住.jpg': 'y' },
    });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, '局机关党委/02'), 0o000);
    const before = hashTree(dir);
    const asRoot = process.getuid?.() === 0;
    // Root reads through chmod 000, so the check would prove nothing: drop to nobody instead.
    const result = spawnQuick(['lint', '--format', 'json'], dir, asRoot ? { uid: 65534, gid: 65534 } : {});
    chmodSync(join(dir, '局机关党委/02'), 0o755);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((f) => [f.code, f.path])).toContainEqual(['repo/unreadable', '局机关党委/02']);
    chmodSync(join(dir, '局机关党委/02'), 0o000);
    expect(hashTree(dir)).toBe(before);
    chmodSync(join(dir, '局机关党委/02'), 0o755);
  });
});

describe('names with the characters GitHub annotations use', () => {
  it('commas, colons and percent signs in a path are escaped in the file= property', async () => {
    const dir = makeRepo({ config: CONFIG, files: { [`${IND}/扫描件,第1页:封面%20.pdf`]: 'x' } });
    const result = await runOnRepo(['lint', '--format', 'github'], dir);
    expect(result.code).toBe(1);
    const line = result.stdout.split('\n').find((l) => l.includes('name/no-date'))!;
    expect(line).toContain('file=局机关党委/01 政治机关意识党课/扫描件%2C第1页%3A封面%2520.pdf,');
  });
});
