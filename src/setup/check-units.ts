// The unit folders init is about to create must be ones lint accepts (the rules live in the config
// loader, which lint uses too).
import { isReservedUnitDir, normaliseDir } from '../config/load-config.js';
import { DangjianError } from '../errors.js';
import type { UnitConfig } from '../types.js';

/** Refuse a unit whose folder is the tool's own or the system's (`汇编`, `node_modules`). */
export function refuseReservedUnits(units: UnitConfig[]): void {
  for (const unit of units) {
    const dir = normaliseDir(unit.dir);
    if (dir !== undefined && isReservedUnitDir(dir)) {
      throw new DangjianError('init/reserved-unit-name', { name: unit.name, dir });
    }
  }
}
