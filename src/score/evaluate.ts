// The whole check as a pure function: config + catalog + evidence + as-of date → CheckResult.

import { todoUntil } from '../dates/calendar.js';
import { didYouMean } from '../did-you-mean.js';
import { DangjianError } from '../errors.js';
import { eventsByIndicator } from '../rules/counting-events.js';
import type {
  Catalog,
  CheckResult,
  Config,
  Finding,
  Indicator,
  IndicatorResult,
  IsoDate,
  UnitEvidence,
  UnitResult,
} from '../types.js';
import { naFinding, ruleFinding, sortFindings, unownedFinding } from './check-findings.js';
import { rollupIndicators } from './org-rollup.js';
import { fromTicks, toTicks } from './points.js';
import { scoreIndicator } from './score-indicator.js';

export interface EvaluateInput {
  config: Config;
  catalog: Catalog;
  units: UnitEvidence[];
  /** Lint findings from the scan; reported alongside (filtered to the unit with `options.unit`). */
  findings?: Finding[];
}

export interface EvaluateOptions {
  /** Report only this unit (the organisation's roll-up still covers every unit). */
  unit?: string;
  /** `false`: scores only, no findings (the 进度 sheet's earlier month-ends). Default true. */
  findings?: boolean;
}

/** The indicators a unit owes: its 责任分工, or every indicator of the catalog. */
export function owedIndicators(config: Config, catalog: Catalog, unitId: string): Indicator[] {
  // A unit may be called `constructor` or `toString`: only the config's own keys count.
  const owed = Object.hasOwn(config.responsibilities, unitId) ? config.responsibilities[unitId] : undefined;
  const ids = owed ? new Set(owed) : undefined;
  return catalog.indicators.filter((i) => !ids || ids.has(i.id)).sort((a, b) => a.id - b.id);
}

export function evaluate(input: EvaluateInput, asOf: IsoDate, options: EvaluateOptions = {}): CheckResult {
  const { config, catalog } = input;
  const unitIds = config.units.map((u) => u.id);
  if (options.unit !== undefined && !unitIds.includes(options.unit)) {
    throw new DangjianError('check/unknown-unit', {
      unit: options.unit,
      suggestion: didYouMean(options.unit, unitIds),
      known: unitIds.join(', '),
    });
  }
  const ctx = { year: config.year, asOf };
  const monthEnd = todoUntil(asOf);
  const evidenceById = new Map(input.units.map((u) => [u.unit.id, u]));
  const owed = new Map<number, IndicatorResult[]>();
  const units: UnitResult[] = [];
  const findings: Finding[] = [];

  for (const unit of config.units) {
    const inScope = options.unit === undefined || options.unit === unit.id;
    const explain = inScope && options.findings !== false;
    const evidence = evidenceById.get(unit.id);
    const counting = evidence ? eventsByIndicator(evidence, config.year, asOf) : new Map();
    const folders = new Map((evidence?.indicators ?? []).map((i) => [i.id, i]));
    const results: IndicatorResult[] = [];
    let totalTicks = 0;
    let maxTicks = 0;
    for (const indicator of owedIndicators(config, catalog, unit.id)) {
      const folder = folders.get(indicator.id);
      const result = scoreIndicator(indicator, folder, counting.get(indicator.id) ?? [], config.scoring, ctx);
      results.push(result);
      totalTicks += toTicks(result.score);
      maxTicks += toTicks(result.max);
      const owners = owed.get(indicator.id);
      if (owners) owners.push(result);
      else owed.set(indicator.id, [result]);
      if (!explain) continue;
      const fctx = { unit, indicator, path: folder?.dir ?? unit.dir, monthEnd };
      if (result.status === 'na') findings.push(naFinding(result, fctx));
      for (const rule of result.rules) {
        const finding = ruleFinding(rule, fctx);
        if (finding) findings.push(finding);
      }
    }
    if (inScope) {
      units.push({
        id: unit.id,
        name: unit.name,
        score: { total: fromTicks(totalTicks), max: fromTicks(maxTicks) },
        indicators: results,
      });
    }
  }

  const org = rollupIndicators(catalog, owed, config.scoring);
  const summary = {
    org: config.org,
    year: config.year,
    asOf,
    catalog: catalog.id,
    score: { total: fromTicks(org.totalTicks), max: fromTicks(org.maxTicks) },
    units,
    indicators: org.indicators,
  };
  if (options.findings === false) return { ...summary, findings: [] };
  if (options.unit === undefined) {
    for (const indicator of catalog.indicators)
      if (!owed.has(indicator.id)) findings.push(unownedFinding(indicator));
  }
  const scanFindings = (input.findings ?? []).filter(
    (f) => options.unit === undefined || f.unit === undefined || f.unit === options.unit,
  );
  return { ...summary, findings: sortFindings([...scanFindings, ...findings], unitIds) };
}
