// Concrete file names for an indicator's README, built from the kinds its own rules ask for.

import { ruleKinds } from '../catalog/describe-rule.js';
import { safeTitle } from '../catalog/folder-name.js';
import type { Catalog, Indicator, Rule } from '../types.js';

export interface ExampleName {
  name: string;
  folder: boolean;
}

/** The kinds an indicator's rules mention, the most specific first (due, then counted, then required). */
export function indicatorKinds(rules: Rule[]): string[] {
  const kinds: string[] = [];
  const order = { due: 0, minEvents: 1, require: 2 } as const;
  const sorted = [...rules].sort((a, b) => order[a.type] - order[b.type]);
  for (const rule of sorted) {
    for (const k of ruleKinds(rule) ?? []) if (!kinds.includes(k)) kinds.push(k);
  }
  return kinds;
}

/** The kind that image files carry inside an event folder (图片 in the 2020 catalog). */
export function imageKind(catalog: Catalog): string | undefined {
  return catalog.kinds.find((k) => k.extensions.some((e) => e === 'jpg' || e === 'jpeg' || e === 'png'))?.id;
}

/** A date that fits the indicator: its first due date, else mid-March of the year. */
export function exampleDate(indicator: Indicator, year: number): string {
  const due = indicator.rules.find((r) => r.type === 'due');
  const md = due?.type === 'due' && /^\d{2}-\d{2}$/.test(due.by) ? due.by : '03-15';
  return `${year}-${md}`;
}

/** Two or three names: a document of the first non-image kind, a photo folder, another document kind. */
export function exampleNames(catalog: Catalog, indicator: Indicator, year: number): ExampleName[] {
  const image = imageKind(catalog);
  const kinds = indicatorKinds(indicator.rules);
  const docs = kinds.filter((k) => k !== image);
  if (docs.length === 0) {
    const fallback = catalog.kinds.find((k) => k.id !== image)?.id;
    if (fallback) docs.push(fallback);
  }
  const date = exampleDate(indicator, year);
  const title = safeTitle(indicator.title) || `第${indicator.id}项`;
  const out: ExampleName[] = [];
  if (docs[0]) out.push({ name: `${date} ${docs[0]} ${title}.pdf`, folder: false });
  if (image) out.push({ name: `${date} ${image} ${title}`, folder: true });
  if (docs[1]) out.push({ name: `${laterDate(date)} ${docs[1]} ${title}.docx`, folder: false });
  return out;
}

/** Another month of the same year, so the third example reads as a separate event. */
function laterDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = Number(m) < 12 ? Number(m) + 1 : 11;
  return `${y}-${String(month).padStart(2, '0')}-${Number(d) > 28 ? '28' : d}`;
}
