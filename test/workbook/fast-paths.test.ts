// The per-row helpers take shortcuts for common text; they must answer as the plain definitions do.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charWidth } from '../../src/report/display-width.js';
import { FirstAddedParser, parseFirstAdded } from '../../src/workbook/first-added.js';
import { evidenceLink, evidenceLinker } from '../../src/workbook/links.js';
import { displayWidth, lineCount } from '../../src/workbook/text-layout.js';

const wide = new Set([0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);

/** The definition: every code point's width, curly quotes and dashes full-width. */
function plainWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    width += wide.has(cp) ? 2 : charWidth(cp);
  }
  return width;
}

/** The definition: keep unreserved ASCII and everything non-ASCII, percent-encode the rest as UTF-8. */
function plainEncode(segment: string): string {
  let out = '';
  for (const ch of segment) {
    if (/[A-Za-z0-9\-._~!$&'()*+,;=:@]/.test(ch) || (ch.codePointAt(0) ?? 0) > 0x7f) out += ch;
    else for (const b of Buffer.from(ch, 'utf8')) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('2020-03-17 通知 模范机关创建', '“党课”——第1次…', '😀𠀀a\u0301', 'a b#c%d?e', '\ud800x'),
);

describe('row helpers', () => {
  it('displayWidth counts as the plain definition does', () => {
    fc.assert(
      fc.property(text, (s) => displayWidth(s) === plainWidth(s)),
      { numRuns: 3000 },
    );
  });

  it('lineCount counts as measuring every paragraph does', () => {
    const plainLines = (s: string, width: number, size: number) => {
      const usable = Math.max(1, (width - 0.8) * (11 / size));
      return s
        .split('\n')
        .reduce((n, p) => n + (plainWidth(p) <= usable ? 1 : Math.ceil((plainWidth(p) * 1.06) / usable)), 0);
    };
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          text.map((s) => `${s}\n${s}`),
        ),
        fc.constantFrom(4.2, 5, 9, 11, 36),
        fc.constantFrom(10.5, 14, 16),
        (s, width, size) => lineCount(s, width, size) === plainLines(s, width, size),
      ),
      { numRuns: 3000 },
    );
  });

  it('evidenceLink encodes each segment as the plain definition does', () => {
    fc.assert(
      fc.property(text, (s) => {
        const name = s.replaceAll('/', '_');
        fc.pre(name !== '' && name !== '.' && name !== '..');
        const link = evidenceLink('/repo', `单位/${name}`, '/repo/汇编/2020Q3');
        expect(link).toBe(`../../单位/${plainEncode(name)}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('evidenceLinker links every path as evidenceLink does, wherever the workbooks go', () => {
    const root = join('/', 'repo');
    const segment = fc.oneof(
      fc.constantFrom('单位', '05 学习', '汇编', '2020Q3', 'a', '.', '..', '', 'x#1 100%.pdf', 'b\\c'),
      text.map((s) => s.replaceAll('/', '_')),
    );
    // Beside the repo, the usual 汇编/ folder, the root, and inside (or equal to) evidence folders.
    const outDirs = fc.constantFrom(
      join(root, '汇编', '2020Q3'),
      root,
      join(root, '单位'),
      join(root, '单位', '05 学习'),
      join(root, '单位', '05 学习', 'a'),
      join('/', 'elsewhere', 'books'),
    );
    fc.assert(
      fc.property(
        outDirs,
        fc.array(fc.array(segment, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        (out, paths) => {
          const linker = evidenceLinker(root, out);
          for (const parts of paths) {
            const path = parts.join('/');
            expect(linker(path), `${out} ${path}`).toBe(evidenceLink(root, path, out));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('parseFirstAdded keeps only the paths asked for, as filtering the whole map would', () => {
    const out = '\x002020-09-01\x00\na/new.pdf\x00a/b.pdf\x00\x002020-07-01\x00\na/b.pdf\x00a/c d.pdf\x00';
    const wanted = new Set(['a/b.pdf', 'a/c d.pdf', 'a/never.pdf']);
    const all = parseFirstAdded(out);
    expect(parseFirstAdded(out, wanted)).toEqual(new Map([...all].filter(([path]) => wanted.has(path))));
  });

  it('parseFirstAdded reads the bytes as splitting the decoded text would', () => {
    /** The definition: split the text on NUL; an empty token then a date starts a commit. */
    const plain = (text: string) => {
      const dates = new Map<string, string>();
      const tokens = text.split('\0');
      let date: string | undefined;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (token === '') {
          const next = tokens[i + 1];
          if (next !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(next)) {
            date = next;
            i++;
          }
          continue;
        }
        const path = token.replace(/^\n/, '').normalize('NFC');
        if (date && path) dates.set(path, date);
      }
      return dates;
    };
    const token = fc.oneof(
      fc.constantFrom('', '2020-07-01', '2020-09-01', '\n', '2020-7-01', '２０２０-07-01'),
      fc.string({ maxLength: 8 }),
      text.map((s) => s.replaceAll('\0', '')),
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (tokens, cuts) => {
          const output = tokens.join('\0');
          const bytes = Buffer.from(output, 'utf8');
          expect(parseFirstAdded(bytes)).toEqual(plain(bytes.toString()));
          // Fed in pieces cut anywhere (inside a path's UTF-8 too), as git's output arrives.
          const parser = new FirstAddedParser();
          let from = 0;
          for (const at of [...cuts.map((c) => c % (bytes.length + 1)), bytes.length].sort((a, b) => a - b)) {
            parser.push(bytes.subarray(from, at));
            from = at;
          }
          expect(parser.end()).toEqual(plain(bytes.toString()));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
