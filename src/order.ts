// The one order the tool sorts names and dates in, and a sort that leaves ordered lists alone.

/** Code-point order, the same on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `list` sorted by `order` in place, stably, as Array#sort does; a list already in order is left as
 * it is. Array#sort copies the whole list into scratch space even then, and the lists here nearly
 * always are in order (git lists paths in order, dated names sort by date): across a big
 * organisation's events that is tens of MB of garbage for nothing.
 */
export function sortInPlace<T>(list: T[], order: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    if (order(list[i - 1]!, list[i]!) > 0) return list.sort(order);
  }
  return list;
}
