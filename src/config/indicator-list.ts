// Indicator numbers as people write them: `5`, `1-14`, `[1-14, 25-27]`, `"9、30"`, `28至30`.

const RANGE = /^(\d+)\s*(?:[-–—~～至到]\s*(\d+))?$/;

/** Wrap a single scalar in a list, so `同时计入: 9` validates like `同时计入: [9]`. */
export function asList(value: unknown): unknown {
  return value === null || value === undefined || Array.isArray(value) ? value : [value];
}

export interface IndicatorList {
  /** Sorted, unique. */
  ids: number[];
  /** Pieces that are not numbers or ranges, or ranges written backwards (`14-1`). */
  bad: string[];
}

export function parseIndicatorList(value: unknown): IndicatorList {
  const ids = new Set<number>();
  const bad: string[] = [];
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  for (const item of items) {
    if (typeof item === 'number' && Number.isInteger(item) && item > 0) {
      ids.add(item);
      continue;
    }
    for (const piece of String(item).split(/[,，、]/)) {
      const text = piece.trim();
      if (!text) continue;
      const m = RANGE.exec(text);
      const from = m ? Number(m[1]) : Number.NaN;
      const to = m?.[2] ? Number(m[2]) : from;
      if (!m || from < 1 || to < from || to - from > 10_000) {
        bad.push(text);
        continue;
      }
      for (let i = from; i <= to; i++) ids.add(i);
    }
  }
  return { ids: [...ids].sort((a, b) => a - b), bad };
}

/** `40–9999` or `0、45–47、52`: sorted numbers with runs shown as ranges, for messages. */
export function formatRanges(ids: number[]): string {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join('、'));
    i = j + 1;
  }
  return parts.join('、');
}
