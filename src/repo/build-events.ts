// Group dated entries into events: everything in one indicator folder dated the same day is one event.

import { compare, sortInPlace } from '../order.js';
import type { Catalog, Config, EvidenceEntry, EvidenceEvent, Finding, UnitConfig } from '../types.js';
import { readEvent } from './sidecars.js';

export interface EntryState {
  unit: UnitConfig;
  indicator: number;
  entry: EvidenceEntry;
  /** The event folder's `_event.yaml`, if any. */
  sidecar?: { path: string; fsPath: string };
}

interface Context {
  root: string;
  config: Config;
  known: Set<number>;
  findings: Finding[];
  /** Indicator id → kind → the rules asking for it, each as the kinds any one of which it takes. */
  asked: Map<number, Map<string, string[][]>>;
}

/** Events keyed by `unit\0indicator`, each list sorted by date, from the entries grouped the same way by day. */
export function buildEvents(
  days: Map<string, Map<string, EntryState[]>>,
  ctx: Context,
): Map<string, EvidenceEvent[]> {
  const out = new Map<string, EvidenceEvent[]>();
  // forEach rather than for…of over entries: no [key, value] pair made per day.
  days.forEach((byDate, key) => {
    const events: EvidenceEvent[] = [];
    byDate.forEach((states, date) => {
      // An event folder with nothing inside carries no evidence.
      const group = states.length === 1 ? states : states.filter((s) => s.entry.files.length > 0);
      const first = group[0];
      if (first === undefined || first.entry.files.length === 0) return;
      const entries = group.map((s) => s.entry);
      if (entries.length > 1) sortInPlace(entries, pathOrder);
      const kinds = kindsOf(entries);
      const asked = ctx.asked.get(first.indicator);
      for (const entry of entries) {
        // `2020-01-15 学习记录 …/` holding only photos, where a rule counts 学习记录: the photos are
        // 图片, and no 学习记录 is there, so the event does not count for the rule its name is for.
        if (!entry.isFolder) continue;
        const groups = asked?.get(entry.kind);
        if (groups === undefined || kinds.includes(entry.kind)) continue;
        if (groups.some((group) => !group.some((k) => kinds.includes(k)))) {
          ctx.findings.push({
            severity: 'warning',
            code: 'event/kind-not-carried',
            unit: first.unit.id,
            indicator: first.indicator,
            path: entry.path,
            data: { kind: entry.kind, kinds: kinds.join('、') },
          });
        }
      }
      events.push({
        unit: first.unit.id,
        indicator: first.indicator,
        date,
        entries,
        kinds,
        alsoCountsFor: group.some((s) => s.sidecar) ? alsoCountsFor(group, ctx) : [],
      });
    });
    if (events.length === 0) return;
    sortInPlace(events, dateOrder);
    out.set(key, events);
  });
  return out;
}

/** The kinds of an event's files, in code-point order; sorts each entry's files on the way. */
function kindsOf(entries: EvidenceEntry[]): string[] {
  // Few kinds to an event (most have one): kept in order as they turn up, no set and no sort.
  const kinds: string[] = [];
  for (const entry of entries) {
    sortInPlace(entry.files, pathOrder);
    for (const { kind } of entry.files) {
      if (kind && kind !== kinds[0]) insertOnce(kinds, kind);
    }
  }
  return kinds;
}

function insertOnce(sorted: string[], item: string): void {
  let at = sorted.length;
  while (at > 0 && compare(sorted[at - 1]!, item) > 0) at--;
  if (sorted[at - 1] !== item) sorted.splice(at, 0, item);
}

/** 同时计入 from the event's sidecars: only indicators in the catalog that the unit owes. */
function alsoCountsFor(group: EntryState[], ctx: Context): number[] {
  const ids = new Set<number>();
  for (const state of group) {
    if (!state.sidecar) continue;
    const { path, fsPath } = state.sidecar;
    const where = { unit: state.unit.id, indicator: state.indicator };
    const sidecar = readEvent(ctx.root, fsPath, path, where, ctx.findings);
    const owed = new Set(ctx.config.responsibilities[state.unit.id] ?? []);
    for (const id of sidecar.alsoCountsFor) {
      if (id === state.indicator) continue;
      const at = { ...where, path, line: sidecar.line, column: sidecar.column };
      if (!ctx.known.has(id)) {
        ctx.findings.push({
          severity: 'error',
          code: 'event/unknown-indicator',
          ...at,
          data: { number: id, max: Math.max(...ctx.known) },
        });
      } else if (!owed.has(id)) {
        ctx.findings.push({ severity: 'warning', code: 'event/not-owed', ...at, data: { number: id } });
      } else {
        ids.add(id);
      }
    }
  }
  return [...ids].sort((a, b) => a - b);
}

const pathOrder = (a: { path: string }, b: { path: string }) => compare(a.path, b.path);
const dateOrder = (a: { date: string }, b: { date: string }) => compare(a.date, b.date);

/**
 * Indicator id → kind → the rules asking for it (require, minEvents, due), each as the kinds any
 * one of which it takes.
 */
export function askedKinds(catalog: Catalog): Map<number, Map<string, string[][]>> {
  const asked = new Map<number, Map<string, string[][]>>();
  for (const indicator of catalog.indicators) {
    const byKind = new Map<string, string[][]>();
    for (const rule of indicator.rules) {
      const group = rule.type === 'require' ? rule.kinds : rule.kind ? [rule.kind] : [];
      for (const kind of group) byKind.set(kind, [...(byKind.get(kind) ?? []), group]);
    }
    asked.set(indicator.id, byKind);
  }
  return asked;
}
