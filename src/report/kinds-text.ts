// `dangjian indicators --kinds`: the vocabulary of evidence kinds people may write in file names.
import { t } from '../i18n/index.js';
import type { Catalog, Lang } from '../types.js';
import { padEnd, wrap } from './display-width.js';

const WIDTH = 78;
const KIND_COLUMN = 10;

export function formatKinds(catalog: Catalog, lang: Lang): string {
  const out: string[] = [t(lang, 'catalog/kinds-title', { catalog: catalog.id }), ''];
  const sep = lang === 'zh' ? '、' : ', ';
  for (const kind of catalog.kinds) {
    const words = [...kind.synonyms, ...kind.compounds];
    const parts: string[] = [];
    if (words.length) parts.push(t(lang, 'catalog/kinds-words', { words: words.join(sep) }));
    if (kind.extensions.length)
      parts.push(t(lang, 'catalog/kinds-extensions', { ext: kind.extensions.join(' ') }));
    const text = parts.join(lang === 'zh' ? '；' : '; ') || t(lang, 'catalog/kinds-none');
    const lines = wrap(text, WIDTH - KIND_COLUMN - 4);
    out.push(`  ${padEnd(kind.id, KIND_COLUMN)}  ${lines[0] ?? ''}`);
    for (const line of lines.slice(1)) out.push(`  ${' '.repeat(KIND_COLUMN)}  ${line}`);
  }
  out.push('', ...wrap(t(lang, 'catalog/kinds-footer'), WIDTH));
  return `${out.map((line) => line.trimEnd()).join('\n')}\n`;
}

export function kindsJson(catalog: Catalog): string {
  const kinds = catalog.kinds.map((k) => ({
    id: k.id,
    synonyms: k.synonyms,
    compounds: k.compounds,
    extensions: k.extensions,
  }));
  return `${JSON.stringify({ catalog: catalog.id, kinds }, null, 2)}\n`;
}
