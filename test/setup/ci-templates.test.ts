// The CI files init writes must be valid YAML whose commands really install dangjian and lint:
// here the install step runs against a package in `.dangjian/`, as the README tells people to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoFiles } from '../../src/setup/repo-files.js';
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
    const install = commands(parse(workflows[0]!.content)).find((c) => c.includes('npm install -g'))!;
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
