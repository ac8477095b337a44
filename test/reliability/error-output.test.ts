// Every known error is one or two lines and exit code 2; a stack trace only with --debug. Spawned, so
// what is checked is what a person in a terminal or a CI log sees.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { makeRepo } from '../helpers/make-repo.js';
import { CONFIG, expectShortError, hashTree, spawnQuick } from './tree.js';

interface Case {
  name: string;
  repo: () => string;
  argv: string[];
  /** A located problem: `file:line:column: message`. */
  located?: string;
  /** The error is a DangjianError whose stack --debug shows (a ProblemsError has nothing more to show). */
  stack?: boolean;
}

const withConfig = (text: string | Buffer) => () => {
  const dir = makeRepo({ config: false, files: { '局机关党委/': {} } });
  writeFileSync(join(dir, 'dangjian.yaml'), text);
  return dir;
};
const good = () => makeRepo({ config: CONFIG, files: { '局机关党委/01/2020-03-01 图片 活动.jpg': 'x' } });

const cases: Case[] = [
  { name: 'no dangjian.yaml', repo: () => makeRepo({ config: false }), argv: ['check'], stack: true },
  {
    name: 'GBK dangjian.yaml',
    repo: withConfig(Buffer.from([0x6f, 0x72, 0x67, 0x3a, 0x20, 0xbb, 0xfa, 0x0a])),
    argv: ['lint'],
    located: 'dangjian.yaml:1:1: ',
  },
  {
    name: 'duplicate key',
    repo: withConfig(`${CONFIG}year: 2021\n`),
    argv: ['lint'],
    located: 'dangjian.yaml:6:1: ',
  },
  {
    name: 'catalog outside',
    repo: withConfig(CONFIG.replace('catalog: 2020', 'catalog: ../x.yaml')),
    argv: ['check'],
    located: 'dangjian.yaml:3:10: ',
  },
  { name: 'unknown option', repo: good, argv: ['check', '--as-off', '2020-06-30'] },
  { name: 'bad --as-of', repo: good, argv: ['check', '--as-of', '2020-02-30'], stack: true },
  { name: 'bad --quarter', repo: good, argv: ['compile', '--quarter', '2020Q5'], stack: true },
  { name: 'unknown unit', repo: good, argv: ['check', '--unit', 'zb9'], stack: true },
  { name: 'bad --format', repo: good, argv: ['lint', '--format', 'xml'], stack: true },
  { name: 'missing argument', repo: good, argv: ['add'] },
];

describe('known errors, spawned', () => {
  for (const c of cases) {
    it(`${c.name}: one or two lines, exit 2, no stack; --debug (in English) adds the stack`, () => {
      const dir = c.repo();
      const before = hashTree(dir);
      const plain = spawnQuick(c.argv, dir);
      expectShortError(plain);
      expect(plain.stdout).toBe('');
      if (c.located) expect(plain.stderr.startsWith(c.located), plain.stderr).toBe(true);
      const debug = spawnQuick([...c.argv, '--lang', 'en', '--debug'], dir);
      expect(debug.code).toBe(2);
      expect(debug.stdout).toBe('');
      if (c.located) expect(debug.stderr.startsWith(c.located), debug.stderr).toBe(true);
      if (c.stack) expect(debug.stderr).toMatch(/^\s+at /m);
      else expect(debug.stderr).not.toMatch(/^\s+at /m);
      expect(hashTree(dir)).toBe(before);
    });
  }
});

describe('an unexpected error', () => {
  async function failing(argv: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = '';
    const code = await run({
      argv,
      cwd: good(),
      stdout: {
        write: () => {
          throw new TypeError('stdout went away');
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
      env: { NO_COLOR: '1' },
    });
    return { code, stderr };
  }

  it('says it is a bug in one line and points to --debug; the stack only with --debug', async () => {
    const plain = await failing(['indicators', '--lang', 'en']);
    expect(plain.code).toBe(2);
    expect(plain.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(plain.stderr).toContain('stdout went away');
    expect(plain.stderr).toContain('--debug');
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    const debug = await failing(['indicators', '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^\s+at /m);
  });
});
