import { describe, expect, it } from 'vitest';
import { shareWidth } from './cells';
import { columnWidths } from './widths';

describe('shareWidth', () => {
  it('shares the width in proportion to the weights, in whole twips that add up exactly', () => {
    expect(shareWidth([1, 2, 1], 1000)).toEqual([250, 500, 250]);
    expect(shareWidth([1, 1, 1], 1000)).toEqual([333, 333, 334]);
    expect(shareWidth([0, -1, 2], 400)).toEqual([100, 100, 200]);
  });
});

describe('columnWidths', () => {
  it('keeps the weights when every word and amount fits', () => {
    const columns = [{ title: 'Voce', weight: 5 }, { title: 'Totale', align: 'right' as const, weight: 3 }];
    expect(columnWidths(columns, [['Servizi', '1.000,00 €']], undefined, 8000)).toEqual([5000, 3000]);
  });

  it('widens a narrow amount column so "10.560,00 €" stays on one line, taking from the wide text column', () => {
    const columns = [{ title: 'Descrizione', weight: 8 }, { title: 'IVA', align: 'right' as const, weight: 1 }];
    const [text = 0, vat = 0] = columnWidths(columns, [['Un testo lungo da andare a capo', '10.560,00 €']], undefined, 9000);
    expect(vat).toBeGreaterThan(1000);
    expect(vat).toBeGreaterThan(9000 / 9);
    expect(text + vat).toBe(9000);
  });

  it('shares out by the minimums when the words of all columns cannot fit', () => {
    const columns = Array.from({ length: 6 }, () => ({ title: 'Aggiornamento' }));
    const widths = columnWidths(columns, [], undefined, 3000);
    expect(widths.reduce((s, w) => s + w, 0)).toBe(3000);
    expect(new Set(widths).size).toBeLessThanOrEqual(2);
  });
});
