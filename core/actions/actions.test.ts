import { describe, expect, it } from 'vitest';
import { edit, issues, starter } from '../../test/helpers/docs';
import { budgetTotals, lineAmounts } from '../derive/budget';
import { applyAction, ACTIONS } from '.';

const doc = starter('aggregazione');

describe('applyAction', () => {
  it('sets a field without touching the original or unrelated branches, coalescing typing by field', () => {
    const r = applyAction(doc, { type: 'fields/set', pointer: '/progetto/titolo', value: 'Nuovo titolo' });
    expect(r.history).toEqual({ coalesce: '/progetto/titolo' });
    expect(r.doc.progetto.titolo).toBe('Nuovo titolo');
    expect(doc.progetto.titolo).not.toBe('Nuovo titolo');
    expect(r.doc.budget).toBe(doc.budget);
  });

  it('changes nothing, and says so, when the value is the same or the pointer leads nowhere', () => {
    expect(applyAction(doc, { type: 'fields/set', pointer: '/progetto/titolo', value: doc.progetto.titolo }).history).toBe('skip');
    for (const pointer of ['/budget/voci/9999/descrizione', '/dati/banche/-1/nome'] as const) {
      const r = applyAction(doc, { type: 'fields/set', pointer: pointer as '/budget/voci/9999/descrizione', value: 1 });
      expect(r.doc).toBe(doc);
      expect(r.history).toBe('skip');
    }
  });

  it('adds an empty row with a fresh id that the schema accepts', () => {
    const { doc: next, at } = applyAction(doc, { type: 'rows/add', pointer: '/dati/banche' });
    const added = next.dati.banche.at(-1)!;
    expect(at).toBe(`/dati/banche/${next.dati.banche.length - 1}`);
    expect(doc.dati.banche.map((b) => b.id)).not.toContain(added.id);
    const found = issues(next).filter((i) => i.pointer.startsWith(`/dati/banche/${next.dati.banche.length - 1}`));
    expect(found.every((i) => i.code === 'SCHEMA_MINLENGTH')).toBe(true);
  });

  it('removes, moves and duplicates rows', () => {
    const ids = doc.cronoprogramma.attivita.map((a) => a.id);
    expect(applyAction(doc, { type: 'rows/remove', pointer: '/cronoprogramma/attivita', index: 0 }).doc.cronoprogramma.attivita.map((a) => a.id)).toEqual(ids.slice(1));
    expect(applyAction(doc, { type: 'rows/move', pointer: '/cronoprogramma/attivita', from: 0, to: 2 }).doc.cronoprogramma.attivita.map((a) => a.id))
      .toEqual([ids[1], ids[2], ids[0], ...ids.slice(3)]);
    const dup = applyAction(doc, { type: 'rows/duplicate', pointer: '/cronoprogramma/attivita', index: 0 }).doc;
    expect(dup.cronoprogramma.attivita[1]).toMatchObject({ ...doc.cronoprogramma.attivita[0], id: expect.not.stringMatching(ids[0]!) });
    expect(issues(dup).map((i) => i.code)).toExcludeCodes(['ID_DUPLICATO']);
    expect(applyAction(doc, { type: 'rows/remove', pointer: '/cronoprogramma/attivita', index: 999 }).history).toBe('skip');
  });

  it('has one file per operation, each a function of the document and a payload', () => {
    expect(Object.keys(ACTIONS).every((k) => /^[a-z]+\/[a-z-]+$/.test(k))).toBe(true);
  });
});

describe('budget actions', () => {
  it('keep VAT out of the document: net and rate are stored, VAT and total derived', () => {
    const net = applyAction(doc, { type: 'budget/set-net-amount', index: 0, amount: 1000.1 }).doc;
    const rated = applyAction(net, { type: 'budget/set-vat-rate', index: 0, rate: 10 });
    expect(rated.history).toBe('record');
    expect(rated.doc.budget.voci[0]).toMatchObject({ importoNetto: 1000.1, aliquotaIva: 10 });
    expect(lineAmounts(rated.doc.budget.voci[0]!)).toEqual({ netCents: 100010, vatCents: 10001, totalCents: 110011 });
    expect(budgetTotals(rated.doc).totalCents).toBe(budgetTotals(doc).totalCents - lineAmounts(doc.budget.voci[0]!).totalCents + 110011);
  });

  it('adds a line charged to the lead body', () => {
    const r = applyAction(doc, { type: 'budget/add-line' });
    expect(r.doc.budget.voci.at(-1)).toMatchObject({ ente: 'capofila', importoNetto: 0, aliquotaIva: 22 });
  });
});

