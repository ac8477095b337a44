// Time whole processes and their peak resident memory.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const TIMEOUT_MS = 10 * 60_000;

/** How peak RSS is measured on this machine (written into RESULTS.md). */
export const rssMethod = existsSync(GNU_TIME)
  ? `\`${GNU_TIME} -f %M\` (max RSS of the process; for a process that spawns, the largest of it and its children)`
  : 'polling /proc/<pid>/status VmHWM every 2 ms (the process itself only; /usr/bin/time was not found)';

/** How CPU time is measured (written into RESULTS.md), or undefined when it is not. */
export const cpuMethod = existsSync(GNU_TIME)
  ? `\`${GNU_TIME} -f '%U %S'\` (user + system time of the process and the children it waited for, on all cores; 10 ms steps)`
  : undefined;

const scratch = mkdtempSync(join(tmpdir(), 'dangjian-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/**
 * @typedef {{ command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv }} Invocation
 * @typedef {{ code: number | null, stdout: string, stderr: string, ms: number, rssKb: number, cpuMs?: number, error?: string }} RunResult
 */

/** @param {Invocation} inv @returns {RunResult} */
function runWithGnuTime(inv) {
  const rssFile = join(scratch, 'rss');
  const started = process.hrtime.bigint();
  const result = spawnSync(GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, inv.command, ...inv.args], {
    cwd: inv.cwd,
    env: inv.env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: TIMEOUT_MS,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // GNU time writes "Command exited with non-zero status N" before the format line.
  const lines = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n') : [];
  const [rss, user, system] = (lines.at(-1) ?? '').split(' ').map(Number);
  const rssKb = rss || 0;
  const cpuMs = Number.isFinite(user) && Number.isFinite(system) ? (user + system) * 1000 : undefined;
  rmSync(rssFile, { force: true });
  return {
    code: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    ms,
    rssKb,
    cpuMs,
    error: result.error ? String(result.error.message) : undefined,
  };
}

function readHighWater(pid) {
  try {
    const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** @param {Invocation} inv @returns {Promise<RunResult>} */
function runWithPolling(inv) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(inv.command, inv.args, { cwd: inv.cwd, env: inv.env, timeout: TIMEOUT_MS });
    let stdout = '';
    let stderr = '';
    let rssKb = 0;
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const poll = setInterval(() => {
      rssKb = Math.max(rssKb, readHighWater(child.pid));
    }, 2);
    child.on('error', (error) => {
      clearInterval(poll);
      resolve({ code: null, stdout, stderr, ms: 0, rssKb, error: error.message });
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ code, stdout, stderr, ms, rssKb });
    });
  });
}

/** @param {Invocation} inv @returns {Promise<RunResult>} */
export async function runOnce(inv) {
  return existsSync(GNU_TIME) ? runWithGnuTime(inv) : runWithPolling(inv);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Run `warmup` unmeasured times, then `runs` measured times. A run whose exit code is not in `okCodes`
 * makes the command "not available" (it is not implemented yet, or it broke), never a crash.
 * @param {{ invocation: () => Invocation, okCodes?: number[], afterRun?: (r: RunResult) => void,
 *           warmup: number, runs: number }} spec
 */
export async function measure(spec) {
  const okCodes = spec.okCodes ?? [0];
  const samples = [];
  for (let i = 0; i < spec.warmup + spec.runs; i++) {
    const result = await runOnce(spec.invocation());
    spec.afterRun?.(result);
    if (result.error || !okCodes.includes(result.code ?? -1)) {
      const why = result.error ?? result.stderr.trim().split('\n')[0] ?? '';
      return { status: 'na', reason: `exit ${result.code ?? 'none'}${why ? `: ${why.slice(0, 160)}` : ''}` };
    }
    if (i >= spec.warmup) samples.push(result);
  }
  const times = samples.map((s) => s.ms);
  const cpu = samples.map((s) => s.cpuMs);
  return {
    status: 'ok',
    medianMs: median(times),
    cpuMs: cpu.every((c) => c !== undefined) ? median(cpu) : undefined,
    minMs: Math.min(...times),
    rssMb: Math.max(...samples.map((s) => s.rssKb)) / 1024,
    runs: samples.length,
    last: samples.at(-1),
  };
}

/** A git command's output, or undefined when it fails. */
export function gitOutput(cwd, args) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  return result.status === 0 ? result.stdout : undefined;
}
