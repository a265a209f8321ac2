import { describe, expect, it } from 'vitest';
import { longestWordWidth } from './lines';
import { allocateWidths, columnWidths } from './widths';

const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

describe('allocateWidths', () => {
  it('shares the width by weight when no word is in the way', () => {
    const w = allocateWidths([1, 2, 1], [0, 0, 0], 400);
    expect(w.map((x) => Math.round(x))).toEqual([100, 200, 100]);
  });

  it('widens a column to its longest word, taking the room from the others by weight', () => {
    const w = allocateWidths([1, 4, 1], [150, 0, 10], 600);
    expect(w[0]).toBeCloseTo(150);
    expect(sum(w)).toBeCloseTo(600);
    expect((w[1] ?? 0) / (w[2] ?? 1)).toBeCloseTo(4);
  });

  it('scales the minimums down when they do not fit', () => {
    const w = allocateWidths([1, 1], [300, 300], 400);
    expect(w).toEqual([200, 200]);
  });
});

describe('columnWidths', () => {
  it('keeps amounts and headers whole', () => {
    const columns = [{ weight: 1, header: 'N.', nowrap: false }, { weight: 8, header: 'Descrizione', nowrap: false }, { weight: 1, header: 'Aggiornamento', nowrap: false }, { weight: 1, header: 'Totale', nowrap: true }];
    const rows = [['1', 'Una descrizione lunga quanto basta', 'giornaliera', '1.234.567,89 €']];
    const w = columnWidths(columns, rows, 400, 8);
    expect(sum(w)).toBeCloseTo(400);
    expect(w[2]).toBeGreaterThanOrEqual(longestWordWidth('Aggiornamento', 8, true));
    expect(w[3]).toBeGreaterThanOrEqual(longestWordWidth('1.234.567,89\u00a0€', 8));
  });
});
