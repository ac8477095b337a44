// `dangjian indicators` as text: the catalog table by category (like the source document), or one
// indicator in full. Pure: catalog in, string out; aligned by display width to fit 80 columns.
import { describeRule } from '../catalog/describe-rule.js';
import { exampleFileNames } from '../catalog/example-names.js';
import { indicatorFolderName } from '../catalog/folder-name.js';
import { t } from '../i18n/index.js';
import type { Catalog, Category, Indicator, Lang } from '../types.js';
import { displayWidth, padEnd, padStart, truncate, wrap } from './display-width.js';

/** Keep one column spare: some terminals wrap a line that fills all 80. */
const WIDTH = 78;
const COL = { id: 4, title: 24, points: 4 } as const;
const GAP = '  ';

export function formatIndicatorTable(catalog: Catalog, lang: Lang): string {
  const out: string[] = [catalog.title];
  const evidenceWidth = WIDTH - GAP.length * 4 - COL.id - COL.title - COL.points;
  for (const section of catalog.sections) {
    const count = t(lang, 'catalog/count', section.declared);
    out.push('', `${section.name}${lang === 'zh' ? `（${count}）` : ` (${count})`}`);
    for (const category of catalog.categories.filter((c) => c.section === section.name)) {
      out.push('', ...wrap(categoryHeading(category, lang), WIDTH));
      out.push(
        row(
          t(lang, 'catalog/heading-id'),
          t(lang, 'catalog/heading-title'),
          t(lang, 'catalog/heading-points'),
          t(lang, 'catalog/heading-evidence'),
        ),
      );
      for (const id of category.indicators) {
        const indicator = catalog.indicators.find((i) => i.id === id)!;
        const title = `${indicator.title}${typeMark(indicator, lang)}`;
        out.push(
          row(
            String(indicator.id),
            truncate(title, COL.title),
            formatPoints(indicator.points),
            truncate(indicator.evidence, evidenceWidth),
          ),
        );
      }
    }
  }
  out.push(
    '',
    t(lang, 'catalog/total', catalog.declared),
    t(lang, 'catalog/more'),
    t(lang, 'catalog/more-kinds'),
  );
  return `${out.map((line) => line.trimEnd()).join('\n')}\n`;
}

function row(id: string, title: string, points: string, evidence: string): string {
  return `${GAP}${padStart(id, COL.id)}${GAP}${padEnd(title, COL.title)}${GAP}${padStart(points, COL.points)}${GAP}${evidence}`;
}

function categoryHeading(category: Category, lang: Lang): string {
  const number = lang === 'zh' ? `${chineseNumber(category.index)}、` : `${category.index}. `;
  const inferred = category.inferred ? t(lang, 'catalog/inferred') : '';
  const count = t(lang, 'catalog/count', category.declared);
  return `${number}${category.name}${lang === 'zh' ? `（${count}）` : ` (${count})`}${inferred}`;
}

function typeMark(indicator: Indicator, lang: Lang): string {
  const marks: string[] = [];
  if (indicator.type !== 'standard') marks.push(t(lang, `catalog/type-${indicator.type}`));
  if (indicator.veto) marks.push(t(lang, 'catalog/veto'));
  return marks.length ? `（${marks.join('，')}）` : '';
}

export function formatIndicator(catalog: Catalog, indicator: Indicator, lang: Lang, year: number): string {
  const category = catalog.categories.find((c) => c.index === indicator.categoryIndex);
  const heading = t(lang, 'catalog/indicator-heading', {
    id: indicator.id,
    title: indicator.title,
    points: formatPoints(indicator.points),
  });
  const out: string[] = [`${heading}${typeMark(indicator, lang)}`, ''];
  const colon = lang === 'zh' ? '：' : ': ';
  const field = (label: string, value: string) => out.push(...labelled(`${t(lang, label)}${colon}`, value));
  field('catalog/label-section', indicator.section);
  field('catalog/label-category', category ? categoryHeading(category, lang) : indicator.category);
  field('catalog/label-text', indicator.text);
  field('catalog/label-points', formatPoints(indicator.points));
  field('catalog/label-evidence', indicator.evidence);
  field('catalog/label-guidance', indicator.guidance);
  out.push(`${t(lang, 'catalog/label-rules')}${colon}`);
  indicator.rules.forEach((rule, i) => {
    out.push(...labelled(`  ${i + 1}. `, describeRule(rule, lang)));
  });
  if (indicator.note) field('catalog/label-note', indicator.note);
  out.push('', t(lang, 'catalog/examples', { folder: indicatorFolderName(indicator.id, indicator.title) }));
  for (const name of exampleFileNames(catalog, indicator, year)) out.push(`  ${name}`);
  return `${out.map((line) => line.trimEnd()).join('\n')}\n`;
}

/** `label：value`, wrapped with the continuation lines indented under the value. */
function labelled(label: string, value: string): string[] {
  const indent = displayWidth(label);
  const lines = wrap(value, WIDTH - indent);
  return lines.map((line, i) => (i === 0 ? label : ' '.repeat(indent)) + line);
}

export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : String(Math.round(points * 100) / 100);
}

/** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (category numbers stay well below 100). */
export function chineseNumber(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (n < 10) return digits[n]!;
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? digits[tens] : ''}十${ones ? digits[ones] : ''}`;
}
