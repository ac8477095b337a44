// `check --format github`: an annotation on the indicator folder for everything overdue or behind pace,
// the indicators nobody owes, and (as the text report) how many filing problems lint would show.
import { t } from '../i18n/index.js';
import type { CheckResult, Lang } from '../types.js';
import { isFilingFinding } from './check-text.js';
import { formatAnnotation } from './github.js';

export function formatCheckGithub(result: CheckResult, lang: Lang): string {
  const names = new Map(result.units.map((u) => [u.id, u.name]));
  const lines = result.findings
    .filter((f) => f.code === 'rule/overdue' || f.code === 'rule/behind')
    .map((f) =>
      formatAnnotation({
        level: f.severity === 'error' ? 'error' : 'warning',
        message: t(lang, f.code, { ...f.data, indicator: f.indicator }),
        ...(f.path !== undefined ? { file: f.path } : {}),
        title:
          `${names.get(f.unit ?? '') ?? f.unit ?? ''} ${t(lang, `check/state-${f.code.slice(5)}`)}`.trim(),
      }),
    );
  // A point lost to 责任分工 has no folder: it goes on the run, as in the text report.
  for (const f of result.findings.filter((f) => f.code === 'indicator/unowned')) {
    lines.push(
      formatAnnotation({ level: 'warning', message: t(lang, f.code, { ...f.data, indicator: f.indicator }) }),
    );
  }
  const filing = result.findings.filter(isFilingFinding).length;
  if (filing > 0) {
    lines.push(
      formatAnnotation({ level: 'notice', message: t(lang, 'check/lint-count', { count: filing }) }),
    );
  }
  lines.push(
    formatAnnotation({
      level: 'notice',
      message: t(lang, 'check/org-score', { org: result.org, ...result.score }),
    }),
  );
  return `${lines.join('\n')}\n`;
}
