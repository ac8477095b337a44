// Properties over arbitrary input: the name parser, the config loader and the scorer never throw
// anything but a known error, and scores stay within their bounds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createKindResolver } from '../../src/catalog/kinds.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { bindConfig, loadConfig } from '../../src/config/load-config.js';
import { isIsoDate } from '../../src/dates/calendar.js';
import { DangjianError } from '../../src/errors.js';
import { parseEvidenceName } from '../../src/repo/parse-evidence-name.js';
import { evaluate, evaluateMonthEnds } from '../../src/score/index.js';
import type { Config, EvidenceEvent, ScoringConfig, UnitEvidence } from '../../src/types.js';
import { tempDir } from '../helpers/make-repo.js';

const catalog = loadCatalog('2020', { baseDir: process.cwd() });
const resolveKind = createKindResolver(catalog.kinds);
const kindWords = catalog.kinds.flatMap((k) => [k.id, ...k.synonyms, ...k.compounds]);
const RUNS = { numRuns: 300 };

describe('file-name parser', () => {
  const piece = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom(...kindWords),
    fc.constantFrom(' ', '_', '-', '.', '\u3000', '\t', '\n', '年', '月', '日', '.pdf', '.JPG', '/'),
    fc.integer({ min: 0, max: 99_999_999 }).map(String),
    fc
      .tuple(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 33 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  );
  const name = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));

  it('never throws; a parsed date is always a real calendar date; a problem is one of four codes', () => {
    fc.assert(
      fc.property(name, fc.boolean(), (text, folder) => {
        const parsed = parseEvidenceName(text, resolveKind, { folder });
        if ('problem' in parsed) {
          expect(['name/no-date', 'name/bad-date', 'name/no-kind', 'name/unknown-kind']).toContain(
            parsed.problem,
          );
          if (parsed.suggestion !== undefined) expect(isIsoDate(parsed.suggestion)).toBe(true);
        } else {
          expect(isIsoDate(parsed.date)).toBe(true);
          expect(resolveKind(parsed.word)).toBe(parsed.kind);
          expect(parsed.title).toBe(parsed.title.trim());
        }
      }),
      RUNS,
    );
  });

  it('a canonical name reads back as written', () => {
    const date = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const title = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
      .filter(
        (t) =>
          /^[^\s\u3000_\-./\\]/.test(t) &&
          !/[\s\u3000_-]$/.test(t) &&
          !/\s\s/.test(t) &&
          !/[\t\n\r]/.test(t) &&
          t === t.normalize('NFC'),
      );
    fc.assert(
      fc.property(
        date,
        fc.constantFrom(...catalog.kinds.map((k) => k.id)),
        title,
        fc.constantFrom(' ', '_', '-'),
        (d, kind, t, sep) => {
          const parsed = parseEvidenceName(`${d}${sep}${kind}${sep}${t}.pdf`, resolveKind);
          expect(parsed).toMatchObject({ date: d, kind, ext: 'pdf' });
        },
      ),
      RUNS,
    );
  });
});

