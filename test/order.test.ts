// sortInPlace must order exactly as a stable Array#sort does, whatever the input.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { sortInPlace } from '../src/order.js';

interface Item {
  key: string;
  at: number;
}

const byKey = (a: Item, b: Item) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

describe('sortInPlace', () => {
  it('orders as a stable Array#sort, in place', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 40 }), (keys) => {
        const items = keys.map((key, at) => ({ key, at }));
        const expected = [...items].sort(byKey);
        const list = [...items];
        expect(sortInPlace(list, byKey)).toBe(list);
        expect(list).toEqual(expected);
      }),
    );
  });

  it('leaves a list already in order (ties included) as it is', () => {
    const list = [
      { key: 'a', at: 0 },
      { key: 'b', at: 1 },
      { key: 'b', at: 2 },
      { key: 'c', at: 3 },
    ];
    const sort = vi.spyOn(list, 'sort');
    expect(sortInPlace(list, byKey)).toBe(list);
    expect(sort).not.toHaveBeenCalled();
    expect(sortInPlace([], byKey)).toEqual([]);
    list.push({ key: 'a', at: 4 });
    sortInPlace(list, byKey);
    expect(sort).toHaveBeenCalledTimes(1);
    expect(list.map((i) => i.at)).toEqual([0, 4, 1, 2, 3]);
  });
});
