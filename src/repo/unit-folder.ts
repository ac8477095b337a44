// A unit folder as it is spelt on disk, found from dangjian.yaml's `dir`: in another Unicode form
// (NFD, as macOS stores names) or, on a case-insensitive disk, in other letter case.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { windowsKey } from '../config/load-config.js';

/**
 * `dir`'s folders one by one, each matched by its NFC form, else by letter case alone (as Windows
 * would); the spelling found (NFC, POSIX), or undefined when some folder on the way is not there.
 */
export function unitFolderOnDisk(root: string, dir: string): string | undefined {
  let current = root;
  const spelt: string[] = [];
  for (const part of dir.split('/')) {
    let names: string[];
    try {
      names = readdirSync(current);
    } catch {
      return undefined;
    }
    const key = windowsKey(part);
    const match = names.find((n) => n.normalize('NFC') === part) ?? names.find((n) => windowsKey(n) === key);
    if (match === undefined) return undefined;
    spelt.push(match.normalize('NFC'));
    current = join(current, match);
  }
  return spelt.join('/');
}

/**
 * Whether a unit folder is there: an empty one in NFD (macOS) is; `dir: Zhibu` with the folder on
 * disk called `zhibu` is not (one folder to Windows, none to git), and `otherCase` names it.
 */
export function unitFolderState(root: string, dir: string): { exists: boolean; otherCase?: string } {
  if (dir === '') return { exists: true };
  const onDisk = unitFolderOnDisk(root, dir);
  if (onDisk === undefined) return { exists: false };
  return onDisk === dir ? { exists: true } : { exists: false, otherCase: onDisk };
}
