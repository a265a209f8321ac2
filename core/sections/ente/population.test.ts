import { describe, expect, it } from 'vitest';
import { codes, edit, starter, withCode } from '../../../test/helpers/docs';

const single = starter('comune-singolo');
const aggr = starter('aggregazione');
const prov = starter('provincia');

describe('population: single Comune', () => {
  it('accepts exactly 30,000 and refuses 29,999 (the declared figure, not the census hint)', () => {
    const at = (n: number) => edit(single, (d) => { d.ente.capofila.popolazione.valore = n; });
    expect(codes(at(30_000))).toExcludeCodes(['POP_SOTTO_SOGLIA']);
    const below = withCode(at(29_999), 'POP_SOTTO_SOGLIA');
    expect(below).toHaveLength(1);
    expect(below[0]).toMatchObject({ severity: 'errore', pointer: '/ente/capofila/popolazione/valore' });
  });

  it('requires the figure, its reference date and its source', () => {
    const d = edit(single, (x) => { x.ente.capofila.popolazione = { valore: null, dataRiferimento: '', fonte: ' ' }; });
    expect(codes(d)).toIncludeCodes(['POP_MANCANTE', 'POP_DATA_MANCANTE', 'POP_FONTE_MANCANTE']);
  });

  it('warns when the declared figure is far from the 2011 census hint', () => {
    const far = edit(single, (d) => { d.ente.capofila.popolazione.valore = 200_000; });
    expect(withCode(far, 'POP_DIVERSA_DAL_CENSIMENTO')[0]?.severity).toBe('avviso');
    expect(codes(single)).toExcludeCodes(['POP_DIVERSA_DAL_CENSIMENTO']);
  });

  it('refuses an ISTAT code outside Puglia and partners on a single Comune', () => {
    const milano = edit(single, (d) => { d.ente.capofila.codiceIstat = '015146'; });
    expect(codes(milano)).toIncludeCodes(['ISTAT_NON_PUGLIESE']);
    const withPartner = edit(single, (d) => { d.ente.partner = structuredClone(aggr.ente.partner); });
    expect(codes(withPartner)).toIncludeCodes(['PARTNER_NON_AMMESSI']);
  });
});

describe('population: aggregation', () => {
  it('the starter passes: at least two distinct Comuni summing to 30,000', () => {
    expect(codes(aggr).filter((c) => c.startsWith('POP_') || c.startsWith('AGGREGAZIONE') || c === 'COMUNE_DUPLICATO')).toEqualCodes([]);
  });

  it('needs at least two distinct Comuni by ISTAT code', () => {
    const alone = edit(aggr, (d) => { d.ente.partner = []; });
    expect(codes(alone)).toIncludeCodes(['AGGREGAZIONE_POCHI_COMUNI']);
    const twins = edit(aggr, (d) => {
      d.ente.partner = d.ente.partner.slice(0, 1).map((p) => ({ ...p, codiceIstat: d.ente.capofila.codiceIstat }));
    });
    expect(codes(twins)).toIncludeCodes(['COMUNE_DUPLICATO', 'AGGREGAZIONE_POCHI_COMUNI']);
  });

  it('sums declared populations against 30,000, counting a duplicate only once', () => {
    const total = (d: typeof aggr) => d.ente.capofila.popolazione.valore! + d.ente.partner.reduce((s, p) => s + p.popolazione.valore!, 0);
    const exact = edit(aggr, (d) => { d.ente.capofila.popolazione.valore! += 30_000 - total(d); });
    expect(total(exact)).toBe(30_000);
    expect(codes(exact)).toExcludeCodes(['POP_AGGREGAZIONE_SOTTO_SOGLIA']);
    const short = edit(exact, (d) => { d.ente.capofila.popolazione.valore! -= 1; });
    expect(withCode(short, 'POP_AGGREGAZIONE_SOTTO_SOGLIA')[0]).toMatchObject({ severity: 'errore', pointer: '/ente/partner' });
  });

  it('requires each partner\'s act of adhesion', () => {
    const d = edit(aggr, (x) => { x.ente.partner[0]!.adesione.numero = ''; });
    expect(withCode(d, 'ADESIONE_MANCANTE')[0]?.pointer).toBe('/ente/partner/0/adesione');
  });
});

describe('population: exempt bodies', () => {
  it('a Provincia or the Città Metropolitana has no threshold', () => {
    const small = edit(prov, (d) => { d.ente.capofila.popolazione.valore = 10; });
    expect(codes(small).filter((c) => c.startsWith('POP_'))).toEqualCodes([]);
    const cm = edit(small, (d) => { d.ente.tipo = 'citta-metropolitana'; });
    expect(codes(cm).filter((c) => c.startsWith('POP_'))).toEqualCodes([]);
  });
});

describe('Provincia and Città Metropolitana', () => {
  it('must be a body of Puglia of the declared kind', () => {
    expect(codes(edit(prov, (d) => { d.ente.capofila.codiceIstat = '058'; }))).toIncludeCodes(['ISTAT_NON_PUGLIESE']);
    expect(codes(edit(prov, (d) => { d.ente.capofila.codiceIstat = '272'; }))).toIncludeCodes(['TIPO_ENTE_INCOERENTE']);
    const cm = edit(prov, (d) => { d.ente.tipo = 'citta-metropolitana'; d.ente.capofila.codiceIstat = '272'; });
    expect(codes(cm).filter((c) => c.startsWith('ISTAT') || c.startsWith('TIPO'))).toEqualCodes([]);
  });
});
