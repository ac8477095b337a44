// Turn a schema-valid catalog document into a Catalog, proving what the schema cannot:
// declared totals, unique ids, unique kind words, and rules that name known kinds.
import { didYouMean } from '../did-you-mean.js';
import { type Problem, ProblemsError } from '../errors.js';
import type {
  Catalog,
  Category,
  Indicator,
  IndicatorType,
  KindDef,
  Period,
  Rule,
  Section,
} from '../types.js';
import { locate, type YamlSource } from '../validate/yaml-source.js';
import { exactKind, kindWords } from './kinds.js';

type Path = (string | number)[];

interface RawDeclared {
  indicators: number;
  points: number;
}
interface RawRule {
  require?: string | { anyOf: string[] };
  minEvents?: { count: number; per: Period; kind?: string };
  due?: { by: string; kind?: string };
}
interface RawIndicator {
  id: number;
  title: string;
  type?: IndicatorType;
  veto?: boolean;
  points: number;
  text: string;
  evidence: string;
  guidance: string;
  note?: string;
  rules: RawRule[];
}
interface RawCategory {
  name: string;
  declared: RawDeclared;
  inferred?: boolean;
  note?: string;
  indicators: RawIndicator[];
}
interface RawSection {
  name: string;
  declared: RawDeclared;
  categories: RawCategory[];
}
interface RawKind {
  id: string;
  synonyms?: string[];
  compounds?: string[];
  extensions?: string[];
}
interface RawCatalog {
  id: string;
  title: string;
  year?: number;
  declared: RawDeclared;
  kinds: RawKind[];
  sections: RawSection[];
}

/** Build the catalog from `source.value` (already valid against catalog.schema.json). */
export function buildCatalog(source: YamlSource): Catalog {
  const raw = source.value as RawCatalog;
  const problems: Problem[] = [];
  const at = (path: Path, key = false) => ({ file: source.file, ...locate(source, path, key) });

  const kinds = buildKinds(raw.kinds, at, problems);
  const sections: Section[] = [];
  const categories: Category[] = [];
  const indicators: Indicator[] = [];
  const firstLine = new Map<number, number>();

  raw.sections.forEach((rawSection, s) => {
    sections.push({ name: rawSection.name, declared: { ...rawSection.declared } });
    rawSection.categories.forEach((rawCategory, c) => {
      const index = categories.length + 1;
      const category: Category = {
        index,
        name: rawCategory.name,
        section: rawSection.name,
        declared: { ...rawCategory.declared },
        inferred: rawCategory.inferred === true,
        ...(rawCategory.note !== undefined && { note: rawCategory.note }),
        indicators: rawCategory.indicators.map((i) => i.id),
      };
      categories.push(category);
      rawCategory.indicators.forEach((rawIndicator, i) => {
        const path: Path = ['sections', s, 'categories', c, 'indicators', i];
        const seen = firstLine.get(rawIndicator.id);
        const here = at([...path, 'id']);
        if (seen !== undefined) {
          problems.push({
            ...here,
            code: 'catalog/duplicate-id',
            data: { id: rawIndicator.id, firstLine: seen },
          });
        } else {
          firstLine.set(rawIndicator.id, here.line);
        }
        const rules = rawIndicator.rules.map((r, k) =>
          buildRule(r, [...path, 'rules', k], kinds, at, problems),
        );
        indicators.push({
          id: rawIndicator.id,
          title: rawIndicator.title,
          section: rawSection.name,
          category: rawCategory.name,
          categoryIndex: index,
          type: rawIndicator.type ?? 'standard',
          veto: rawIndicator.veto === true,
          points: rawIndicator.points,
          text: rawIndicator.text,
          evidence: rawIndicator.evidence,
          guidance: rawIndicator.guidance,
          ...(rawIndicator.note !== undefined && { note: rawIndicator.note }),
          rules,
        });
      });
      const categoryPath: Path = ['sections', s, 'categories', c, 'declared'];
      problems.push(
        ...checkSum(
          rawCategory.indicators,
          rawCategory.declared,
          'category',
          rawCategory.name,
          at,
          categoryPath,
        ),
      );
    });
    const inSection = rawSection.categories.flatMap((c) => c.indicators);
    const sectionPath: Path = ['sections', s, 'declared'];
    problems.push(...checkSum(inSection, rawSection.declared, 'section', rawSection.name, at, sectionPath));
  });
  // The catalog's own total is the base score: bonus and deduction items sit on top of it.
  const standard = raw.sections.flatMap((s) => s.categories.flatMap((c) => c.indicators)).filter(isStandard);
  problems.push(...checkSum(standard, raw.declared, 'catalog', raw.title, at, ['declared']));

  if (problems.length > 0) throw new ProblemsError(sortProblems(problems));
  return {
    id: raw.id,
    title: raw.title,
    ...(raw.year !== undefined && { year: raw.year }),
    file: source.file,
    declared: { ...raw.declared },
    sections,
    categories,
    indicators: indicators.sort((a, b) => a.id - b.id),
    kinds,
  };
}

