// Scores are kept as integer ticks (1/10000 of a point) so that sums and steps never drift (0.1 + 0.2).
import type { ScoringConfig } from '../types.js';

export const TICKS_PER_POINT = 10_000;

export function toTicks(points: number): number {
  return Math.round(points * TICKS_PER_POINT);
}

export function fromTicks(ticks: number): number {
  return ticks / TICKS_PER_POINT;
}

/** points × met / rules, rounded down to `step`; all-or-nothing gives the points only when every rule is met. */
export function indicatorTicks(points: number, met: number, rules: number, scoring: ScoringConfig): number {
  const pointsTicks = toTicks(points);
  if (rules === 0 || met >= rules) return pointsTicks;
  if (scoring.partial === 'all-or-nothing') return 0;
  const stepTicks = Math.max(1, toTicks(scoring.step));
  // Integer arithmetic: ⌊pointsTicks × met / (rules × stepTicks)⌋ steps.
  return Math.floor((pointsTicks * met) / (rules * stepTicks)) * stepTicks;
}

/** The mean of tick values rounded half up to 0.01 point: stable in JSON and never decreasing in any input. */
export function meanTicks(values: number[]): number {
  const n = values.length;
  if (n === 0) return 0;
  const sum = values.reduce((a, b) => a + b, 0);
  const cent = TICKS_PER_POINT / 100;
  return Math.floor((2 * sum + n * cent) / (2 * n * cent)) * cent;
}
