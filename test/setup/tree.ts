// Test helpers for init/add: temp folders and a fingerprint of a whole tree (paths, types, bytes).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

export function tempDir(prefix = 'dangjian-setup-'): string {
  return realpathSync(mkdtempSync(join(os.tmpdir(), prefix)));
}

/** Every entry under `root` (except .git) with its bytes: equal hashes mean nothing changed. */
export function treeHash(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string, rel: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (e.name === '.git') continue;
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        hash.update(`d ${path}\n`);
        walk(join(dir, e.name), path);
      } else {
        hash.update(`f ${path}\n`);
        hash.update(readFileSync(join(dir, e.name)));
      }
    }
  };
  walk(root, '');
  return hash.digest('hex');
}

/** Relative paths of every file under `root` (except .git), sorted. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(dir, e.name), path);
      else out.push(path);
    }
  };
  walk(root, '');
  return out.sort();
}

/** A one-unit repo made by init (`台账`), and beside it a folder of sources (`扫描`) holding `files`. */
export async function repoWithSources(files: Record<string, string>) {
  const base = tempDir();
  const root = join(base, '台账');
  const init = await runCli(['init', root, '--org', '某局机关党委', '--unit', '第一党支部']);
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  const src = join(base, '扫描');
  mkdirSync(src);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(src, name), text);
  return { base, root, src };
}
