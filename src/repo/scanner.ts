// The scanner: files in, one at a time, in any order; units → indicators → events out, plus
// findings for everything the tool does not understand. Reads only sidecars.
import { indicatorFolderName } from '../catalog/folder-name.js';
import { createKindResolver, kindForExtension, kindWords } from '../catalog/kinds.js';
import { normaliseDir } from '../config/load-config.js';
import { didYouMean } from '../did-you-mean.js';
import { compare } from '../order.js';
import type {
  Catalog,
  Config,
  EvidenceEntry,
  EvidenceFile,
  Finding,
  IndicatorEvidence,
  IndicatorMeta,
  UnitConfig,
} from '../types.js';
import { askedKinds, buildEvents, type EntryState } from './build-events.js';
import { EmptyEvidence } from './empty-evidence.js';
import type { ListedFile } from './list-files.js';
import { notEvidence } from './not-evidence.js';
import { kindOfInnerFile, parseEvidenceName } from './parse-evidence-name.js';
import {
  besideCatalog,
  createUnitFinder,
  isFolderDocument,
  isRootDocument,
  leadingNumber,
  leadingQuantity,
  unitAncestors,
} from './repo-layout.js';
import { EVENT_NAMES, META_NAMES, readMeta } from './sidecars.js';
import { unitFolderState } from './unit-folder.js';

const FILE = { folder: false };
const FOLDER = { folder: true };

interface Folder {
  unit: UnitConfig;
  indicator: number;
  path: string;
  /** The indicator's entries by date (shared by every folder of the same indicator). */
  days: Map<string, EntryState[]>;
}

export class Scanner {
  readonly findings: Finding[] = [];
  private readonly resolve: (word: string) => string | undefined;
  private readonly extKind: (ext: string) => string | undefined;
  private readonly findUnit: ReturnType<typeof createUnitFinder>;
  private readonly ancestors: Set<string>;
  private readonly known: Set<number>;
  private readonly catalogPath: string | undefined;
  /** Indicator folder path → the folder, or null when it is not an indicator folder (reported once). */
  private readonly folders = new Map<string, Folder | null>();
  /** Event folder path → its entry, or null when its name is not understood (reported once). */
  private readonly entries = new Map<string, EntryState | null>();
  private readonly metas = new Map<string, IndicatorMeta>();
  /** `unit\0indicator` → date → the dated entries of that day: the events, before they are built. */
  private readonly days = new Map<string, Map<string, EntryState[]>>();
  /** `unit\0indicator` → the folders found for it (normally one). */
  private readonly dirs = new Map<string, string[]>();
  private readonly reported = new Set<string>();
  private readonly seenUnits = new Set<string>();
  private readonly innerKinds = new Map<string, string>();
  private readonly empty = new EmptyEvidence();
  private vocabulary: string[] | undefined;
  private readonly yearPrefix: string;
  /** An indicator folder of this catalog, for messages that say where evidence goes (`01 政治…/`). */
  private readonly example: string;

  constructor(
    private readonly root: string,
    private readonly config: Config,
    private readonly catalog: Catalog,
  ) {
    this.resolve = createKindResolver(catalog.kinds);
    this.extKind = (ext) => kindForExtension(catalog.kinds, ext);
    this.findUnit = createUnitFinder(config.units);
    this.ancestors = unitAncestors(config.units);
    this.known = new Set(catalog.indicators.map((i) => i.id));
    this.catalogPath = normaliseDir(config.catalog);
    this.yearPrefix = `${config.year}-`;
    const first = [...catalog.indicators].sort((a, b) => a.id - b.id)[0];
    this.example = first ? `${indicatorFolderName(first.id, first.title)}/` : '01/';
  }

  add(file: ListedFile): void {
    const path = file.path;
    const match = this.findUnit(path);
    if (!match) {
      this.outside(path);
      return;
    }
    const { unit, start } = match;
    this.seenUnits.add(unit.id);
    // Slash positions: after the indicator folder, after the entry, after that (if any).
    const s1 = path.indexOf('/', start);
    if (s1 < 0) {
      const name = path.slice(start);
      if (isFolderDocument(name) || (unit.dir === '' && this.isRepoFile(path))) return;
      if (META_NAMES.has(name) || EVENT_NAMES.has(name)) {
        this.misplaced(path, unit.id);
        return;
      }
      this.push('error', 'repo/outside-indicator', { unit: unit.id, path }, { name, example: this.example });
      return;
    }
    const folder = this.folder(unit, path.slice(0, s1), path.slice(start, s1));
    if (!folder) return;
    const s2 = path.indexOf('/', s1 + 1);
    if (s2 < 0) {
      this.addToFolder(file, folder, path.slice(s1 + 1));
      return;
    }
    const entryPath = path.slice(0, s2);
    const known = this.entries.get(entryPath);
    const state = known !== undefined ? known : this.entry(folder, entryPath, path.slice(s1 + 1, s2), true);
    if (!state) return;
    const name = path.slice(path.lastIndexOf('/') + 1);
    const inside = path.indexOf('/', s2 + 1) < 0;
    if (inside && EVENT_NAMES.has(name)) {
      state.sidecar = { path, fsPath: file.fsPath };
      return;
    }
    if (META_NAMES.has(name) || EVENT_NAMES.has(name)) {
      this.misplaced(path, unit.id, folder.indicator);
      return;
    }
    if (this.notEvidence(path, name, unit.id, folder.indicator)) return;
    this.empty.add(state, this.evidenceFile(file, this.innerKind(name) || state.entry.kind), file);
  }

