// Example evidence names for an indicator, following the naming contract `<date> <kind> <title>.<ext>`,
// one per kind its rules ask for, so people see how to name what they file.
import type { Catalog, Indicator, Rule } from '../types.js';
import { ruleKinds } from './describe-rule.js';

// Spread over the year so the examples read like real filing; a due rule uses its own date.
const SAMPLE_DAYS = ['03-15', '04-20', '05-26'];

/** Up to `max` example file names, e.g. `2020-07-01 党课材料 政治机关意识党课.pdf`. */
export function exampleFileNames(catalog: Catalog, indicator: Indicator, year: number, max = 3): string[] {
  const wanted: { kind: string; day?: string }[] = [];
  const add = (kind: string, day?: string) => {
    if (!wanted.some((w) => w.kind === kind)) wanted.push({ kind, ...(day !== undefined && { day }) });
  };
  for (const rule of indicator.rules) {
    const kinds = ruleKinds(rule);
    if (kinds?.[0] !== undefined) add(kinds[0], dueDay(rule));
  }
  if (wanted.length === 0) {
    const fallback = catalog.kinds.find((k) => k.extensions.length === 0);
    if (fallback) add(fallback.id);
  }
  const names = wanted.slice(0, max).map((w, i) => {
    const day = w.day ?? SAMPLE_DAYS[i % SAMPLE_DAYS.length]!;
    const ext = catalog.kinds.find((k) => k.id === w.kind)?.extensions[0] ?? 'pdf';
    return `${year}-${day} ${w.kind} ${indicator.title}.${ext}`;
  });
  // Names start with the date, so this lists them as a folder would.
  return names.sort();
}

function dueDay(rule: Rule): string | undefined {
  return rule.type === 'due' ? rule.by : undefined;
}
