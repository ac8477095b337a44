// Most sidecars are one or two lines such as `同时计入: [24, 27]` or `责任人: 王芳`. Reading those with a
// full YAML parser costs more than the rest of the scan; this reads only that narrow form and leaves
// everything else (comments, quotes, block lists, Latin text, odd spacing) to the YAML parser.

export interface SimpleSidecar {
  value: Record<string, unknown>;
  /** Where each key's value starts, as the YAML parser would report it. */
  positions: Map<string, { line: number; column: number }>;
}

/** `key: ` at the start of a line; keys are the sidecar keys the schemas know. */
const LINE = /^(同时计入|also_counts_for|不适用|not_applicable|责任人|owner|备注|note): +(.*?)[ \t]*$/;
/** A flow list of plain indicator numbers: YAML reads these as integers. */
const NUMBERS = /^\[ *(?:[1-9]\d{0,2}(?: *, *[1-9]\d{0,2})*)? *\]$/;
/**
 * A plain scalar that starts with a CJK character is a string in YAML's core schema whatever follows,
 * as long as nothing in it is YAML syntax: only CJK text, CJK punctuation, ASCII letters, digits and
 * single inner spaces.
 */
const CJK_TEXT =
  /^[\u3400-\u4dbf\u4e00-\u9fff](?:[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5eA-Za-z0-9]| (?! ))*$/;

/** The sidecar's value when the text is in the narrow form above, else undefined. */
export function readSimpleSidecar(text: string): SimpleSidecar | undefined {
  const value: Record<string, unknown> = {};
  const positions = new Map<string, { line: number; column: number }>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line === '') continue;
    const m = LINE.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    const raw = m[2]!;
    if (key in value) return undefined;
    if (NUMBERS.test(raw)) {
      const inner = raw.slice(1, -1).trim();
      value[key] = inner === '' ? [] : inner.split(',').map((n) => Number(n.trim()));
    } else if (CJK_TEXT.test(raw)) {
      value[key] = raw;
    } else {
      return undefined;
    }
    // Only spaces stand between the colon and the value, so its first occurrence is the value.
    positions.set(key, { line: i + 1, column: line.indexOf(raw, key.length + 1) + 1 });
  }
  return { value, positions };
}