describe('ente actions', () => {
  it('leaving an aggregation takes the partners out, gives their lines to the lead body, and says so', () => {
    const r = applyAction(doc, { type: 'ente/change-kind', tipo: 'comune' });
    expect(r.doc.ente.partner).toEqual([]);
    expect(r.doc.budget.voci.every((v) => v.ente === 'capofila')).toBe(true);
    expect(r.notice).toContain('Annulla');
    expect(budgetTotals(r.doc).totalCents).toBe(budgetTotals(doc).totalCents);
    expect(issues(r.doc).filter((i) => i.pointer.startsWith('/ente/partner'))).toEqual([]);
    expect(issues(r.doc).map((i) => i.code)).toExcludeCodes(['PARTNER_NON_AMMESSI', 'VOCE_ENTE_SCONOSCIUTO']);
  });

  it('adds a Comune from the reference list once, and picks a Comune for a body', () => {
    const added = applyAction(doc, { type: 'ente/add-comune', istat: '071019' });
    expect(added.doc.ente.partner.at(-1)).toMatchObject({ denominazione: 'Comune di Celle di San Vito', codiceIstat: '071019', indirizzo: { provincia: 'FG' } });
    const again = applyAction(added.doc, { type: 'ente/add-comune', istat: '071019' });
    expect([again.history, again.doc]).toEqual(['skip', added.doc]);
    expect(again.notice).toContain('già');
    const picked = applyAction(doc, { type: 'ente/pick-comune', pointer: '/ente/capofila', istat: '072029' });
    expect(picked.doc.ente.capofila).toMatchObject({ denominazione: 'Comune di Molfetta', codiceIstat: '072029', indirizzo: { comune: 'Molfetta', provincia: 'BA' } });
    expect(applyAction(doc, { type: 'ente/pick-comune', pointer: '/ente/capofila', istat: '058091' }).history).toBe('skip');
  });

  it('picks a Provincia by its code', () => {
    const prov = edit(doc, (d) => { d.ente.tipo = 'provincia'; d.ente.partner = []; });
    expect(applyAction(prov, { type: 'ente/pick-ente-sovracomunale', istat: '075' }).doc.ente.capofila).toMatchObject({ codiceIstat: '075', denominazione: 'Provincia di Lecce' });
  });
});

describe('cronoprogramma actions', () => {
  it('move an activity as one step, and shift it inside the timeline', () => {
    const a = doc.cronoprogramma.attivita[0]!;
    const moved = applyAction(doc, { type: 'cronoprogramma/move', index: 0, start: 2, end: 5 });
    expect(moved.doc.cronoprogramma.attivita[0]).toMatchObject({ meseInizio: 2, meseFine: 5 });
    expect(applyAction(doc, { type: 'cronoprogramma/move', index: 0, start: 5, end: 2 }).history).toBe('skip');
    const shifted = applyAction(doc, { type: 'cronoprogramma/shift', index: 0, by: 1, edge: 'both' }).doc.cronoprogramma.attivita[0]!;
    expect([shifted.meseInizio, shifted.meseFine]).toEqual([a.meseInizio + 1, a.meseFine + 1]);
    const early = applyAction(doc, { type: 'cronoprogramma/shift', index: 0, by: -a.meseInizio, edge: 'both' });
    expect(early.history).toBe('skip');
    const shorter = applyAction(doc, { type: 'cronoprogramma/shift', index: 0, by: -100, edge: 'end' }).doc.cronoprogramma.attivita[0]!;
    expect([shorter.meseInizio, shorter.meseFine]).toEqual([a.meseInizio, a.meseInizio]);
  });
});

describe('dati actions', () => {
  it('append imported rows as one step and name the file', () => {
    const rows = [{ ...doc.dati.banche[0]!, id: 'banche-900' }];
    const r = applyAction(doc, { type: 'dati/import-rows', rows, source: 'inventario.csv' });
    expect(r.doc.dati.banche.at(-1)?.id).toBe('banche-900');
    expect(r.notice).toContain('inventario.csv');
    expect(applyAction(doc, { type: 'dati/import-rows', rows: [] }).history).toBe('skip');
  });
});
