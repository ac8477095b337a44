// `check` as text: per unit a table by category, 扣分说明 and 本月待办; then the organisation's roll-up.
import { endOfMonthOf, todoUntil } from '../dates/calendar.js';
import { t } from '../i18n/index.js';
import { ruleDetails } from '../i18n/messages/check.js';
import type { Catalog, CheckResult, Finding, IndicatorResult, Lang, UnitResult } from '../types.js';
import type { Paint } from './check-paint.js';
import { charWidth, padEnd, padStart, truncate } from './display-width.js';

export interface CheckTextOptions {
  lang: Lang;
  paint: Paint;
  rollup: 'mean' | 'min';
  /** `--quiet`: per unit only its score and 本月待办, no table and no 扣分说明. */
  quiet?: boolean;
}

const WIDTH = 80;
const TITLE = 46;
const todoRank: Record<string, number> = { 'rule/overdue': 0, 'rule/behind': 1, 'rule/due-soon': 2 };

export function formatCheckText(result: CheckResult, catalog: Catalog, options: CheckTextOptions): string {
  const { lang, paint } = options;
  const out: string[] = [
    paint.bold(t(lang, 'check/title', { org: result.org, year: result.year, asOf: result.asOf })),
    '',
  ];
  for (const unit of result.units) out.push(...unitBlock(unit, result, catalog, options), '');
  out.push(...orgBlock(result, options));
  return `${out.join('\n')}\n`;
}

function unitBlock(
  unit: UnitResult,
  result: CheckResult,
  catalog: Catalog,
  options: CheckTextOptions,
): string[] {
  const { lang, paint } = options;
  const byId = new Map(catalog.indicators.map((i) => [i.id, i]));
  const out = [paint.bold(`${unit.name}  ${t(lang, 'check/unit-score', { ...unit.score })}`)];
  const mine = result.findings.filter((f) => f.unit === unit.id);
  if (options.quiet) return [...out, ...todoBlock(mine, result.asOf, options)];
  const header = row(
    t(lang, 'check/col-indicator'),
    t(lang, 'check/col-points'),
    t(lang, 'check/col-score'),
    t(lang, 'check/col-status'),
  );
  out.push(paint.dim(header));
  const owed = new Map(unit.indicators.map((i) => [i.id, i]));
  for (const category of catalog.categories) {
    const rows = category.indicators.map((id) => owed.get(id)).filter((i): i is IndicatorResult => !!i);
    if (rows.length === 0) continue;
    const total = sum(rows.map((r) => r.score));
    const max = sum(rows.map((r) => r.max));
    out.push(`  ${truncate(t(lang, 'check/category', { name: category.name, total, max }), WIDTH - 2)}`);
    for (const r of rows) {
      const title = `${String(r.id).padStart(2)} ${byId.get(r.id)?.title ?? ''}`;
      const status = t(lang, `check/status-${r.status}`);
      const points = r.status === 'na' ? (byId.get(r.id)?.points ?? 0) : r.max;
      const score = r.status === 'na' ? '—' : String(r.score);
      out.push(row(title, String(points), score, colourStatus(r, status, paint)));
    }
  }
  out.push('', ...lostBlock(unit, mine, catalog, options), '', ...todoBlock(mine, result.asOf, options));
  return out;
}

function row(title: string, points: string, score: string, status: string): string {
  return `    ${padEnd(truncate(title, TITLE), TITLE)}  ${padStart(points, 4)}  ${padStart(score, 6)}  ${status}`;
}

function colourStatus(r: IndicatorResult, text: string, paint: Paint): string {
  if (r.status === 'met') return paint.good(text);
  if (r.status === 'missing') return paint.error(text);
  if (r.status === 'partial') return paint.warning(text);
  return paint.dim(text);
}

