import { describe, expect, it } from 'vitest';
import { starter, PROFILE } from '../../test/helpers/docs';
import { budgetBreakdown } from './budget';
import { sharesInTenths } from './percentages';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('shares by largest remainder', () => {
  it('add up to exactly 100,0% however the parts round', () => {
    expect(sharesInTenths([1, 1, 1])).toEqual([334, 333, 333]);
    expect(sharesInTenths([200, 250, 60, 490])).toEqual([200, 250, 60, 490]);
    for (let seed = 1; seed < 200; seed++) {
      const parts = Array.from({ length: 1 + (seed % 9) }, (_, i) => ((seed * 7919 + i * 104729) % 100_000) + 1);
      expect(sum(sharesInTenths(parts) ?? [])).toBe(1000);
    }
  });

  it('are null when there is nothing to share or a part is negative', () => {
    expect(sharesInTenths([])).toBeNull();
    expect(sharesInTenths([0, 0])).toBeNull();
    expect(sharesInTenths([5, -1])).toBeNull();
  });

  it('add up to 100% in every breakdown of every starter', () => {
    for (const name of ['comune-singolo', 'aggregazione', 'provincia'] as const) {
      const b = budgetBreakdown(starter(name), PROFILE);
      for (const list of [b.byComponent, b.byCategory, b.byBody]) expect(sum(list.map((s) => s.tenths ?? 0))).toBe(1000);
    }
  });
});
