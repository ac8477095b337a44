// `check --format json`: exactly the object product.md promises, keys in a fixed order.
import { t } from '../i18n/index.js';
import type { CheckResult, Finding, Lang } from '../types.js';

export function checkJson(result: CheckResult, lang: Lang): object {
  return {
    org: result.org,
    year: result.year,
    asOf: result.asOf,
    catalog: result.catalog,
    score: { total: result.score.total, max: result.score.max },
    units: result.units.map((u) => ({
      id: u.id,
      name: u.name,
      score: { total: u.score.total, max: u.score.max },
      indicators: u.indicators.map((i) => ({
        id: i.id,
        score: i.score,
        max: i.max,
        status: i.status,
        events: i.events,
        rules: i.rules.map((r) => ({
          rule: r.rule,
          state: r.state,
          have: r.have,
          need: r.need,
          ...(r.due !== undefined ? { due: r.due } : {}),
        })),
      })),
    })),
    findings: result.findings.map((f) => findingJson(f, lang)),
  };
}

/** The shared finding shape of `lint` and `check` JSON: optional keys only when present. */
export function findingJson(f: Finding, lang: Lang): object {
  return {
    severity: f.severity,
    code: f.code,
    ...(f.unit !== undefined ? { unit: f.unit } : {}),
    ...(f.indicator !== undefined ? { indicator: f.indicator } : {}),
    ...(f.path !== undefined ? { path: f.path } : {}),
    message: t(lang, f.code, { ...f.data, indicator: f.indicator }),
  };
}

export function formatCheckJson(result: CheckResult, lang: Lang): string {
  return `${JSON.stringify(checkJson(result, lang), null, 2)}\n`;
}
