// Read and validate dangjian.yaml: every problem at once, each with its line, then exit code 2.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, sep } from 'node:path';
import { loadCatalog } from '../catalog/load-catalog.js';
import { didYouMean } from '../did-you-mean.js';
import { type Problem, ProblemsError } from '../errors.js';
import type { Catalog, Config, ScoringConfig, UnitConfig, UnitLevel } from '../types.js';
import { readTextFile } from '../validate/read-text-file.js';
import { checkSchema } from '../validate/schema-check.js';
import { decodeUtf8, locate, parseYaml, type YamlSource } from '../validate/yaml-source.js';
import { visibleText } from '../visible-text.js';
import { CONFIG_NAMES, missingConfig } from './find-root.js';
import { asList, formatRanges, parseIndicatorList } from './indicator-list.js';

export { CONFIG_FILE, findRepoRoot } from './find-root.js';

/** Folders the tool itself owns or that are never evidence; a unit may not live there. */
const RESERVED_DIRS = new Set(['.git', 'node_modules', '汇编']);

/** A unit folder (normalised, see normaliseDir) that is the tool's own or the system's. */
export function isReservedUnitDir(dir: string): boolean {
  return RESERVED_DIRS.has(dir.split('/')[0]!);
}

/** A folder name as Windows (and macOS) compares it: letter case does not count. */
export function windowsKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export const DEFAULT_SCORING: ScoringConfig = { partial: 'proportional', step: 0.5, rollup: 'mean' };

/** Where each config came from, so problems found later (against the catalog) still have lines. */
const sources = new WeakMap<Config, YamlSource>();

/**
 * Load `<root>/dangjian.yaml`. `responsibilities` holds the units the file lists; `bindConfig`
 * fills in the default (every indicator of the catalog) and checks the numbers against it.
 */
export function loadConfig(root: string): Config {
  const name = CONFIG_NAMES.find((n) => existsSync(join(root, n)));
  if (!name) throw missingConfig(root);
  refuseOutside(root, name);
  // A folder, a FIFO or a device named dangjian.yaml is refused; nothing over the limit is read.
  const bytes = readTextFile(join(root, name), name, MAX_CONFIG_BYTES);
  const source = parseYaml(name, decodeUtf8(name, bytes), MAX_CONFIG_BYTES);
  const value = prepare(source.value);
  const problems = checkSchema({ ...source, value }, 'config');
  if (problems.length > 0) throw new ProblemsError(withIndicatorMax(problems, root, value));
  const config = toConfig(source, value as RawConfig, problems);
  if (problems.length > 0) throw new ProblemsError(sortProblems(problems));
  sources.set(config, source);
  return config;
}

const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * "Indicator numbers run from 1 to 39": the schema knows only the 1. When the config names a
 * catalog that loads (built in, or a file in the repo), its last indicator gives the other end.
 */
function withIndicatorMax(problems: Problem[], root: string, value: unknown): Problem[] {
  if (!problems.some((p) => p.code === 'schema/range' && p.data.subject === 'indicator')) return problems;
  const ref = String((value as { catalog?: unknown } | null)?.catalog ?? '')
    .normalize('NFC')
    .trim();
  if (!ref || (looksLikePath(ref) && !insideRoot(ref))) return problems;
  let max: number | undefined;
  try {
    max = Math.max(...loadCatalog(ref, { baseDir: root }).indicators.map((i) => i.id));
  } catch {
    return problems;
  }
  if (!Number.isFinite(max)) return problems;
  return problems.map((p) =>
    p.code === 'schema/range' && p.data.subject === 'indicator' ? { ...p, data: { ...p.data, max } } : p,
  );
}

/** A dangjian.yaml that is a symlink out of the repo is never read: in CI it could be /proc/self/environ. */
function refuseOutside(root: string, name: string): void {
  let real: string;
  let realRoot: string;
  try {
    real = realpathSync(join(root, name));
    realRoot = realpathSync(root);
  } catch {
    return;
  }
  if (dirname(real) !== realRoot && !real.startsWith(realRoot + sep)) {
    throw new ProblemsError([{ file: name, code: 'repo/symlink-outside', data: {} }]);
  }
}

/** The config with every unit's responsibilities expanded and checked against the catalog. */
export function bindConfig(config: Config, catalog: Catalog): Config {
  const known = new Set(catalog.indicators.map((i) => i.id));
  const all = catalog.indicators.map((i) => i.id).sort((a, b) => a - b);
  const source = sources.get(config);
  const problems: Problem[] = [];
  const responsibilities = new Map<string, number[]>();
  for (const unit of config.units) {
    // A unit may be called `constructor`: only the file's own keys count, never Object.prototype's.
    const owed = Object.hasOwn(config.responsibilities, unit.id)
      ? config.responsibilities[unit.id]
      : undefined;
    if (!owed) {
      responsibilities.set(unit.id, all);
      continue;
    }
    const unknown = owed.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      problems.push({
        file: config.file,
        ...(source ? locate(source, ['responsibilities', unit.id]) : {}),
        code: 'config/unknown-indicator',
        // `[1-9999]` lists 9960 numbers: as ranges it stays one short line.
        data: {
          unit: unit.id,
          indicators: formatRanges(unknown),
          count: unknown.length,
          max: all[all.length - 1],
        },
      });
    }
    responsibilities.set(
      unit.id,
      owed.filter((id) => known.has(id)),
    );
  }
  if (problems.length > 0) throw new ProblemsError(problems);
  // fromEntries makes `__proto__` an own key, never the object's prototype.
  const bound = { ...config, responsibilities: Object.fromEntries(responsibilities) };
  if (source) sources.set(bound, source);
  return bound;
}

