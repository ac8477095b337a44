// `lint` as text: findings grouped by unit and indicator, each with its place, severity and fix.
import { t } from '../i18n/index.js';
import type { Finding, Lang } from '../types.js';
import { type Paint, plain } from './check-paint.js';
import { countFindings, location, sortFindings } from './findings-sort.js';

export interface FindingsTextContext {
  lang: Lang;
  /** Colour roles; plain text when absent. */
  paint?: Paint;
  /** Units in the order to list them, with the names to show. */
  units?: { id: string; name: string }[];
  /** Files looked at, for the all-clear line. */
  fileCount?: number;
  /** `--quiet`: list only the errors, and say nothing at all when there are none. */
  quiet?: boolean;
}

export function formatFindingsText(findings: Finding[], ctx: FindingsTextContext): string {
  const paint = ctx.paint ?? plain;
  const { lang } = ctx;
  const order = new Map((ctx.units ?? []).map((u, i) => [u.id, i]));
  const names = new Map((ctx.units ?? []).map((u) => [u.id, u.name]));
  const counts = countFindings(findings);
  if (ctx.quiet && counts.errors === 0) return '';
  const listed = ctx.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  const groups = new Map<string, { unit?: string; indicator?: number; findings: Finding[] }>();
  for (const f of sortFindings(listed)) {
    const key = `${f.unit ?? ''}\u0000${f.indicator ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { unit: f.unit, indicator: f.indicator, findings: [] };
      groups.set(key, group);
    }
    group.findings.push(f);
  }
  const rank = (unit?: string) => (unit === undefined ? -1 : (order.get(unit) ?? order.size));
  const sorted = [...groups.values()].sort(
    (a, b) =>
      rank(a.unit) - rank(b.unit) ||
      ((a.unit ?? '') < (b.unit ?? '') ? -1 : (a.unit ?? '') > (b.unit ?? '') ? 1 : 0) ||
      (a.indicator ?? 0) - (b.indicator ?? 0),
  );
  const lines: string[] = [];
  for (const group of sorted) {
    const unitName = group.unit === undefined ? t(lang, 'lint/repo-level') : heading(group.unit, names, lang);
    const title =
      group.indicator === undefined
        ? unitName
        : `${unitName} · ${t(lang, 'lint/indicator-heading', { indicator: group.indicator })}`;
    lines.push(paint.bold(title));
    for (const f of group.findings) {
      const severity = t(lang, `severity/${f.severity}`);
      const painted =
        f.severity === 'error'
          ? paint.error(severity)
          : f.severity === 'warning'
            ? paint.warning(severity)
            : paint.dim(severity);
      const where = location(f);
      if (where) lines.push(`  ${where}`);
      lines.push(
        `    ${painted} ${t(lang, f.code, { ...f.data, indicator: f.indicator })} ${paint.dim(`[${f.code}]`)}`,
      );
    }
    lines.push('');
  }
  if (findings.length === 0 && ctx.fileCount !== undefined)
    lines.push(paint.good(t(lang, 'lint/clean', { files: ctx.fileCount })));
  const hidden = ctx.quiet ? counts.warnings + counts.infos : 0;
  const summary =
    t(lang, 'lint/summary', { ...counts }) +
    (hidden > 0 ? t(lang, 'lint/quiet-hidden', { count: hidden }) : '');
  lines.push(
    counts.errors > 0
      ? paint.error(summary)
      : counts.warnings > 0
        ? paint.warning(summary)
        : paint.good(summary),
  );
  return `${lines.join('\n')}\n`;
}

function heading(unit: string, names: Map<string, string>, lang: Lang): string {
  const name = names.get(unit);
  if (!name) return unit;
  return lang === 'zh' ? `${name}（${unit}）` : `${name} (${unit})`;
}