  /** Evidence files that are not committed as they are on disk (by their spelling on disk). */
  markChanged(changed: Set<string>): void {
    for (const days of this.days.values()) {
      for (const states of days.values()) {
        for (const state of states) {
          for (const file of state.entry.files) {
            if (changed.has(file.fsPath ?? file.path)) this.empty.changed(file, state);
          }
        }
      }
    }
    this.empty.release(changed);
  }

  /** The kind an inner file's own name gives, or '' for the folder's. Names repeat (IMG_0001.jpg …). */
  private innerKind(name: string): string {
    let kind = this.innerKinds.get(name);
    if (kind === undefined) {
      if (this.innerKinds.size >= 50_000) this.innerKinds.clear();
      kind = kindOfInnerFile(name, this.resolve, this.extKind, '');
      this.innerKinds.set(name, kind);
    }
    return kind;
  }

  /** A file right inside an indicator folder: its sidecar, its README, or a dated file. */
  private addToFolder(file: ListedFile, folder: Folder, name: string): void {
    const unit = folder.unit.id;
    if (META_NAMES.has(name)) {
      const where = { unit, indicator: folder.indicator };
      const meta = readMeta(this.root, file.fsPath, file.path, where, this.findings);
      const key = metaKey(unit, folder.indicator);
      this.metas.set(key, { ...this.metas.get(key), ...meta });
      return;
    }
    if (isFolderDocument(name)) return;
    if (EVENT_NAMES.has(name)) {
      this.misplaced(file.path, unit, folder.indicator);
      return;
    }
    if (this.notEvidence(file.path, name, unit, folder.indicator)) return;
    const state = this.entry(folder, file.path, name, false);
    if (state) this.empty.add(state, this.evidenceFile(file, state.entry.kind), file);
  }

  units() {
    for (const { file, state } of this.empty.drop(this.root)) {
      const where = { unit: state.unit.id, indicator: state.indicator, path: file.path };
      this.push('error', 'file/empty', where, { lfs: false, indicator: state.indicator });
    }
    const events = buildEvents(this.days, {
      root: this.root,
      config: this.config,
      known: this.known,
      findings: this.findings,
      asked: askedKinds(this.catalog),
    });
    return this.config.units.map((unit) => {
      const indicators: IndicatorEvidence[] = this.catalog.indicators
        .map((i) => i.id)
        .sort((a, b) => a - b)
        .map((id) => ({
          id,
          dir: this.dirOf(unit.id, id),
          meta: this.metas.get(metaKey(unit.id, id)) ?? {},
          events: events.get(metaKey(unit.id, id)) ?? [],
        }));
      const owed = new Set(this.config.responsibilities[unit.id] ?? []);
      for (const indicator of indicators) {
        if (indicator.events.length > 0 && !owed.has(indicator.id)) {
          this.push(
            'info',
            'repo/not-owed',
            { unit: unit.id, indicator: indicator.id, path: indicator.dir },
            {},
          );
        } else if (indicator.events.length > 0 && indicator.meta.notApplicable !== undefined) {
          // Marked 不适用, yet evidence is filed: one of the two is a mistake, and the evidence scores nothing.
          this.push(
            'warning',
            'meta/na-with-evidence',
            { unit: unit.id, indicator: indicator.id, path: indicator.dir },
            { count: indicator.events.length },
          );
        }
      }
      // A folder named in NFD (macOS) is not found by its NFC name on Linux, but its files were listed.
      const seen = this.seenUnits.has(unit.id);
      // Files seen in it, or the folder on disk (see unitFolderState for NFD and letter case).
      const { exists, otherCase } = seen
        ? { exists: true, otherCase: undefined }
        : unitFolderState(this.root, unit.dir);
      if (otherCase !== undefined) {
        this.push(
          'error',
          'repo/unit-dir-case',
          { unit: unit.id, path: unit.dir },
          { name: unit.name, dir: unit.dir, actual: otherCase },
        );
      } else if (!exists)
        this.push(
          'error',
          'repo/unit-missing',
          { unit: unit.id, path: unit.dir || '.' },
          { name: unit.name },
        );
      return { unit, exists, indicators };
    });
  }

  /** The indicator's folder; when there are two (`5` and `05 专题学习`), the first by name, and a warning. */
  private dirOf(unit: string, indicator: number): string | undefined {
    const dirs = this.dirs.get(metaKey(unit, indicator));
    if (!dirs) return undefined;
    dirs.sort(compare);
    for (const other of dirs.slice(1)) {
      this.push('warning', 'repo/duplicate-indicator', { unit, indicator, path: other }, { other: dirs[0] });
    }
    return dirs[0];
  }

