// Empty files are not evidence. In git a committed file's object id says whether it is empty, so
// only the files git does not vouch for (new, changed, outside git, reached through a symlink) are
// measured, once each, after status has said which files changed.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { EvidenceFile } from '../types.js';
import type { EntryState } from './build-events.js';
import { markChanged } from './git-files.js';
import type { ListedFile } from './list-files.js';

export interface Placed {
  file: EvidenceFile;
  state: EntryState;
}

export class EmptyEvidence {
  /** Committed files git knows to be empty: held out of their entries unless status says they changed. */
  private readonly held: Placed[] = [];
  /** Files in their entries whose size git does not vouch for. */
  private readonly unsure: Placed[] = [];

  /** Put `evidence` (listed as `file`) into its entry, unless git already knows it is empty. */
  add(state: EntryState, evidence: EvidenceFile, file: ListedFile): void {
    const known = file.committed === true && file.empty !== undefined;
    if (known && file.empty) {
      this.held.push({ file: evidence, state });
      return;
    }
    state.entry.files.push(evidence);
    if (!known) this.unsure.push({ file: evidence, state });
  }

  /** A file in its entry that status says differs from its commit: its size is git's word no more. */
  changed(file: EvidenceFile, state: EntryState): void {
    markChanged(file);
    this.unsure.push({ file, state });
  }

  /** Held files that status says changed: back into their entries, to be measured. */
  release(changed: Set<string>): void {
    for (let i = this.held.length - 1; i >= 0; i--) {
      const { file, state } = this.held[i]!;
      if (!changed.has(file.fsPath ?? file.path)) continue;
      state.entry.files.push(file);
      this.changed(file, state);
      this.held.splice(i, 1);
    }
  }

  /** Take the empty files out of their entries (one stat per unsure file); returns them all. */
  drop(root: string): Placed[] {
    const empty = this.held.slice();
    for (const item of this.unsure) {
      if (!isEmptyOnDisk(join(root, item.file.fsPath ?? item.file.path))) continue;
      const files = item.state.entry.files;
      const at = files.indexOf(item.file);
      if (at < 0) continue;
      files.splice(at, 1);
      empty.push(item);
    }
    return empty;
  }
}

/** A regular file of 0 bytes; a file gone since it was listed is not reported here. */
function isEmptyOnDisk(abs: string): boolean {
  try {
    const stat = statSync(abs);
    return stat.isFile() && stat.size === 0;
  } catch {
    return false;
  }
}
