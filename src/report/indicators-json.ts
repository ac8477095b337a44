// `dangjian indicators --format json`: stable keys, rules as their short ids.
import { ruleId } from '../catalog/describe-rule.js';
import type { Catalog, Indicator } from '../types.js';

export interface IndicatorJson {
  id: number;
  title: string;
  category: string;
  points: number;
  text: string;
  evidence: string;
  guidance: string;
  rules: string[];
}

export function indicatorsJson(catalog: Catalog, indicators: Indicator[]): string {
  const list: IndicatorJson[] = indicators.map((i) => ({
    id: i.id,
    title: i.title,
    category: i.category,
    points: i.points,
    text: i.text,
    evidence: i.evidence,
    guidance: i.guidance,
    rules: i.rules.map(ruleId),
  }));
  return `${JSON.stringify({ catalog: catalog.id, indicators: list }, null, 2)}\n`;
}