interface RawConfig {
  org: string;
  year: number;
  catalog: string | number;
  units: { id: string | number; name: string; dir: string; level: UnitLevel }[];
  responsibilities?: Record<string, unknown>;
  scoring?: Partial<ScoringConfig>;
}

/** Scalars where a list is expected become one-item lists, so `zb1: 5` validates like `zb1: [5]`. */
function prepare(value: unknown): unknown {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return value;
  const raw = value as Record<string, unknown>;
  const r = raw.responsibilities;
  if (!r || typeof r !== 'object' || Array.isArray(r)) return raw;
  const wrapped = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asList(v)]));
  return { ...raw, responsibilities: wrapped };
}

function toConfig(source: YamlSource, raw: RawConfig, problems: Problem[]): Config {
  const at = (path: (string | number)[], key = false) => ({
    file: source.file,
    ...locate(source, path, key),
  });
  const units: UnitConfig[] = [];
  const ids = new Map<string, number>();
  const dirs = new Map<string, number>();
  raw.units.forEach((u, i) => {
    const id = visibleText(String(u.id).normalize('NFC'));
    const dir = normaliseDir(u.dir);
    if (ids.has(id))
      problems.push({ ...at(['units', i, 'id']), code: 'config/duplicate-unit-id', data: { id } });
    ids.set(id, i);
    if (dir === undefined) {
      problems.push({ ...at(['units', i, 'dir']), code: 'config/unit-dir-outside', data: { dir: u.dir } });
    } else if (isReservedUnitDir(dir)) {
      problems.push({ ...at(['units', i, 'dir']), code: 'config/unit-dir-reserved', data: { dir } });
    } else {
      // Compared as Windows compares names: `ABC` and `abc` are one folder there.
      const key = windowsKey(dir);
      const clash = [...dirs.keys()].find((d) => {
        const other = windowsKey(d);
        return other === key || within(key, other) || within(other, key);
      });
      if (clash !== undefined) {
        const code =
          clash === dir
            ? 'config/duplicate-unit-dir'
            : windowsKey(clash) === key
              ? 'config/unit-dir-case'
              : 'config/unit-dir-nested';
        problems.push({ ...at(['units', i, 'dir']), code, data: { dir: dir || '.', other: clash || '.' } });
      }
      dirs.set(dir, i);
    }
    units.push({ id, name: shownText(u.name), dir: dir ?? '', level: u.level });
  });

  const responsibilities = new Map<string, number[]>();
  for (const [unitId, list] of Object.entries(raw.responsibilities ?? {})) {
    const id = visibleText(unitId.normalize('NFC'));
    if (!ids.has(id)) {
      problems.push({
        ...at(['responsibilities', unitId], true),
        code: 'config/unknown-unit',
        data: { id, suggestion: didYouMean(id, ids.keys()), known: [...ids.keys()].join('、') },
      });
      continue;
    }
    const parsed = parseIndicatorList(list);
    for (const bad of parsed.bad) {
      problems.push({
        ...at(['responsibilities', unitId]),
        code: 'config/bad-range',
        data: { unit: id, value: bad },
      });
    }
    responsibilities.set(id, parsed.ids);
  }

  const catalog = String(raw.catalog).normalize('NFC').trim();
  if (looksLikePath(catalog) && !insideRoot(catalog)) {
    problems.push({ ...at(['catalog']), code: 'config/catalog-outside', data: { path: catalog } });
  }

  return {
    file: source.file,
    org: shownText(raw.org),
    year: raw.year,
    catalog,
    units,
    responsibilities: Object.fromEntries(responsibilities),
    scoring: { ...DEFAULT_SCORING, ...raw.scoring },
  };
}

/** POSIX, NFC, relative; `''` for the repo root itself; undefined when it leaves the repo. */
export function normaliseDir(dir: string): string | undefined {
  const text = dir.normalize('NFC').trim().replace(/\\/g, '/');
  if (text.startsWith('/') || /^[A-Za-z]:/.test(text)) return undefined;
  const parts = text.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return undefined;
  return parts.join('/');
}

/** Names printed in reports and CI logs: trimmed, control characters as visible symbols. */
function shownText(text: string): string {
  return visibleText(text.trim());
}

function within(child: string, parent: string): boolean {
  return parent === '' || child.startsWith(`${parent}/`);
}

function looksLikePath(ref: string): boolean {
  return /[/\\]/.test(ref) || /\.ya?ml$/i.test(ref) || ref.startsWith('.');
}

function insideRoot(ref: string): boolean {
  if (isAbsolute(ref) || /^[A-Za-z]:/.test(ref) || ref.startsWith('\\')) return false;
  return normaliseDir(ref) !== undefined;
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
