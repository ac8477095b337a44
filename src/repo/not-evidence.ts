// Files that are never evidence, whatever their names say: a Windows shortcut (or internet shortcut)
// only points at a file elsewhere, a temporary or half-downloaded file is not the document yet, and
// a sidecar under a near name (`_event.yaml.txt`: Notepad adds .txt, Explorer hides it) is not read.
import type { Finding } from '../types.js';

/** Shortcuts, and files still being written or downloaded (by the extension after the last dot). */
const NOT_EVIDENCE = /\.(lnk|url|tmp|crdownload|part|partial|download)$/i;
/** A sidecar's name with the wrong case, a missing underscore, spaces or an extension too many. */
const SIDECAR_LIKE = /^_?\s*(event|meta)\s*\.\s*ya?ml(?:\s*\.(?:txt|ya?ml))*\s*$/i;

/** The finding for a file name that is never evidence, or undefined (runs on every evidence file). */
export function notEvidence(name: string): { code: string; data: Finding['data'] } | undefined {
  // Sidecar-like names start with `_`, `e` or `m`.
  const first = name.charCodeAt(0) | 0x20;
  if (first === 0x7f || first === 0x65 || first === 0x6d) {
    const sidecar = SIDECAR_LIKE.exec(name.normalize('NFC'));
    if (sidecar)
      return { code: 'sidecar/misnamed', data: { name, want: `_${sidecar[1]!.toLowerCase()}.yaml` } };
  }
  // Every such extension ends in d, k, l, p or t (pdf, jpg and docx do not): most names stop here.
  const last = name.charCodeAt(name.length - 1) | 0x20;
  if (last !== 0x64 && last !== 0x6b && last !== 0x6c && last !== 0x70 && last !== 0x74) return undefined;
  const match = NOT_EVIDENCE.exec(name);
  if (!match) return undefined;
  const ext = match[1]!.toLowerCase();
  return { code: ext === 'lnk' || ext === 'url' ? 'file/shortcut' : 'file/incomplete', data: { name, ext } };
}