describe('config loader', () => {
  const scalar = fc.oneof(
    fc.string({ maxLength: 10 }),
    fc.integer(),
    fc.double(),
    fc.constantFrom(
      'null',
      '~',
      'true',
      'no',
      '2020',
      '2020-01-01',
      '.inf',
      '0x1F',
      '"',
      "'",
      '[',
      '{',
      '&a',
      '*a',
      '!!binary',
      '!!js/function',
      '<<',
    ),
  );
  const key = fc.oneof(
    fc.constantFrom(
      'org',
      'year',
      'catalog',
      'units',
      'responsibilities',
      'scoring',
      'id',
      'name',
      'dir',
      'level',
      'step',
      'partial',
      'rollup',
    ),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '<<', '? a', '- b'),
    fc.string({ maxLength: 8 }),
  );
  const line = fc
    .tuple(
      fc.constantFrom('', '  ', '    ', '\t', '- ', '  - '),
      key,
      fc.constantFrom(': ', ':', ' : ', ''),
      scalar,
    )
    .map((parts) => parts.join(''));
  const valid = fc
    .record({
      org: fc.string({ minLength: 1, maxLength: 6 }),
      units: fc.uniqueArray(
        fc.constantFrom('jgdw', 'zb1', 'constructor', '__proto__', 'toString', 'hasOwnProperty'),
        { minLength: 1, maxLength: 4 },
      ),
      owes: fc.array(fc.constantFrom('1-39', '1', '39', '5-7', '40', '0'), { maxLength: 3 }),
    })
    .map(
      ({ org, units, owes }) =>
        `${stringify({ org, year: 2020, catalog: 2020 })}units:\n${units.map((id, i) => `  - { id: ${JSON.stringify(id)}, name: 单位${i}, dir: 单位${i}, level: branch }`).join('\n')}\n` +
        (owes.length ? `responsibilities:\n  ${JSON.stringify(units[0])}: [${owes.join(', ')}]\n` : ''),
    );
  const yamlish = fc.oneof(
    valid,
    fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n')),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.anything().map((v) => stringify(v) ?? ''),
    fc
      .record(
        {
          org: scalar,
          year: fc.oneof(fc.integer({ min: 1990, max: 2110 }), scalar),
          catalog: fc.oneof(fc.constant(2020), scalar),
          units: fc.array(
            fc.record(
              {
                id: fc.oneof(key, scalar),
                name: scalar,
                dir: fc.oneof(key, scalar, fc.constantFrom('../x', '/etc', 'a/b', '.', '汇编')),
                level: fc.constantFrom('org', 'branch', 'general', 'x'),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 4 },
          ),
          responsibilities: fc.dictionary(
            key,
            fc.oneof(
              scalar,
              fc.array(
                fc.oneof(
                  fc.integer({ min: -5, max: 45 }),
                  fc.constantFrom('1-39', '39-1', '1-999999999', '3～5', 'x'),
                ),
              ),
            ),
          ),
          scoring: fc.record(
            { partial: scalar, step: fc.oneof(fc.double(), scalar), rollup: scalar },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      )
      .map((v) => stringify(v)),
  );

  it('arbitrary YAML-ish text gives a Config or a known error, never another exception', () => {
    const dir = tempDir();
    const file = join(dir, 'dangjian.yaml');
    let configs = 0;
    fc.assert(
      fc.property(yamlish, (text) => {
        writeFileSync(file, text);
        let config: Config;
        try {
          config = bindConfig(loadConfig(dir), catalog);
        } catch (error) {
          if (!(error instanceof DangjianError)) throw error;
          expect(error.exitCode).toBe(2);
          return;
        }
        configs++;
        expect(Number.isInteger(config.year)).toBe(true);
        for (const unit of config.units) {
          expect(Array.isArray(config.responsibilities[unit.id])).toBe(true);
          expect(unit.dir.startsWith('/') || unit.dir.split('/').includes('..')).toBe(false);
        }
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      }),
      { numRuns: 400 },
    );
    expect(configs).toBeGreaterThan(0);
  });
});

describe('scorer', () => {
  const ids = catalog.indicators.map((i) => i.id);
  const units = ['jgdw', 'zb1', 'constructor'].map((id, i) => ({
    id,
    name: `单位${i}`,
    dir: `单位${i}`,
    level: (i === 0 ? 'org' : 'branch') as 'org' | 'branch',
  }));
  const day = fc
    .integer({ min: 0, max: 365 })
    .map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
  const event = fc.record({
    unit: fc.integer({ min: 0, max: 2 }),
    indicator: fc.constantFrom(...ids),
    date: day,
    kinds: fc.subarray(
      catalog.kinds.map((k) => k.id),
      { minLength: 1, maxLength: 3 },
    ),
    also: fc.subarray(ids, { maxLength: 3 }),
  });
  const scoring = fc.record({
    partial: fc.constantFrom('proportional', 'all-or-nothing'),
    step: fc.oneof(
      fc.constantFrom(0.1, 0.25, 0.3, 0.5, 1, 2, 7),
      fc.double({ min: 0.001, max: 10, noNaN: true }),
    ),
    rollup: fc.constantFrom('mean', 'min'),
  }) as fc.Arbitrary<ScoringConfig>;
  const owed = fc.option(fc.subarray(ids), { nil: undefined });

  it('never throws; every score is within 0..max, sums add up, the org stays within the catalog total', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 60 }),
        fc.subarray(ids, { maxLength: 5 }),
        scoring,
        fc.tuple(owed, owed, owed),
        day,
        (events, na, s, owes, asOf) => {
          const responsibilities: Record<string, number[]> = {};
          units.forEach((u, i) => {
            responsibilities[u.id] = (owes[i] ?? ids).slice().sort((a, b) => a - b);
          });
          const config: Config = {
            file: 'dangjian.yaml',
            org: '机关党委',
            year: 2020,
            catalog: '2020',
            units,
            responsibilities,
            scoring: s,
          };
          const evidence: UnitEvidence[] = units.map((unit, u) => ({
            unit,
            exists: true,
            indicators: ids.map((id) => ({
              id,
              dir: `${unit.dir}/${id}`,
              meta: na.includes(id) && u === 1 ? { notApplicable: '不涉及' } : {},
              events: events
                .filter((e) => e.unit === u && e.indicator === id)
                .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
                .map(
                  (e): EvidenceEvent => ({
                    unit: unit.id,
                    indicator: id,
                    date: e.date,
                    entries: [],
                    kinds: [...e.kinds].sort(),
                    alsoCountsFor: [...new Set(e.also.filter((a) => a !== id))].sort((a, b) => a - b),
                  }),
                ),
            })),
          }));
          const result = evaluate({ config, catalog, units: evidence }, asOf);
          const eps = 1e-9;
          for (const unit of result.units) {
            let total = 0;
            let max = 0;
            for (const ind of unit.indicators) {
              expect(ind.score).toBeGreaterThanOrEqual(0);
              expect(ind.score).toBeLessThanOrEqual(ind.max + eps);
              expect(Number.isFinite(ind.score)).toBe(true);
              if (ind.status === 'na') expect(ind.max).toBe(0);
              total += ind.score;
              max += ind.max;
            }
            expect(Math.abs(unit.score.total - total)).toBeLessThan(1e-6);
            expect(Math.abs(unit.score.max - max)).toBeLessThan(1e-6);
            expect(unit.score.total).toBeLessThanOrEqual(unit.score.max + eps);
          }
          expect(result.score.total).toBeGreaterThanOrEqual(0);
          expect(result.score.total).toBeLessThanOrEqual(result.score.max + eps);
          expect(result.score.max).toBeLessThanOrEqual(catalog.declared.points + eps);
          const trend = evaluateMonthEnds({ config, catalog, units: evidence }, 2020, asOf);
          expect(trend).toBeDefined();
        },
      ),
      { numRuns: 150 },
    );
  });
});
