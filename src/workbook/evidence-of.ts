// Which events count for an indicator, and which of them fall in the quarter. Pure, over RepoScan data.
import { nfc } from '../repo/nfc.js';
import type { Catalog, EvidenceEntry, EvidenceEvent, EvidenceFile, IsoDate, UnitEvidence } from '../types.js';
import { inQuarter, type Quarter } from './quarter.js';

export interface ServingEvent {
  event: EvidenceEvent;
  /** The indicator the event is listed under (its own folder, or one it also counts for). */
  indicator: number;
  /** Set when the event is filed under another indicator and counts here through 同时计入. */
  filedUnder?: number;
}

/** Worked out once per unit: the unit's workbook and the organisation's each read it twice. */
const served = new WeakMap<UnitEvidence, Map<number, ServingEvent[]>>();

/**
 * Events that count for each indicator of a unit: filed in its folder or naming it in 同时计入.
 * The map is shared: callers only read it.
 */
export function servingEvents(unit: UnitEvidence): Map<number, ServingEvent[]> {
  const known = served.get(unit);
  if (known) return known;
  const map = new Map<number, ServingEvent[]>();
  const push = (id: number, item: ServingEvent) => {
    const list = map.get(id);
    if (list) list.push(item);
    else map.set(id, [item]);
  };
  for (const folder of unit.indicators) {
    for (const event of folder.events) {
      push(event.indicator, { event, indicator: event.indicator });
      for (const other of event.alsoCountsFor) {
        if (other !== event.indicator) push(other, { event, indicator: other, filedUnder: event.indicator });
      }
    }
  }
  for (const list of map.values()) list.sort((a, b) => compareEvents(a.event, b.event));
  served.set(unit, map);
  return map;
}

function compareEvents(a: EvidenceEvent, b: EvidenceEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.indicator - b.indicator;
}

export interface EventCounts {
  quarter: number;
  cumulative: number;
}

/** 本季材料 and 累计材料 of an indicator: events dated in the quarter, and up to its last day. */
export function countEvents(events: ServingEvent[] | undefined, quarter: Quarter): EventCounts {
  let inside = 0;
  let cumulative = 0;
  const yearStart = `${quarter.year}-01-01`;
  for (const { event } of events ?? []) {
    if (event.date > quarter.end || event.date < yearStart) continue;
    cumulative++;
    if (inQuarter(event.date, quarter)) inside++;
  }
  return { quarter: inside, cumulative };
}

/** Per unit and quarter: each unit's counts are added up again for the organisation. */
const countedFor = new WeakMap<UnitEvidence, { quarter: string; counts: Map<number, EventCounts> }>();

/** countEvents of the units' events serving `indicator`, added up over the units. */
export function unitsEventCounts(units: UnitEvidence[], indicator: number, quarter: Quarter): EventCounts {
  const total = { quarter: 0, cumulative: 0 };
  for (const unit of units) {
    let known = countedFor.get(unit);
    if (known?.quarter !== quarter.id) {
      known = { quarter: quarter.id, counts: new Map() };
      countedFor.set(unit, known);
    }
    let counts = known.counts.get(indicator);
    if (!counts) {
      counts = countEvents(servingEvents(unit).get(indicator), quarter);
      known.counts.set(indicator, counts);
    }
    total.quarter += counts.quarter;
    total.cumulative += counts.cumulative;
  }
  return total;
}

export interface MaterialRow {
  unitId: string;
  unitName: string;
  serving: ServingEvent;
}

/** Every event of the quarter, unit by unit (config order), indicator by indicator (catalog order). */
export function* quarterMaterials(
  units: UnitEvidence[],
  catalog: Catalog,
  quarter: Quarter,
): Generator<MaterialRow> {
  for (const unit of units) {
    const byIndicator = servingEvents(unit);
    for (const indicator of catalog.indicators) {
      for (const serving of byIndicator.get(indicator.id) ?? []) {
        if (inQuarter(serving.event.date, quarter)) {
          yield { unitId: unit.unit.id, unitName: unit.unit.name, serving };
        }
      }
    }
  }
}

/** Evidence files of the quarter (each entry's files, counted once per event, not per listing). */
export function quarterFileCount(units: UnitEvidence[], quarter: Quarter): { events: number; files: number } {
  let events = 0;
  let files = 0;
  for (const unit of units) {
    for (const folder of unit.indicators) {
      for (const event of folder.events) {
        if (!inQuarter(event.date, quarter)) continue;
        events++;
        for (const entry of event.entries) files += entry.files.length;
      }
    }
  }
  return { events, files };
}

/** Every path `firstAddedOf` may ask about for the quarter's events: each entry's files, or the entry. */
export function quarterPaths(units: UnitEvidence[], quarter: Quarter): Set<string> {
  const paths = new Set<string>();
  for (const unit of units) {
    for (const folder of unit.indicators) {
      for (const event of folder.events) {
        if (!inQuarter(event.date, quarter)) continue;
        for (const entry of event.entries) {
          if (entry.files.length === 0) paths.add(entry.path);
          for (const file of entry.files) paths.add(historyKey(file));
        }
      }
    }
  }
  return paths;
}

/**
 * A file's path as git's history names it (NFC): its spelling on disk, not the shown one, which has
 * control characters and direction marks made visible.
 */
function historyKey(file: EvidenceFile): string {
  return file.fsPath === undefined ? file.path : nfc(file.fsPath);
}

/** The earliest first-commit date among an entry's files; undefined when none is committed. */
export function firstAddedOf(entry: EvidenceEntry, firstAdded: Map<string, IsoDate>): IsoDate | undefined {
  if (entry.files.length === 0) return firstAdded.get(entry.path);
  let earliest: IsoDate | undefined;
  for (const file of entry.files) {
    const date = firstAdded.get(historyKey(file));
    if (date && (!earliest || date < earliest)) earliest = date;
  }
  return earliest;
}
