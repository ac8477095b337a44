// The benchmark's table, its targets, and the machine it ran on: printed and written to RESULTS.md.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';

export const RSS_LIMIT_MB = 250;

/** @returns {Record<string, string>} */
export function describeMachine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {}
  const git = spawnSync('git', ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'unknown';
  return {
    CPU: cpu,
    Cores: String(cpus().length),
    Memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    OS: `${process.platform} ${release()}`,
    Node: process.version,
    Git: git.replace(/^git version /, ''),
    'Load average at start': loadavg()
      .map((n) => n.toFixed(2))
      .join(' '),
    Date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

/** Display width as a terminal (and biome's markdown formatter) counts it: CJK characters are 2 wide. */
const width = (s) =>
  [...s].reduce(
    (w, ch) =>
      w +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1),
    0,
  );

/** Pad a markdown table's columns so it reads well in a terminal and as the formatter leaves it. */
export function alignTable(lines) {
  const rows = lines.map((line) =>
    line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim()),
  );
  const [header, rule, ...body] = rows;
  const right = rule.map((r) => r.endsWith(':'));
  const widths = rule.map((_, c) => Math.max(3, ...[header, ...body].map((row) => width(row[c] ?? ''))));
  const pad = (cell, c) => {
    const fill = ' '.repeat(widths[c] - width(cell));
    return right[c] ? fill + cell : cell + fill;
  };
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(header.map(pad)),
    line(widths.map((w, c) => (right[c] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)))),
    ...body.map((row) => line(row.map(pad))),
  ];
}

/** A cell's text: a stray pipe in an error message would break the table. */
const cell = (s) => String(s ?? '').replace(/[|\n]/g, ' ');

const fmt = (n, digits = 0) => (n === undefined ? '—' : n.toFixed(digits));

/**
 * @typedef {{ key: string, label: string, size?: number, baseline?: string, result: any, note?: string }} Row
 * @param {Row[]} rows
 * @param {(key: string, size?: number) => Row | undefined} find
 */
export function tableLines(rows, find) {
  const lines = [
    '| Command | Org | Median ms | Min ms | Baseline | × baseline | CPU ms | Peak RSS MB | Note |',
    '|---|---|--:|--:|---|--:|--:|--:|---|',
  ];
  for (const row of rows) {
    const org = row.size === undefined ? '—' : `${row.size} units`;
    const base = row.baseline ? find(row.baseline, row.size) : undefined;
    if (row.result.status !== 'ok') {
      lines.push(
        `| ${row.label} | ${org} | not available | | ${base?.label ?? ''} | | | | ${cell(row.result.reason)} |`,
      );
      continue;
    }
    const ratio =
      base?.result.status === 'ok' ? fmt(row.result.medianMs / base.result.medianMs, 2) : base ? 'n/a' : '';
    lines.push(
      `| ${row.label} | ${org} | ${fmt(row.result.medianMs)} | ${fmt(row.result.minMs)} | ${base?.label ?? ''} | ${ratio} | ${row.result.cpuMs === undefined ? '' : fmt(row.result.cpuMs)} | ${fmt(row.result.rssMb, 1)} | ${cell(row.note)} |`,
    );
  }
  return alignTable(lines);
}

function verdict(value, limit, unit) {
  if (value === undefined) return { status: 'n/a', detail: 'not measured' };
  const shown = unit === '×' ? `${value.toFixed(2)}×` : `${value.toFixed(1)} ${unit}`;
  const limitShown = unit === '×' ? `${limit}×` : `${limit} ${unit}`;
  if (value <= limit) return { status: 'met', detail: `${shown} (limit ${limitShown})` };
  const over = ((value / limit - 1) * 100).toFixed(0);
  return { status: 'MISSED', detail: `${shown}, limit ${limitShown}: over by ${over}%` };
}

/**
 * The targets from the project's brief, evaluated on what was measured.
 * @param {(key: string, size?: number) => Row | undefined} find
 * @param {number[]} sizes
 */
export function evaluateTargets(find, sizes) {
  const ok = (row) => (row?.result.status === 'ok' ? row.result : undefined);
  const ratio = (key, base, size) => {
    const a = ok(find(key, size));
    const b = ok(find(base, size));
    return a && b ? a.medianMs / b.medianMs : undefined;
  };
  const targets = [];
  for (const key of ['version', 'help']) {
    const label = find(key)?.label ?? key;
    targets.push({ what: `${label} ≤ 1.5 × node -e 0`, ...verdict(ratio(key, 'node'), 1.5, '×') });
  }
  for (const size of sizes) {
    for (const key of ['lint', 'check']) {
      const label = find(key, size)?.label ?? key;
      targets.push({
        what: `${label} (${size} units) ≤ 2.5 × node spawning git ls-files`,
        ...verdict(ratio(key, 'git', size), 2.5, '×'),
      });
      targets.push({
        what: `${label} (${size} units) peak RSS ≤ ${RSS_LIMIT_MB} MB`,
        ...verdict(ok(find(key, size))?.rssMb, RSS_LIMIT_MB, 'MB'),
      });
    }
    const compile = find('compile', size)?.label ?? 'compile';
    targets.push({
      what: `${compile} (${size} units) ≤ 2 × plain exceljs write`,
      ...verdict(ratio('compile', 'xlsx', size), 2, '×'),
    });
    targets.push({
      what: `${compile} (${size} units) peak RSS ≤ ${RSS_LIMIT_MB} MB (memory bounded)`,
      ...verdict(ok(find('compile', size))?.rssMb, RSS_LIMIT_MB, 'MB'),
    });
  }
  if (sizes.length > 1) {
    const [small, big] = [Math.min(...sizes), Math.max(...sizes)];
    for (const key of ['lint', 'check', 'compile']) {
      const a = ok(find(key, big));
      const b = ok(find(key, small));
      targets.push({
        what: `${find(key, big)?.label ?? key}: ${big} units ≤ 12 × ${small} units`,
        ...verdict(a && b ? a.medianMs / b.medianMs : undefined, 12, '×'),
      });
    }
  }
  return targets;
}

export function targetLines(targets) {
  return alignTable([
    '| Target | Result | Measured |',
    '|---|---|---|',
    ...targets.map((t) => `| ${t.what} | ${t.status} | ${t.detail} |`),
  ]);
}
