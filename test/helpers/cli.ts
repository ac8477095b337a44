// Drive the CLI in-process (fast) or as a spawned process (real bin, real exit codes).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/run.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  cwd = process.cwd(),
  env: Record<string, string> = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run({
    argv,
    cwd,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { NO_COLOR: '1', ...env },
  });
  return { code, stdout, stderr };
}

export const binPath = fileURLToPath(new URL('../../bin/dangjian.cjs', import.meta.url));

/** The built bin as a separate process (needs `npm run build` first; `npm test` does it). */
export function spawnCli(argv: string[], cwd = process.cwd(), env: Record<string, string> = {}): CliResult {
  const result = spawnSync(process.execPath, [binPath, ...argv], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
