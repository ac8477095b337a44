import { describe, expect, it } from 'vitest';
import { messages } from '../src/i18n/index.js';
import { runCli, spawnCli } from './helpers/cli.js';

describe('cli skeleton', () => {
  it('prints help in Chinese with examples', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法');
    expect(r.stdout).toContain('示例');
    expect(r.stdout).toContain('indicators');
  });

  it('prints help in English with --lang en', async () => {
    const r = await runCli(['--help', '--lang', 'en']);
    expect(r.stdout).toContain('Usage');
    expect(r.stdout).toContain('Examples');
  });

  it('suggests a command for a typo and exits 2', async () => {
    const r = await runCli(['chek']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('check');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('refuses an unknown option with exit 2 and a did-you-mean', async () => {
    const r = await runCli(['--qiet', 'indicators']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--quiet');
  });

  it('names an option of another command as theirs, instead of suggesting the same option', async () => {
    const r = await runCli(['compile', '--quarter', '2020Q1', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'dangjian compile 没有 --format 选项（lint、check、indicators 才有）。用 dangjian compile --help 查看可用选项。\n',
    );
    const en = await runCli(['compile', '--format', 'json', '--lang', 'en']);
    expect(en.stderr).toContain('dangjian compile has no --format option (only lint, check, indicators)');
    // A typo of the command's own option still gets its did-you-mean.
    const typo = await runCli(['check', '--as-off', '2020-06-30']);
    expect(typo.stderr).toContain('是不是想写 --as-of');
  });

  it('help for a command that does not exist is an error, not the general help', async () => {
    const r = await runCli(['help', 'chek']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('没有 chek 这个命令，是不是想用 check？');
    expect((await runCli(['help', 'check'])).code).toBe(0);
    const en = await runCli(['--lang', 'en', 'help', 'chek']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Unknown command chek; did you mean check?');
    expect((await runCli(['help'])).code).toBe(0);
  });

  it('refuses an unknown --lang', async () => {
    const r = await runCli(['--lang', 'fr', 'indicators']);
    expect(r.code).toBe(2);
  });

  it('every message renders in both languages', () => {
    for (const [code, entry] of Object.entries(messages)) {
      for (const lang of ['zh', 'en'] as const) {
        expect(typeof entry[lang]({}), `${code} ${lang}`).toBe('string');
      }
    }
  });

  it.each(['init', 'add', 'lint', 'check', 'compile', 'indicators'])(
    '%s --help has examples in both languages',
    async (command) => {
      const zh = await runCli([command, '--help']);
      expect(zh.code).toBe(0);
      expect(zh.stdout).toContain('示例');
      const en = await runCli([command, '--help', '--lang', 'en']);
      expect(en.stdout).toContain('Example');
    },
  );

  it('the spawned bin prints its version', () => {
    const r = spawnCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('each command’s help', () => {
  it.each(['lint', 'check', 'compile'])(
    '%s --help lists the common options, --quiet among them',
    async (command) => {
      const r = await runCli([command, '--help']);
      expect(r.stdout).toContain('通用选项：');
      expect(r.stdout).toContain('--quiet');
    },
  );
});