function isStandard(i: RawIndicator): boolean {
  return (i.type ?? 'standard') === 'standard';
}

type At = (path: Path, key?: boolean) => { file: string; line: number; column: number };

function checkSum(
  items: RawIndicator[],
  declared: RawDeclared,
  scope: 'catalog' | 'section' | 'category',
  name: string,
  at: At,
  path: Path,
): Problem[] {
  const problems: Problem[] = [];
  const points = round(items.reduce((sum, i) => sum + i.points, 0));
  if (items.length !== declared.indicators) {
    problems.push({
      ...at([...path, 'indicators']),
      code: 'catalog/sum-mismatch',
      data: { scope, name, what: 'indicators', declared: declared.indicators, actual: items.length },
    });
  }
  if (points !== round(declared.points)) {
    problems.push({
      ...at([...path, 'points']),
      code: 'catalog/sum-mismatch',
      data: { scope, name, what: 'points', declared: declared.points, actual: points },
    });
  }
  return problems;
}

/** Points like 0.5 must add up exactly, not to 12.999999. */
function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function buildKinds(raw: RawKind[], at: At, problems: Problem[]): KindDef[] {
  const owner = new Map<string, string>();
  const kinds: KindDef[] = raw.map((k) => ({
    id: k.id,
    synonyms: k.synonyms ?? [],
    compounds: k.compounds ?? [],
    extensions: (k.extensions ?? []).map((e) => e.toLowerCase()),
  }));
  raw.forEach((k, i) => {
    const words: [string, Path][] = [
      [k.id, ['kinds', i, 'id']],
      ...(k.synonyms ?? []).map((w, j): [string, Path] => [w, ['kinds', i, 'synonyms', j]]),
      ...(k.compounds ?? []).map((w, j): [string, Path] => [w, ['kinds', i, 'compounds', j]]),
    ];
    for (const [word, path] of words) {
      const key = word.normalize('NFC');
      const other = owner.get(key);
      if (other !== undefined) {
        problems.push({
          ...at(path),
          code: 'catalog/duplicate-kind-word',
          data: { word, kind: k.id, other },
        });
      } else {
        owner.set(key, k.id);
      }
    }
  });
  return kinds;
}

function buildRule(raw: RawRule, path: Path, kinds: KindDef[], at: At, problems: Problem[]): Rule {
  // A rule may name a kind by any of its exact words; it is stored by the kind's id.
  const kind = (word: string, wordPath: Path): string => {
    const id = exactKind(kinds, word);
    if (id !== undefined) return id;
    problems.push({
      ...at(wordPath),
      code: 'catalog/unknown-kind',
      data: { kind: word, suggestion: didYouMean(word, kindWords(kinds)) },
    });
    return word;
  };
  if (raw.require !== undefined) {
    if (typeof raw.require === 'string') {
      return { type: 'require', kinds: [kind(raw.require, [...path, 'require'])] };
    }
    return {
      type: 'require',
      kinds: raw.require.anyOf.map((w, j) => kind(w, [...path, 'require', 'anyOf', j])),
    };
  }
  if (raw.minEvents !== undefined) {
    const m = raw.minEvents;
    return {
      type: 'minEvents',
      count: m.count,
      per: m.per,
      ...(m.kind !== undefined && { kind: kind(m.kind, [...path, 'minEvents', 'kind']) }),
    };
  }
  const due = raw.due!;
  const [month, day] = due.by.split('-').map(Number) as [number, number];
  // 02-29 is allowed: it simply means the last day of February in a common year.
  if (day > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!) {
    problems.push({ ...at([...path, 'due', 'by']), code: 'catalog/bad-due', data: { by: due.by } });
  }
  return {
    type: 'due',
    by: due.by,
    ...(due.kind !== undefined && { kind: kind(due.kind, [...path, 'due', 'kind']) }),
  };
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
