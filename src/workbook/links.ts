// Hyperlinks from a workbook to evidence: relative to the workbook's folder, never outside the repo.
import { isAbsolute, join, relative, sep } from 'node:path';

/** Characters kept as they are in a link target; everything else ASCII is percent-encoded. */
const keep = /[A-Za-z0-9\-._~!$&'()*+,;=:@]/;

/** A segment with nothing to encode (most: CJK names with dashes and dots) is returned as it is. */
const nothingToEncode = /^[A-Za-z0-9\-._~!$&'()*+,;=:@\u0080-\uffff]*$/;

function encodeSegment(segment: string): string {
  if (nothingToEncode.test(segment)) return segment;
  let out = '';
  for (const ch of segment) {
    if (keep.test(ch) || (ch.codePointAt(0) ?? 0) > 0x7f) out += ch;
    else
      out += [...Buffer.from(ch, 'utf8')]
        .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
        .join('');
  }
  return out;
}

/**
 * The link target for a repo path (POSIX, relative to the repo root) seen from `outDir`; undefined
 * when the path would leave the repo or no relative path exists (another drive on Windows).
 * Spaces, `#`, `%` and `?` are encoded so no reader takes them for a fragment or a query.
 */
export function evidenceLink(root: string, repoPath: string, outDir: string): string | undefined {
  const parts = repoPath.split('/');
  if (isAbsolute(repoPath) || parts.some((p) => p === '..' || p === '')) return undefined;
  const target = relative(outDir, join(root, ...parts));
  if (target === '' || isAbsolute(target)) return undefined;
  return target.split(sep).map(encodeSegment).join('/');
}

/** An empty, `.` or `..` segment, which `join` would fold away. */
const oddSegment = /(^|\/)(\.\.?)?(\/|$)/;

/**
 * `evidenceLink` for many paths from one repo to one folder: the way from `outDir` to each folder is
 * worked out once, then only file names are appended.
 */
export function evidenceLinker(root: string, outDir: string): (repoPath: string) => string | undefined {
  // Encoded way to each repo folder, or null when the fast path cannot be taken for files in it.
  const folders = new Map<string, string | null>();
  const folderLink = (dir: string): string | null => {
    let known = folders.get(dir);
    if (known === undefined) {
      const target = relative(outDir, join(root, ...dir.split('/')));
      // A folder on the way up from outDir could hold outDir itself in one of its children, and there
      // path.relative stops short: those paths take the plain way, as do other drives (absolute).
      const upOnly = target === '' || target.split(sep).every((p) => p === '..');
      known = upOnly || isAbsolute(target) ? null : target.split(sep).map(encodeSegment).join('/');
      folders.set(dir, known);
    }
    return known;
  };
  return (repoPath) => {
    const slash = repoPath.lastIndexOf('/');
    const name = repoPath.slice(slash + 1);
    const dir = slash < 0 ? '' : repoPath.slice(0, slash);
    // On Windows a backslash in a name is a separator too.
    const unusual =
      dir === '' ||
      name === '' ||
      name === '.' ||
      name === '..' ||
      isAbsolute(repoPath) ||
      name.includes(sep);
    const prefix = unusual || oddSegment.test(dir) ? null : folderLink(dir);
    if (prefix === null) return evidenceLink(root, repoPath, outDir);
    return `${prefix}/${encodeSegment(name)}`;
  };
}