  private evidenceFile(file: ListedFile, kind: string): EvidenceFile {
    const out: EvidenceFile = { path: file.path, kind, lfs: false };
    if (file.fsPath !== file.path) out.fsPath = file.fsPath;
    if (file.committed !== undefined) out.committed = file.committed;
    if (file.blob !== undefined) out.blob = file.blob;
    return out;
  }

  private folder(unit: UnitConfig, path: string, name: string): Folder | null {
    const cached = this.folders.get(path);
    if (cached !== undefined) return cached;
    const id = leadingNumber(name);
    let folder: Folder | null = null;
    if (id === undefined) {
      this.push(
        'error',
        'repo/outside-indicator',
        { unit: unit.id, path },
        { name, folder: true, example: this.example, quantity: leadingQuantity(name) },
      );
    } else if (!this.known.has(id)) {
      const max = Math.max(...this.known);
      this.push('error', 'repo/unknown-indicator', { unit: unit.id, path }, { name, number: id, max });
    } else {
      const key = metaKey(unit.id, id);
      let days = this.days.get(key);
      if (!days) {
        days = new Map();
        this.days.set(key, days);
      }
      folder = { unit, indicator: id, path, days };
      const seen = this.dirs.get(key);
      if (seen) seen.push(path);
      else this.dirs.set(key, [path]);
    }
    this.folders.set(path, folder);
    return folder;
  }

  /** A dated file or event folder; null (after one finding) when its name cannot be used. */
  private entry(folder: Folder, path: string, name: string, isFolder: boolean): EntryState | null {
    const parsed = parseEvidenceName(name, this.resolve, isFolder ? FOLDER : FILE);
    let state: EntryState | null = null;
    if ('problem' in parsed) {
      const where = { unit: folder.unit.id, indicator: folder.indicator, path };
      const data: Finding['data'] = {
        name,
        folder: isFolder,
        date: parsed.date,
        suggestion: parsed.suggestion,
        ...(parsed.fullWidth && { fullWidth: true }),
      };
      if (parsed.problem === 'name/unknown-kind') {
        this.vocabulary ??= kindWords(this.catalog.kinds);
        data.word = parsed.word;
        data.suggestion = didYouMean(parsed.word ?? '', this.vocabulary);
      }
      this.push('error', parsed.problem, where, data);
    } else if (!parsed.date.startsWith(this.yearPrefix)) {
      const where = { unit: folder.unit.id, indicator: folder.indicator, path };
      this.push('warning', 'name/out-of-year', where, {
        name,
        date: parsed.date,
        year: this.config.year,
        folder: isFolder,
      });
    } else {
      const entry: EvidenceEntry = {
        path,
        isFolder,
        date: parsed.date,
        kind: parsed.kind,
        title: parsed.title,
        files: [],
      };
      state = { unit: folder.unit, indicator: folder.indicator, entry };
      const sameDay = folder.days.get(entry.date);
      if (sameDay) sameDay.push(state);
      else folder.days.set(entry.date, [state]);
    }
    // Only event folders are looked up again (once per file inside them).
    if (isFolder) this.entries.set(path, state);
    return state;
  }

  /** A file that is never evidence (a shortcut, a half download, a misnamed sidecar): a finding, true. */
  private notEvidence(path: string, name: string, unit: string, indicator: number): boolean {
    const found = notEvidence(name);
    if (found) this.push('error', found.code, { unit, indicator, path }, found.data);
    return found !== undefined;
  }

  /** A path in no unit folder: a stray top-level file, or a folder no unit claims (reported once). */
  private outside(path: string): void {
    const parts = path.split('/');
    if (parts.length === 1) {
      if (this.isRepoFile(path)) return;
      this.push('error', 'repo/outside-indicator', { path }, { name: path, example: this.example });
      return;
    }
    if (path === this.catalogPath || besideCatalog(this.catalogPath, path)) return;
    for (let k = 1; k < parts.length; k++) {
      const prefix = parts.slice(0, k).join('/');
      if (this.ancestors.has(prefix)) continue;
      if (this.reported.has(prefix)) return;
      this.reported.add(prefix);
      this.push('warning', 'repo/unclaimed-folder', { path: prefix }, { name: parts[k - 1] });
      return;
    }
    this.push(
      'error',
      'repo/outside-indicator',
      { path },
      { name: parts[parts.length - 1], example: this.example },
    );
  }

  private isRepoFile(path: string): boolean {
    return path === this.catalogPath || (!path.includes('/') && isRootDocument(path));
  }

  private misplaced(path: string, unit: string, indicator?: number): void {
    this.push(
      'warning',
      'sidecar/misplaced',
      { unit, indicator, path },
      { name: path.slice(path.lastIndexOf('/') + 1) },
    );
  }

  private push(
    severity: Finding['severity'],
    code: string,
    where: Omit<Finding, 'severity' | 'code' | 'data'>,
    data: Finding['data'],
  ): void {
    const finding: Finding = { severity, code, ...where, data };
    if (finding.indicator === undefined) delete finding.indicator;
    this.findings.push(finding);
  }
}

export function metaKey(unit: string, indicator: number): string {
  return `${unit}\u0000${indicator}`;
}
