// A catalog for another year is a YAML file someone edits by hand: any edit of the shipped catalog
// gives a Catalog whose sums hold, or a known error with its line, never another exception.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { DangjianError, ProblemsError } from '../../src/errors.js';
import { tempDir } from '../helpers/make-repo.js';

const shipped = readFileSync(new URL('../../indicators/2020.yaml', import.meta.url), 'utf8').split('\n');

type Edit = { at: number; kind: 'delete' | 'duplicate' | 'value' | 'indent' | 'truncate'; token: string };

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat({ max: shipped.length - 1 }),
  kind: fc.constantFrom('delete', 'duplicate', 'value', 'indent', 'truncate'),
  token: fc.constantFrom(
    '0',
    '-1',
    '99',
    '1.5',
    '""',
    'null',
    '[]',
    '{}',
    '图片',
    '未知类型',
    '__proto__',
    'year',
    'quarter',
    '13-45',
    '02-30',
    '&a',
    '*a',
    'x: y',
  ),
});

function apply(lines: string[], edits: Edit[]): string {
  const out = [...lines];
  for (const e of edits) {
    const at = Math.min(e.at, out.length - 1);
    const line = out[at] ?? '';
    if (e.kind === 'delete') out.splice(at, 1);
    else if (e.kind === 'duplicate') out.splice(at, 0, line);
    else if (e.kind === 'indent') out[at] = ` ${line}`;
    else if (e.kind === 'truncate') out[at] = line.slice(0, Math.floor(line.length / 2));
    else
      out[at] = line.includes(':')
        ? `${line.slice(0, line.indexOf(':') + 1)} ${e.token}`
        : `${line} ${e.token}`;
  }
  return out.join('\n');
}

describe('catalog edits', () => {
  it('any edit of the shipped catalog: a Catalog that adds up, or a known error', () => {
    const dir = tempDir();
    const file = join(dir, '指标.yaml');
    let loaded = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        writeFileSync(file, apply(shipped, edits));
        try {
          const catalog = loadCatalog('指标.yaml', { baseDir: dir });
          loaded++;
          const points = catalog.indicators.reduce((sum, i) => sum + i.points, 0);
          expect(points).toBeCloseTo(catalog.declared.points, 6);
          expect(catalog.indicators).toHaveLength(catalog.declared.indicators);
          expect(new Set(catalog.indicators.map((i) => i.id)).size).toBe(catalog.indicators.length);
        } catch (error) {
          if (!(error instanceof DangjianError)) throw error;
          refused++;
          if (error instanceof ProblemsError)
            for (const p of error.problems) expect(p.file).toBe('指标.yaml');
        }
      }),
      { numRuns: 150 },
    );
    expect(loaded).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
