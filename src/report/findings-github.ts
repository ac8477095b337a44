// `lint --format github`: one workflow annotation per finding, on the file and line it is about.
import { t } from '../i18n/index.js';
import type { Finding, Lang } from '../types.js';
import { countFindings, sortFindings } from './findings-sort.js';
import { formatAnnotation, levelOf } from './github.js';

export function formatFindingsGithub(findings: Finding[], ctx: { lang: Lang }): string {
  const lines = sortFindings(findings).map((f) =>
    formatAnnotation({
      level: levelOf(f.severity),
      message: t(ctx.lang, f.code, { ...f.data, indicator: f.indicator }),
      ...(f.path !== undefined ? { file: f.path } : {}),
      ...(f.line !== undefined ? { line: f.line } : {}),
      ...(f.column !== undefined ? { column: f.column } : {}),
      title: `dangjian ${f.code}`,
    }),
  );
  lines.push(t(ctx.lang, 'lint/summary', { ...countFindings(findings) }));
  return `${lines.join('\n')}\n`;
}
