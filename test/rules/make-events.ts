// Hand-made evidence for the pure core: events, units, a small catalog and config.
import type {
  Catalog,
  Config,
  EvidenceEvent,
  Indicator,
  IndicatorEvidence,
  IndicatorMeta,
  Rule,
  UnitConfig,
  UnitEvidence,
} from '../../src/types.js';

export function ev(
  date: string,
  kinds: string[] = ['图片'],
  opts: Partial<EvidenceEvent> = {},
): EvidenceEvent {
  return {
    unit: 'u',
    indicator: 1,
    date,
    entries: [],
    kinds: [...kinds].sort(),
    alsoCountsFor: [],
    ...opts,
  };
}

export function indicator(id: number, points: number, rules: Rule[], categoryIndex = 1): Indicator {
  return {
    id,
    title: `指标${id}`,
    section: '自查自评',
    category: `类别${categoryIndex}`,
    categoryIndex,
    type: 'standard',
    veto: false,
    points,
    text: `考评要素${id}`,
    evidence: '材料',
    guidance: '要点',
    rules,
  };
}

export function catalogOf(indicators: Indicator[]): Catalog {
  const points = indicators.reduce((a, i) => a + i.points, 0);
  return {
    id: 'test',
    title: '测试指标',
    year: 2020,
    file: 'test.yaml',
    declared: { indicators: indicators.length, points },
    sections: [{ name: '自查自评', declared: { indicators: indicators.length, points } }],
    categories: [
      {
        index: 1,
        name: '类别1',
        section: '自查自评',
        declared: { indicators: indicators.length, points },
        inferred: false,
        indicators: indicators.map((i) => i.id),
      },
    ],
    indicators,
    kinds: [],
  };
}

export function unitConfig(id: string, level: UnitConfig['level'] = 'branch'): UnitConfig {
  return { id, name: `${id}支部`, dir: `${id}支部`, level };
}

export function configOf(units: UnitConfig[], extra: Partial<Config> = {}): Config {
  return {
    file: 'dangjian.yaml',
    org: '测试机关党委',
    year: 2020,
    catalog: 'test',
    units,
    responsibilities: {},
    scoring: { partial: 'proportional', step: 0.5, rollup: 'mean' },
    ...extra,
  };
}

/** A unit's evidence: indicator id → events (their `unit`/`indicator` are filled in) and optional meta. */
export function unitEvidence(
  unit: UnitConfig,
  folders: Record<number, { events?: EvidenceEvent[]; meta?: IndicatorMeta }>,
): UnitEvidence {
  const indicators: IndicatorEvidence[] = Object.entries(folders).map(([key, f]) => {
    const id = Number(key);
    const dir = `${unit.dir}/${String(id).padStart(2, '0')} 指标${id}`;
    return {
      id,
      dir,
      meta: f.meta ?? {},
      events: (f.events ?? []).map((e) => ({ ...e, unit: unit.id, indicator: id })),
    };
  });
  return { unit, exists: true, indicators };
}
