// The one call commands make: find the repo, load its config and catalog, scan it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findRepoRoot, missingConfig } from '../config/find-root.js';
import { DangjianError } from '../errors.js';
import type { RepoScan } from '../types.js';
import type { BlobOption } from './git-files.js';
import { listFiles } from './list-files.js';

/** `dir` may be the repo root or any folder inside it; without dangjian.yaml above it, a clear error. */
export async function loadRepo(dir: string, options: BlobOption = {}): Promise<RepoScan> {
  const start = resolve(dir);
  // A mistyped folder must not silently lint the repo around it.
  if (!existsSync(start)) throw new DangjianError('repo/no-such-dir', { dir: start });
  const root = findRepoRoot(start);
  if (!root) throw missingConfig(start);
  // git lists a big tree in a few hundred ms, in other processes: let it run while the YAML and
  // schema code loads and the config and catalog are read here.
  const listing = listFiles(root, options);
  listing.catch(() => {});
  const [{ loadConfig }, { loadCatalog }, { scanRepo }] = await Promise.all([
    import('../config/load-config.js'),
    import('../catalog/load-catalog.js'),
    import('./scan-repo.js'),
  ]);
  const config = loadConfig(root);
  const catalog = loadCatalog(config.catalog, { baseDir: root });
  return scanRepo(root, { config, catalog, listing });
}
