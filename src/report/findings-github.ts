// `lint --format github`: one workflow annotation per finding, on the file and line it is about.
import { t } from '../i18n/index.js';
import type { Finding, Lang } from '../types.js';
import { countFindings, sortFindings } from './findings-sort.js';
import { formatAnnotation, levelOf } from './github.js';

/** With `quiet`, only errors are annotated, and nothing is printed when there are none. */
export function formatFindingsGithub(findings: Finding[], ctx: { lang: Lang; quiet?: boolean }): string {
  const counts = countFindings(findings);
  if (ctx.quiet && counts.errors === 0) return '';
  const listed = ctx.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  const lines = sortFindings(listed).map((f) =>
    formatAnnotation({
      level: levelOf(f.severity),
      message: t(ctx.lang, f.code, { ...f.data, indicator: f.indicator }),
      ...(f.path !== undefined ? { file: f.path } : {}),
      ...(f.line !== undefined ? { line: f.line } : {}),
      ...(f.column !== undefined ? { column: f.column } : {}),
      title: `dangjian ${f.code}`,
    }),
  );
  lines.push(t(ctx.lang, 'lint/summary', { ...counts }));
  return `${lines.join('\n')}\n`;
}
