// Read the evidence tree into data: list the files (from git, or by walking), feed them to the
// scanner, and give the listing's findings their unit and indicator.
import { resolve } from 'node:path';
import { bindConfig, loadConfig } from '../config/load-config.js';
import { compare } from '../order.js';
import { sortFindings } from '../report/findings-sort.js';
import type { Catalog, Config, RepoScan } from '../types.js';
import { visibleText } from '../visible-text.js';
import { markChanged } from './git-files.js';
import { type ListedFile, type Listing, type ListOptions, listFiles } from './list-files.js';
import { nfc } from './nfc.js';
import { placeFindings } from './repo-layout.js';
import { Scanner } from './scanner.js';

export interface ScanOptions extends ListOptions {
  catalog?: Catalog;
  config?: Config;
  /** The listing of `root`, when the caller started it early; else it is made here. */
  listing?: Promise<Listing>;
}

export async function scanRepo(root: string, options: ScanOptions = {}): Promise<RepoScan> {
  const absRoot = resolve(root);
  const given = options.config ?? loadConfig(absRoot);
  const catalog =
    options.catalog ??
    (await import('../catalog/load-catalog.js')).loadCatalog(given.catalog, { baseDir: absRoot });
  const config = bindConfig(given, catalog);
  let listing = await (options.listing ?? listFiles(absRoot, { git: options.git, blobs: options.blobs }));
  const scanOf = (files: ListedFile[]) => {
    const scan = new Scanner(absRoot, config, catalog);
    for (const file of files) scan.add(file);
    return scan;
  };
  let files = listing.files;
  let scan = scanOf(files);
  // In a git repo the tracked files were scanned while status looked at the working tree.
  const update = await listing.later;
  let findings = listing.findings;
  let deleted = listing.deleted ?? [];
  let conflicted = listing.conflicted ?? [];
  if (update && 'replace' in update) {
    listing = update.replace;
    files = listing.files;
    findings = listing.findings;
    deleted = listing.deleted ?? [];
    conflicted = listing.conflicted ?? [];
    scan = scanOf(files);
  } else if (update) {
    deleted = [...update.deleted];
    conflicted = [...update.conflicted];
    findings = [...findings, ...update.findings];
    if (update.deleted.size > 0) {
      // Rare (deleted, not yet committed): scan again without them rather than unpick what they added.
      files = files.filter((f) => !update.deleted.has(f.fsPath));
      for (const file of files) if (update.changed.has(file.fsPath)) markChanged(file);
      scan = scanOf(files);
    } else if (update.changed.size > 0) {
      scan.markChanged(update.changed);
    }
    for (const file of update.files) scan.add(file);
    files = files.concat(update.files);
  }
  // Building the units adds the findings that need every file seen (duplicate folders, not owed).
  const units = scan.units();
  if (catalog.year !== undefined && catalog.year !== config.year) {
    // Last year's catalog may serve again; a warning, so the year is a choice and not a slip.
    findings = [
      ...findings,
      {
        severity: 'warning',
        code: 'config/catalog-year',
        path: config.file ?? 'dangjian.yaml',
        data: { year: config.year, catalogYear: catalog.year, catalog: catalog.id },
      },
    ];
  }
  return {
    root: absRoot,
    isGit: listing.isGit,
    config,
    catalog,
    units,
    fileCount: files.length,
    findings: sortFindings([...placeFindings(findings, config.units), ...scan.findings]),
    deleted: shownPaths(deleted),
    conflicted: shownPaths(conflicted),
  };
}

/** Paths git named, as reports show them: NFC, hidden characters visible, in order. */
function shownPaths(paths: string[]): string[] {
  return paths.map((path) => visibleText(nfc(path))).sort(compare);
}
