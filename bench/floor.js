// Floors for lint and check, run in the organisation's repo (`node bench/floor.js [index|all]`).
// `index`: node starts, reads git's index with the scan's own reader and makes one object per file,
// grouped into dated entries; nothing else. `all` adds, one stage at a time and each timed, the reads
// and parses no scan can skip: every entry's name, dangjian.yaml and the catalog, every sidecar. It
// prints the stages' times as JSON. Exits 1 if the index cannot be read this way.
import { readIndexFile } from '../dist/repo/git-index.js';

const level = process.argv[2] ?? 'index';
const times = {};
let last = performance.now();
const lap = (name) => {
  const now = performance.now();
  times[name] = Math.round(now - last);
  last = now;
};

const files = readIndexFile('.git/index', '', 'sha1', false);
if (!files) process.exit(1);
const entries = new Map();
for (const file of files) {
  const path = file.path;
  const unit = path.indexOf('/');
  const indicator = path.indexOf('/', unit + 1);
  const entry = path.indexOf('/', indicator + 1);
  const key = entry < 0 ? path : path.slice(0, entry);
  let found = entries.get(key);
  if (!found) {
    found = { path: key, name: key.slice(indicator + 1), files: [] };
    entries.set(key, found);
  }
  found.files.push({ path, kind: '', lfs: false, committed: file.committed });
}
if (entries.size === 0) process.exit(1);
lap('index');

if (level === 'all') {
  // Loaded here, so the `index` floor pays nothing for them; loading is not timed.
  const [{ loadConfig }, { loadCatalog }, { createKindResolver }, { parseEvidenceName }, sidecars] =
    await Promise.all([
      import('../dist/config/load-config.js'),
      import('../dist/catalog/load-catalog.js'),
      import('../dist/catalog/kinds.js'),
      import('../dist/repo/parse-evidence-name.js'),
      import('../dist/repo/sidecars.js'),
    ]);
  last = performance.now();
  const config = loadConfig('.');
  const catalog = loadCatalog(config.catalog, { baseDir: '.' });
  lap('config');
  const resolve = createKindResolver(catalog.kinds);
  let named = 0;
  for (const entry of entries.values()) {
    const folder = entry.files.length > 1 || entry.files[0].path !== entry.path;
    if (!('problem' in parseEvidenceName(entry.name, resolve, { folder }))) named++;
  }
  if (named === 0) process.exit(1);
  lap('names');
  const findings = [];
  const where = { unit: '', indicator: 0 };
  for (const file of files) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    if (sidecars.META_NAMES.has(name)) sidecars.readMeta('.', file.fsPath, file.path, where, findings);
    else if (sidecars.EVENT_NAMES.has(name)) sidecars.readEvent('.', file.fsPath, file.path, where, findings);
  }
  lap('sidecars');
  process.stdout.write(`${JSON.stringify(times)}\n`);
}
