// A floor for lint and check, run in the organisation's repo: node starts, reads git's index with
// the same reader the scan uses, and groups the paths into dated entries with one small object per
// file. No config, no name rules, no sidecars, no scoring, no output: whatever lint and check do
// beyond this is their own work. Exits 1 if the index cannot be read this way.
import { readIndexFile } from '../dist/repo/git-index.js';

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
    found = { path: key, date: path.slice(indicator + 1, indicator + 11), files: [] };
    entries.set(key, found);
  }
  found.files.push({ path, kind: '', lfs: false, committed: file.committed });
}
if (entries.size === 0) process.exit(1);
