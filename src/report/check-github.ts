// `check --format github`: an annotation on the indicator folder for everything overdue or behind pace.
import { t } from '../i18n/index.js';
import type { CheckResult, Lang } from '../types.js';
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
  lines.push(
    formatAnnotation({
      level: 'notice',
      message: t(lang, 'check/org-score', { org: result.org, ...result.score }),
    }),
  );
  return `${lines.join('\n')}\n`;
}
