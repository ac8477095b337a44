// Which events count for an indicator of a unit: filed in its folder, or filed elsewhere and marked
// 同时计入 for it. Only events dated inside the year and on or before the as-of date count.
import { yearEnd, yearStart } from '../dates/calendar.js';
import { compare, sortInPlace } from '../order.js';
import type { EvidenceEvent, IsoDate, UnitEvidence } from '../types.js';

const byDate = (a: EvidenceEvent, b: EvidenceEvent) => compare(a.date, b.date);

/** Index a unit's events by every indicator they count for, so each lookup is O(1). */
export function eventsByIndicator(
  unit: UnitEvidence,
  year: number,
  asOf: IsoDate,
): Map<number, EvidenceEvent[]> {
  const from = yearStart(year);
  const to = asOf < yearEnd(year) ? asOf : yearEnd(year);
  const byIndicator = new Map<number, EvidenceEvent[]>();
  const add = (id: number, event: EvidenceEvent) => {
    const list = byIndicator.get(id);
    if (list) {
      if (!list.includes(event)) list.push(event);
    } else byIndicator.set(id, [event]);
  };
  for (const indicator of unit.indicators) {
    for (const event of indicator.events) {
      if (event.date < from || event.date > to) continue;
      add(indicator.id, event);
      for (const other of event.alsoCountsFor) add(other, event);
    }
  }
  for (const list of byIndicator.values()) sortInPlace(list, byDate);
  return byIndicator;
}

/** An event carries `kind` when any of its files does; no kind means any event. */
export function carries(event: EvidenceEvent, kind: string | undefined): boolean {
  return kind === undefined || event.kinds.includes(kind);
}
