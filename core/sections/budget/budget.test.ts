import { describe, expect, it } from 'vitest';
import { codes, edit, issues, profileWith, starter, withCode } from '../../../test/helpers/docs';
import { budgetTotals, lineAmounts } from '../../derive/budget';

const doc = starter('aggregazione');

describe('budget lines', () => {
  it('the starter is consistent: totals per component, category and body add up', () => {
    const t = budgetTotals(doc);
    const sum = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(sum(t.byComponent)).toBe(t.totalCents);
    expect(sum(t.byCategory)).toBe(t.totalCents);
    expect(sum(t.byBody)).toBe(t.totalCents);
    expect(t.netCents + t.vatCents).toBe(t.totalCents);
    expect([...t.byBody.keys()].some((k) => k !== 'capofila')).toBe(true);
  });

  it('refuses negative amounts and more than two decimals', () => {
    const neg = edit(doc, (d) => { d.budget.voci[0]!.importoNetto = -1; });
    expect(withCode(neg, 'IMPORTO_NEGATIVO')[0]?.pointer).toBe('/budget/voci/0/importoNetto');
    const rate = edit(doc, (d) => { d.budget.voci[0]!.aliquotaIva = 122; });
    expect(withCode(rate, 'SCHEMA_MAXIMUM')[0]?.pointer).toBe('/budget/voci/0/aliquotaIva');
    const dec = edit(doc, (d) => { d.budget.voci[0]!.importoNetto += 0.001; });
    expect(withCode(dec, 'IMPORTO_DECIMALI')[0]?.pointer).toBe('/budget/voci/0/importoNetto');
  });

  it('checks the funding against the sum of lines, in cents', () => {
    const line = edit(doc, (d) => { d.budget.voci[0]!.importoNetto += 0.01; });
    expect(codes(line)).toEqualCodes(['FINANZIAMENTO_INCOERENTE']);
    const funding = edit(doc, (d) => { d.budget.cofinanziamento += 0.01; });
    expect(codes(funding)).toEqualCodes(['FINANZIAMENTO_INCOERENTE']);
  });

  it('points lines at chosen components and existing bodies', () => {
    const unchosen = (['d', 'e'] as const).find((c) => !doc.progetto.componentiQualificanti.includes(c));
    if (unchosen) {
      const d1 = edit(doc, (d) => { d.budget.voci[0]!.componente = unchosen; });
      expect(codes(d1)).toIncludeCodes(['VOCE_COMPONENTE_NON_SCELTA']);
    }
    const d2 = edit(doc, (d) => { d.budget.voci[0]!.ente = 'nessuno'; });
    expect(withCode(d2, 'VOCE_ENTE_SCONOSCIUTO')[0]?.pointer).toBe('/budget/voci/0/ente');
  });
});

describe("caps from the call profile", () => {
  const total = budgetTotals(doc).totalCents / 100;

  it('are notices "da verificare" while the profile leaves them null', () => {
    const notes = issues(doc).filter((i) => i.severity === 'nota').map((i) => i.code);
    expect(notes).toIncludeCodes([
      'DA_VERIFICARE_CONTRIBUTO_MASSIMO', 'DA_VERIFICARE_COSTO_MINIMO', 'DA_VERIFICARE_COFINANZIAMENTO',
      'DA_VERIFICARE_IVA', 'DA_VERIFICARE_CATEGORIE', 'DA_VERIFICARE_TETTI',
    ]);
  });

  it('run once the profile sets them', () => {
    const strict = profileWith((p) => {
      p.parametri.contributoMassimo = doc.budget.contributoRichiesto - 1;
      p.parametri.costoTotaleMinimo = total + 1;
      p.parametri.cofinanziamentoMinimoPercentuale = 99;
      p.parametri.ivaAmmissibile = false;
      p.parametri.categorieAmmesse = ['formazione'];
      p.parametri.tettiCategoriaPercentuale = { servizi: 1 };
    });
    const found = issues(doc, { profile: strict });
    expect(found.filter((i) => i.code.startsWith('DA_VERIFICARE_') && i.pointer.startsWith('/budget'))).toEqual([]);
    expect(found.map((i) => i.code)).toIncludeCodes([
      'CONTRIBUTO_OLTRE_MASSIMO', 'COSTO_SOTTO_MINIMO', 'COFINANZIAMENTO_INSUFFICIENTE', 'IVA_NON_AMMISSIBILE',
      'CATEGORIA_NON_AMMESSA', 'CATEGORIA_OLTRE_TETTO',
    ]);
    const lenient = profileWith((p) => {
      p.parametri.contributoMassimo = doc.budget.contributoRichiesto;
      p.parametri.costoTotaleMinimo = total;
      p.parametri.cofinanziamentoMinimoPercentuale = 0;
      p.parametri.ivaAmmissibile = true;
    });
    expect(codes(doc, { profile: lenient })).toEqualCodes([]);
  });
});

describe('line amounts', () => {
  it('compute VAT to the cent from the rate, with total = net + VAT', () => {
    expect(lineAmounts({ importoNetto: 1234.5, aliquotaIva: 22 })).toEqual({ netCents: 123450, vatCents: 27159, totalCents: 150609 });
    expect(lineAmounts({ importoNetto: 0.1, aliquotaIva: 22 })).toEqual({ netCents: 10, vatCents: 2, totalCents: 12 });
    expect(lineAmounts({ importoNetto: 1000, aliquotaIva: 4.5 })).toEqual({ netCents: 100000, vatCents: 4500, totalCents: 104500 });
  });
});
