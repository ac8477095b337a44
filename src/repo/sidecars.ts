// `_meta.yaml` (per indicator folder) and `_event.yaml` (per event folder): small YAML files people
// write. A broken one is a finding with its line; it never stops the scan.
import { join } from 'node:path';
import { asList, parseIndicatorList } from '../config/indicator-list.js';
import { ProblemsError } from '../errors.js';
import type { Finding, IndicatorMeta } from '../types.js';
import { readTextFile } from '../validate/read-text-file.js';
import { checkSchema, isValid, type SchemaName } from '../validate/schema-check.js';
import { decodeUtf8, locate, parseYaml } from '../validate/yaml-source.js';
import { readSimpleSidecar } from './simple-sidecar.js';

const MAX_SIDECAR_BYTES = 64 * 1024;

export const META_NAMES = new Set(['_meta.yaml', '_meta.yml']);
export const EVENT_NAMES = new Set(['_event.yaml', '_event.yml']);

interface Where {
  unit: string;
  indicator: number;
}

type Position = { line?: number; column?: number };
type Loaded = { value: Record<string, unknown>; locate: (key: string) => Position } | undefined;

function load(
  root: string,
  fsPath: string,
  path: string,
  schema: SchemaName,
  where: Where,
  findings: Finding[],
): Loaded {
  try {
    // Not a regular file (a FIFO would block), too large, or unreadable: a finding, never a hang.
    const text = decodeUtf8(path, readTextFile(join(root, fsPath), path, MAX_SIDECAR_BYTES));
    const simple = text.length <= 1024 ? readSimpleSidecar(text) : undefined;
    let loaded: Loaded;
    if (simple) {
      const prepared = schema === 'event' ? withLists(simple.value) : simple.value;
      // Valid as read: done. Otherwise the YAML path below reports the problems with their positions.
      if (isValid(prepared, schema)) {
        loaded = { value: prepared, locate: (key) => simple.positions.get(key) ?? { line: 1, column: 1 } };
      }
    }
    if (!loaded) {
      const source = parseYaml(path, text, MAX_SIDECAR_BYTES);
      const value = (source.value ?? {}) as Record<string, unknown>;
      const prepared = schema === 'event' && isMap(value) ? withLists(value) : value;
      const problems = checkSchema({ ...source, value: prepared }, schema);
      if (problems.length > 0) throw new ProblemsError(problems);
      loaded = { value: prepared, locate: (key) => locate(source, [key]) };
    }
    bothKeys(loaded, path, where, findings);
    return loaded;
  } catch (error) {
    if (!(error instanceof ProblemsError)) throw error;
    // Deleted since it was listed: nothing to say about it.
    if (error.problems.some((p) => p.code === 'yaml/unreadable' && p.data.detail === 'ENOENT'))
      return undefined;
    for (const p of error.problems) {
      findings.push({
        severity: 'error',
        code: p.code,
        ...where,
        path,
        line: p.line,
        column: p.column,
        data: p.data,
      });
    }
    return undefined;
  }
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withLists(value: Record<string, unknown>): Record<string, unknown> {
  const out = { ...value };
  for (const key of ['同时计入', 'also_counts_for']) if (key in out) out[key] = asList(out[key]);
  return out;
}

/** Each Chinese key and its English alias. */
const ALIASES = [
  ['不适用', 'not_applicable'],
  ['责任人', 'owner'],
  ['备注', 'note'],
  ['同时计入', 'also_counts_for'],
] as const;

/** Both a key and its alias written: only the Chinese one is read, so the other is a warning, never silent. */
function bothKeys(loaded: NonNullable<Loaded>, path: string, where: Where, findings: Finding[]): void {
  for (const [zh, en] of ALIASES) {
    if (!(zh in loaded.value) || !(en in loaded.value)) continue;
    findings.push({
      severity: 'warning',
      code: 'sidecar/both-keys',
      ...where,
      path,
      ...loaded.locate(en),
      data: { zh, en },
    });
  }
}

/** The Chinese key wins over its English alias when both are written (with a warning, see bothKeys). */
function pick(value: Record<string, unknown>, zh: string, en: string): unknown {
  return value[zh] ?? value[en];
}

export function readMeta(
  root: string,
  fsPath: string,
  path: string,
  where: Where,
  findings: Finding[],
): IndicatorMeta {
  const loaded = load(root, fsPath, path, 'meta', where, findings);
  if (!loaded) return {};
  const v = loaded.value;
  const meta: IndicatorMeta = {};
  const na = pick(v, '不适用', 'not_applicable');
  const owner = pick(v, '责任人', 'owner');
  const note = pick(v, '备注', 'note');
  if (typeof na === 'string' && na.trim()) meta.notApplicable = na.trim();
  if (owner !== undefined)
    meta.owner = (Array.isArray(owner) ? owner.map(String) : [String(owner)]).join('、');
  if (note !== undefined && note !== null) meta.note = String(note);
  return meta;
}

export interface EventSidecar {
  /** The indicators as written, expanded from ranges. */
  alsoCountsFor: number[];
  /** Line and column of the list, for findings about its numbers. */
  line?: number;
  column?: number;
}

export function readEvent(
  root: string,
  fsPath: string,
  path: string,
  where: Where,
  findings: Finding[],
): EventSidecar {
  const loaded = load(root, fsPath, path, 'event', where, findings);
  if (!loaded) return { alsoCountsFor: [] };
  const key = '同时计入' in loaded.value ? '同时计入' : 'also_counts_for';
  const list = parseIndicatorList(loaded.value[key]);
  for (const bad of list.bad) {
    const pos = loaded.locate(key);
    findings.push({
      severity: 'error',
      code: 'event/bad-range',
      ...where,
      path,
      ...pos,
      data: { value: bad },
    });
  }
  const pos = key in loaded.value ? loaded.locate(key) : undefined;
  return { alsoCountsFor: list.ids, line: pos?.line, column: pos?.column };
}
