// Turn the unit names given to `init --unit` into config entries: an id, a folder and a level.
import type { UnitConfig, UnitLevel } from '../types.js';

/** 党支部 → branch, 党总支 → general, 党委 → org; a name we cannot tell is the org if first, else a branch. */
export function levelOf(name: string, first: boolean): UnitLevel {
  if (/支部$/u.test(name)) return 'branch';
  if (/总支(委员会)?$/u.test(name)) return 'general';
  if (/党委$|党委员会$|委员会$/u.test(name)) return 'org';
  return first ? 'org' : 'branch';
}

/** Short ids people can type: jgdw for a 机关党委, dw/zzb1/zb1… otherwise, numbered per level. */
export function planUnits(names: string[]): UnitConfig[] {
  const counters: Record<UnitLevel, number> = { org: 0, general: 0, branch: 0 };
  const used = new Set<string>();
  return names.map((name, i) => {
    const level = levelOf(name, i === 0);
    counters[level]++;
    let id = baseId(name, level, counters[level]);
    for (let n = 2; used.has(id); n++) id = `${baseId(name, level, counters[level])}-${n}`;
    used.add(id);
    return { id, name, dir: name, level };
  });
}

function baseId(name: string, level: UnitLevel, n: number): string {
  if (level === 'org') {
    const prefix = /机关党委$/u.test(name) ? 'jgdw' : 'dw';
    return n === 1 ? prefix : `${prefix}${n}`;
  }
  return level === 'general' ? `zzb${n}` : `zb${n}`;
}
