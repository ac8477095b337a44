// Read one sidecar holding `text`, as the scan reads it, and return its findings.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readEvent, readMeta } from '../../src/repo/sidecars.js';
import type { Finding } from '../../src/types.js';
import { makeRepo } from '../helpers/make-repo.js';

export function sidecarFindings(kind: 'meta' | 'event', text: string): Finding[] {
  const dir = makeRepo({ config: false });
  const path =
    kind === 'meta' ? '局机关党委/01/_meta.yaml' : '局机关党委/01/2020-03-01 党课材料 党课/_event.yaml';
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
  const findings: Finding[] = [];
  const where = { unit: 'jgdw', indicator: 1 };
  if (kind === 'meta') readMeta(dir, path, path, where, findings);
  else readEvent(dir, path, path, where, findings);
  return findings;
}
