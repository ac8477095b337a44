// The catalog's vocabulary of evidence kinds: which kind a word in a file name stands for.
// Runs on every file name of a big repo, so the lookup tables are built once per vocabulary.
import type { KindDef } from '../types.js';

export type KindResolver = (word: string) => string | undefined;

interface Tables {
  /** Every id, synonym and compound → its kind id. */
  exact: Map<string, string>;
  /** The same words, longest first (ties: vocabulary order), for suffix and substring matching. */
  byLength: [word: string, kind: string][];
  extensions: Map<string, string>;
  memo: Map<string, string | undefined>;
}

const tablesCache = new WeakMap<KindDef[], Tables>();
const MEMO_LIMIT = 50_000;

function tablesFor(kinds: KindDef[]): Tables {
  let tables = tablesCache.get(kinds);
  if (tables) return tables;
  const exact = new Map<string, string>();
  const extensions = new Map<string, string>();
  for (const kind of kinds) {
    for (const word of [kind.id, ...kind.synonyms, ...kind.compounds]) {
      const key = normalise(word);
      if (!exact.has(key)) exact.set(key, kind.id);
    }
    for (const ext of kind.extensions) {
      const key = ext.toLowerCase();
      if (!extensions.has(key)) extensions.set(key, kind.id);
    }
  }
  const byLength = [...exact.entries()].sort((a, b) => b[0].length - a[0].length);
  tables = { exact, byLength, extensions, memo: new Map() };
  tablesCache.set(kinds, tables);
  return tables;
}

function normalise(word: string): string {
  return word.normalize('NFC').trim().toLowerCase();
}

function lookup(tables: Tables, word: string): string | undefined {
  const key = normalise(word);
  if (!key) return undefined;
  const hit = tables.exact.get(key);
  if (hit !== undefined) return hit;
  // A compound names its kind last in Chinese (教育计划 is a 计划), so the longest ending wins…
  for (const [candidate, kind] of tables.byLength) {
    if (key.length > candidate.length && key.endsWith(candidate)) return kind;
  }
  // …and only then a kind word anywhere inside (专题学习记录表 → 学习记录); the latest-ending wins a tie.
  let best: { kind: string; length: number; end: number } | undefined;
  for (const [candidate, kind] of tables.byLength) {
    const length = candidate.length;
    if (best && length < best.length) break;
    const at = key.lastIndexOf(candidate);
    if (at < 0) continue;
    const end = at + length;
    if (!best || end > best.end) best = { kind, length, end };
  }
  return best?.kind;
}

/** A memoised resolver for one vocabulary: exact word, then longest ending, then longest contained. */
export function createKindResolver(kinds: KindDef[]): KindResolver {
  const tables = tablesFor(kinds);
  return (word: string) => {
    if (tables.memo.has(word)) return tables.memo.get(word);
    const kind = lookup(tables, word);
    if (tables.memo.size >= MEMO_LIMIT) tables.memo.clear();
    tables.memo.set(word, kind);
    return kind;
  };
}

/** The kind id a word stands for (`教育计划` → `计划`), or undefined when it names no kind. */
export function resolveKind(kinds: KindDef[], word: string): string | undefined {
  return createKindResolver(kinds)(word);
}

/** The kind id an extension stands for inside an event folder (`JPG` → `图片`). Dot optional. */
export function kindForExtension(kinds: KindDef[], ext: string): string | undefined {
  return tablesFor(kinds).extensions.get(ext.replace(/^\./, '').toLowerCase());
}

/** Only the exact words (id, synonym, compound) → kind id; what a rule in a catalog may name. */
export function exactKind(kinds: KindDef[], word: string): string | undefined {
  return tablesFor(kinds).exact.get(normalise(word));
}

/** Every word of the vocabulary, for did-you-mean. */
export function kindWords(kinds: KindDef[]): string[] {
  return [...tablesFor(kinds).exact.keys()];
}
