// The CI files init writes must be valid YAML whose commands really install dangjian and lint:
// here the install step runs against a package in `.dangjian/`, as the README tells people to do,
// and without one it stops with a plain message instead of asking the npm registry for a stranger's
// package of the same name.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MISSING_PACKAGE_MESSAGE, repoFiles } from '../../src/setup/repo-files.js';
import { tempDir } from '../helpers/make-repo.js';

const workflows = repoFiles().filter((f) => f.path.endsWith('.yml'));

/** Every shell command string anywhere in a parsed CI file. */
function commands(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(commands);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      ['script', 'run', 'commands'].includes(key) ? commands(v) : typeof v === 'object' ? commands(v) : [],
    );
  }
  return [];
}

/** What each `npm install` (or `npm i`, `npm add`) in a command installs: its non-flag arguments. */
function installTargets(command: string): string[] {
  return [...command.matchAll(/\bnpm\s+(?:install|i|add)\b([^;&|]*)/g)].flatMap((m) =>
    (m[1] ?? '').split(/\s+/).filter((arg) => arg !== '' && !arg.startsWith('-')),
  );
}

/** The command of a CI file that installs dangjian. */
function installCommand(content: string): string {
  return commands(parse(content)).find((c) => c.includes('npm install -g'))!;
}

describe('CI templates', () => {
  it.each(workflows.map((f) => [f.path, f.content]))(
    '%s parses and installs before it lints',
    (_, content) => {
      const cmds = commands(parse(content));
      const install = cmds.findIndex((c) => c.includes('npm install -g'));
      const lint = cmds.findIndex((c) => /^dangjian lint\b/.test(c));
      expect(install).toBeGreaterThanOrEqual(0);
      expect(lint).toBeGreaterThan(install);
    },
  );

  it.each(workflows.map((f) => [f.path, f.content]))(
    '%s installs dangjian only from .dangjian/, never from the registry',
    (_, content) => {
      const cmds = commands(parse(content));
      const targets = cmds.flatMap(installTargets);
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) expect(target).toMatch(/^\.\/\.dangjian\/dangjian-\*\.tgz$/);
      // Not in a comment either, where someone might copy it from.
      expect(content).not.toMatch(/npm\s+(?:install|i|add)\s+(?:-g\s+)?dangjian\b/);
      expect(content).not.toMatch(/\b(?:npx|npm\s+exec)\s+dangjian\b/);
    },
  );

  it.each(workflows.map((f) => [f.path, f.content]))(
    '%s stops with a plain message when .dangjian/ holds no package, without running npm',
    (_, content) => {
      const repo = tempDir();
      const bin = tempDir();
      const ranNpm = join(bin, 'npm-was-run');
      writeFileSync(join(bin, 'npm'), `#!/bin/sh\ntouch '${ranNpm}'\n`);
      chmodSync(join(bin, 'npm'), 0o755);
      const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
      const result = spawnSync('bash', ['-c', installCommand(content)], { cwd: repo, env, encoding: 'utf8' });
      expect(result.status).not.toBe(0);
      expect(result.stderr.trim()).toBe(MISSING_PACKAGE_MESSAGE);
      expect(MISSING_PACKAGE_MESSAGE).toContain('.dangjian/');
      expect(existsSync(ranNpm)).toBe(false);
    },
  );

  it('the install step installs the package kept in .dangjian/, and the installed command runs', () => {
    const repo = tempDir();
    const prefix = tempDir();
    mkdirSync(join(repo, '.dangjian'));
    execFileSync('npm', ['pack', '--silent', '--pack-destination', join(repo, '.dangjian')], {
      cwd: process.cwd(),
      stdio: 'ignore',
      env: { ...process.env, npm_config_ignore_scripts: 'true' },
    });
    expect(readdirSync(join(repo, '.dangjian')).some((f) => /^dangjian-.*\.tgz$/.test(f))).toBe(true);
    const install = installCommand(workflows[0]!.content);
    // Offline is fine: the dependencies come from the local cache the project's own install filled.
    const env = {
      ...process.env,
      npm_config_prefix: prefix,
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    };
    const result = spawnSync('bash', ['-c', install], { cwd: repo, env, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const version = spawnSync(join(prefix, 'bin', 'dangjian'), ['--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 120_000);
});
