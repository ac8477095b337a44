// Reading `check --format json` in tests: how many events one unit's indicator has.

export interface CheckJson {
  units: { id: string; indicators: { id: number; events: number }[] }[];
  findings: { code: string; unit?: string; indicator?: number; path?: string; message: string }[];
}

/** The events `unit`'s indicator `id` counts in a parsed check JSON (throws when it is not there). */
export function eventsOf(out: CheckJson, unit: string, id: number): number {
  const indicator = out.units.find((u) => u.id === unit)?.indicators.find((i) => i.id === id);
  if (!indicator) throw new Error(`no indicator ${id} for unit ${unit}`);
  return indicator.events;
}
