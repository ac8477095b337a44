// `dangjian add`: check everything about the request first, and only then say what to copy where.
import { lstatSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import { indicatorFolderName } from '../catalog/folder-name.js';
import { normalizeDate } from '../dates/calendar.js';
import { didYouMean } from '../did-you-mean.js';
import { DangjianError } from '../errors.js';
import { parseEvidenceName } from '../repo/parse-evidence-name.js';
import type { Catalog, Config, Indicator, UnitConfig } from '../types.js';
import { checkSource } from './check-source.js';
import { indicatorDirs } from './existing-dirs.js';
import type { SourceFile } from './expand-sources.js';
import { nameProblem, splitExtension } from './names.js';
import { insideRoot, joinRel } from './paths.js';

export interface AddRequest {
  indicator: string;
  /** The files to add, in the order given. */
  files: SourceFile[];
  date: string;
  kind: string;
  title?: string;
  unit?: string;
  event: boolean;
}

export interface AddContext {
  root: string;
  config: Config;
  catalog: Catalog;
  /** The canonical kind for a word, or undefined when the vocabulary does not know it. */
  resolveKind: (word: string) => string | undefined;
  /** How a path is shown in messages (relative to where the user is). */
  display: (abs: string) => string;
}

export interface CopyStep {
  from: string;
  to: string;
  /** `from` as the user typed it, for a message about the source. */
  typed: string;
}

export interface AddPlan {
  unit: UnitConfig;
  indicator: Indicator;
  /** Absolute path of the indicator folder (created when missing). */
  folder: string;
  /** Folders to create, outermost first (the indicator folder, an event folder). */
  mkdirs: string[];
  copies: CopyStep[];
  /** The unit does not owe this indicator by the config's responsibilities. */
  notOwed: boolean;
}

function lstat(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

export function planAdd(ctx: AddContext, req: AddRequest): AddPlan {
  const { config, catalog } = ctx;
  const date = normalizeDate(req.date);
  if (!date) throw new DangjianError('add/bad-date', { value: req.date });
  if (Number(date.slice(0, 4)) !== config.year) {
    throw new DangjianError('add/date-outside-year', { date, year: config.year });
  }
  const kind = checkKind(ctx, req.kind);
  const indicator = findIndicator(catalog, req.indicator);
  const unit = findUnit(config, req.unit);
  for (const source of req.files) checkSource(source);
  const sources = req.files;

  const unitAbs = unit.dir ? insideRoot(ctx.root, unit.dir) : ctx.root;
  const existing = indicatorDirs(unitAbs).get(indicator.id) ?? [];
  if (existing.length > 1) {
    throw new DangjianError('add/ambiguous-indicator-dir', {
      unit: unit.dir || unit.name,
      indicator: indicator.id,
      dirs: existing.join('、'),
    });
  }
  const folderName = existing[0] ?? indicatorFolderName(indicator.id, indicator.title);
  const folder = insideRoot(ctx.root, joinRel(unit.dir, folderName));
  const mkdirs = existing[0] ? [] : [folder];
  if (!existing[0] && lstat(folder))
    throw new DangjianError('add/target-exists', { path: ctx.display(folder) });

  const copies: CopyStep[] = [];
  if (req.event) {
    if (req.title === undefined && sources.length > 1) throw new DangjianError('add/event-needs-title');
    const title = checkTitle(
      req.title ?? defaultTitle(ctx, splitExtension(basename(sources[0]!.path)).base, kind),
    );
    const eventDir = join(folder, `${date} ${kind} ${title}`);
    const stat = lstat(eventDir);
    if (stat && !stat.isDirectory()) {
      throw new DangjianError('add/target-exists', { path: ctx.display(eventDir) });
    }
    if (!stat) mkdirs.push(eventDir);
    const names = new Set<string>();
    for (const { path: from, typed } of sources) {
      const name = basename(from).normalize('NFC');
      const problem = nameProblem(name);
      if (problem) throw new DangjianError('add/bad-file-name', { name, ...problem });
      if (names.has(name.toLowerCase())) throw new DangjianError('add/duplicate-source', { name });
      names.add(name.toLowerCase());
      copies.push({ from, to: join(eventDir, name), typed });
    }
  } else {
    for (const { path: from, typed } of sources) {
      const { base, ext } = splitExtension(basename(from).normalize('NFC'));
      const title = checkTitle(req.title ?? defaultTitle(ctx, base, kind));
      copies.push({ from, to: join(folder, `${date} ${kind} ${title}${ext ? `.${ext}` : ''}`), typed });
    }
  }
  checkTargets(ctx, copies);
  const owed = config.responsibilities[unit.id];
  return { unit, indicator, folder, mkdirs, copies, notOwed: owed ? !owed.includes(indicator.id) : false };
}

function checkKind(ctx: AddContext, word: string): string {
  const typed = word.normalize('NFC').trim();
  const canonical = typed ? ctx.resolveKind(typed) : undefined;
  if (!canonical) {
    const words = ctx.catalog.kinds.flatMap((k) => [k.id, ...k.synonyms, ...k.compounds]);
    throw new DangjianError('add/unknown-kind', {
      kind: word,
      suggestion: didYouMean(typed, words),
      known: ctx.catalog.kinds.map((k) => k.id).join('、'),
    });
  }
  // The typed word is kept when it names the file unambiguously; a word with separators would not parse back.
  if (!/[\s_-]/u.test(typed) && !nameProblem(typed)) return typed;
  const problem = nameProblem(canonical);
  if (problem) throw new DangjianError('add/bad-kind', { kind: canonical, ...problem });
  return canonical;
}

function findIndicator(catalog: Catalog, value: string): Indicator {
  const text = value.trim();
  const found = /^\d{1,3}$/.test(text) ? catalog.indicators.find((i) => i.id === Number(text)) : undefined;
  if (!found) {
    const max = Math.max(0, ...catalog.indicators.map((i) => i.id));
    throw new DangjianError('add/unknown-indicator', { value, max });
  }
  return found;
}

function findUnit(config: Config, wanted: string | undefined): UnitConfig {
  const known = config.units.map((u) => `${u.id}（${u.name}）`).join('、');
  if (wanted === undefined) {
    if (config.units.length === 1) return config.units[0]!;
    throw new DangjianError('add/unit-required', { known });
  }
  const w = wanted.normalize('NFC').trim();
  const unit =
    config.units.find((u) => String(u.id) === w) ??
    config.units.find((u) => u.name.normalize('NFC') === w || u.dir.normalize('NFC') === w);
  if (unit) return unit;
  throw new DangjianError('add/unknown-unit', {
    unit: wanted,
    suggestion: didYouMean(
      w,
      config.units.map((u) => String(u.id)),
    ),
    known,
  });
}

/**
 * The title when none is given: the source's own name, less a date and kind it already has, and less
 * a leading word that is the same kind's word or synonym (`学习记录 0315.pdf` added as 学习记录 is
 * titled `0315`, not `学习记录 0315`).
 */
function defaultTitle(ctx: AddContext, base: string, kind: string): string {
  const parsed = parseEvidenceName(base, ctx.resolveKind, { folder: true });
  const title = 'problem' in parsed || !parsed.title ? base : parsed.title;
  const m = /^(\S+?)[\s\u3000_-]+(\S.*)$/u.exec(title);
  if (!m) return title;
  // The kind's own word or a synonym only: `七一党课 扫描件` keeps 七一党课, which says what it was.
  const canonical = ctx.resolveKind(kind);
  const def = ctx.catalog.kinds.find((k) => k.id === canonical);
  return def && (def.id === m[1] || def.synonyms.includes(m[1]!)) ? m[2]! : title;
}

function checkTitle(raw: string): string {
  const title = raw.normalize('NFC');
  const problem = nameProblem(title);
  if (problem) throw new DangjianError('add/bad-title', { title: raw, ...problem });
  return title;
}

/** No two files may land on one name, and nothing may land on an existing name. */
function checkTargets(ctx: AddContext, copies: CopyStep[]): void {
  const seen = new Set<string>();
  for (const { to } of copies) {
    const key = to.normalize('NFC').toLowerCase();
    if (seen.has(key)) throw new DangjianError('add/targets-collide', { path: ctx.display(to) });
    seen.add(key);
  }
  for (const { to } of copies) {
    if (lstat(to)) throw new DangjianError('add/target-exists', { path: ctx.display(to) });
  }
}
