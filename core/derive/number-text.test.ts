import { describe, expect, it } from 'vitest';
import { countOf, formatCents, formatDecimal, formatEuro, formatInteger, formatPercent, parseItalianNumber } from './number-text';

describe('Italian number text', () => {
  it('groups every integer, four digits too', () => {
    expect([formatInteger(1250000), formatInteger(10600), formatInteger(1234), formatInteger(999), formatInteger(-30000)]).toEqual(['1.250.000', '10.600', '1.234', '999', '-30.000']);
  });

  it('prints money with two decimals and a hostile 1e308 as digits, never Infinity or NaN', () => {
    expect([formatEuro(1234.5), formatEuro(0.1), formatEuro(-5339375.39), formatCents(123450)]).toEqual(['1.234,50 €', '0,10 €', '-5.339.375,39 €', '1.234,50 €']);
    const huge = formatEuro(1e308);
    expect(huge).toMatch(/^\d{1,3}(\.\d{3})+,00 €$/);
    expect(formatInteger(1e308)).not.toMatch(/Infinity|NaN|e\+/);
    expect([formatInteger(Number.NaN), formatEuro(Number.POSITIVE_INFINITY)]).toEqual(['—', '— €']);
  });

  it('prints shares with one decimal', () => {
    expect([formatPercent(205), formatPercent(1000), formatPercent(0), formatDecimal(4.5, 1)]).toEqual(['20,5%', '100,0%', '0,0%', '4,5']);
  });

  it('reads what officers type: Italian grouping, plain digits, a decimal comma or point', () => {
    const cases: Array<[string, number | null | undefined]> = [
      ['48.500,00', 48500], ['48500,5', 48500.5], ['48500', 48500], ['48 500', 48500], ['18.300,50', 18300.5], ['33264,61', 33264.61],
      ['48500.50', 48500.5], ['1.5', 1.5], ['1.234', 1234], ['-3', -3], ['', null], ['  ', null], ['62000 €', 62000],
      ['48.500,000,00', undefined], ['33264,610,00', undefined], ['48,500.00', undefined], ['mille', undefined], ['1..2', undefined],
    ];
    for (const [text, value] of cases) expect([text, parseItalianNumber(text)]).toEqual([text, value]);
  });

  it('agrees a count with its noun', () => {
    expect([countOf(1, 'errore', 'errori'), countOf(2, 'errore', 'errori'), countOf(1000, 'riga', 'righe')]).toEqual(['1 errore', '2 errori', '1.000 righe']);
  });
});