/** 扣分说明: every indicator that lost points, with what each unmet rule lacks; then the 不适用 ones. */
function lostBlock(
  unit: UnitResult,
  findings: Finding[],
  catalog: Catalog,
  options: CheckTextOptions,
): string[] {
  const { lang, paint } = options;
  const byId = new Map(catalog.indicators.map((i) => [i.id, i]));
  const losing = unit.indicators.filter((i) => i.status !== 'na' && i.score < i.max);
  const lost = round(sum(losing.map((i) => i.max - i.score)));
  const out = [
    paint.bold(losing.length ? t(lang, 'check/lost-heading', { lost }) : t(lang, 'check/lost-none')),
  ];
  for (const i of losing) {
    const data = {
      indicator: i.id,
      title: byId.get(i.id)?.title,
      lost: round(i.max - i.score),
      score: i.score,
      max: i.max,
    };
    out.push(`  ${t(lang, 'check/lost-indicator', data)}`);
    for (const f of findings.filter((f) => f.indicator === i.id && f.code in ruleDetails)) {
      const label = `[${stateLabel(f.code, lang)}] `;
      out.push(...indent(label + ruleDetails[f.code]![lang](f.data), 6, paint, f));
    }
  }
  for (const f of findings.filter((f) => f.code === 'indicator/na')) {
    out.push(...indent(t(lang, f.code, { ...f.data, indicator: f.indicator }), 2, paint));
  }
  return out;
}

/** 本月待办: overdue first, then behind pace, then due before this month ends. */
function todoBlock(findings: Finding[], asOf: string, options: CheckTextOptions): string[] {
  const { lang, paint } = options;
  const todo = findings
    .filter((f) => f.code in todoRank)
    .sort((a, b) => todoRank[a.code]! - todoRank[b.code]! || (a.indicator ?? 0) - (b.indicator ?? 0));
  // On a month's last day the list runs to the next month's end (see todoUntil), and says so.
  const until = todoUntil(asOf);
  const span = { monthEnd: until, nextMonth: until !== endOfMonthOf(asOf) };
  const out = [paint.bold(t(lang, 'check/todo-heading', span))];
  if (todo.length === 0) out.push(`  ${t(lang, 'check/todo-none', span)}`);
  todo.forEach((f, n) => {
    const text = `${n + 1}. [${stateLabel(f.code, lang)}] ${t(lang, f.code, { ...f.data, indicator: f.indicator })}`;
    out.push(...indent(text, 2, paint, f));
  });
  return out;
}

function orgBlock(result: CheckResult, options: CheckTextOptions): string[] {
  const { lang, paint } = options;
  const out = [paint.bold(t(lang, 'check/org-heading', { rollup: options.rollup, ...result.score }))];
  for (const unit of result.units) {
    out.push(
      `  ${padEnd(truncate(unit.name, 40), 40)}  ${padStart(`${unit.score.total} / ${unit.score.max}`, 12)}`,
    );
  }
  for (const f of result.findings.filter((f) => f.code === 'indicator/unowned')) {
    out.push(...indent(t(lang, f.code, { ...f.data, indicator: f.indicator }), 2, paint, f));
  }
  const lint = result.findings.filter(isFilingFinding);
  if (lint.length > 0) out.push(...indent(t(lang, 'check/lint-count', { count: lint.length }), 2, paint));
  return out;
}

function stateLabel(code: string, lang: Lang): string {
  return t(lang, `check/state-${code.slice('rule/'.length)}`);
}

/** Wrap to 80 columns with a hanging indent; colour the first line by severity. */
function indent(text: string, by: number, paint: Paint, finding?: Finding): string[] {
  const pad = ' '.repeat(by);
  const lines = wrap(text, WIDTH - by - 2).map((line, n) => (n === 0 ? pad + line : `${pad}  ${line}`));
  if (finding?.severity === 'error') lines[0] = paint.error(lines[0]!);
  else if (finding?.severity === 'warning') lines[0] = paint.warning(lines[0]!);
  return lines;
}

// Chinese may break between any two characters; Latin words, numbers and dates stay whole.
const TOKEN = /[\x21-\x7e]+|\s+|./gsu;
const NO_LINE_START = new Set([...'，。、；：？！）》」』】”’…,.;:?!)']);

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const token of text.match(TOKEN) ?? []) {
    const w = [...token].reduce((a, ch) => a + charWidth(ch.codePointAt(0)!), 0);
    if (used + w > width && line.trim() !== '' && !NO_LINE_START.has(token[0]!)) {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
      if (/^\s+$/.test(token)) continue;
    }
    line += token;
    used += w;
  }
  lines.push(line.trimEnd());
  return lines;
}

function sum(values: number[]): number {
  return round(values.reduce((a, b) => a + b, 0));
}

/** Sums of scores shown to people: two decimals, no binary noise (0.1 + 0.2). */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A finding of the scan (names, places, files), which lint reports one by one; check only counts them. */
export function isFilingFinding(f: Finding): boolean {
  return !f.code.startsWith('rule/') && !f.code.startsWith('indicator/');
}
