import { describe, expect, it } from 'vitest';
import { codes, edit, issues, NOW, PROFILE, starter } from '../../test/helpers/docs';
import { applyAction } from '../actions';
import { bodyFigures, issuesOfBody } from '../derive/bodies';
import { budgetTotals } from '../derive/budget';
import { buildPartnerModule, readPartnerModule } from './module';
import { mergePartnerReply } from './merge-reply';
import { validatePartnerModule } from './restricted';
import { partnerStatuses } from './status';
import { REQ, reply, send, UNSIGNED } from './test-support';

const lead = starter('aggregazione');

describe('partner module', () => {
  it('carries the partner\'s parts twice, the read-only context and who asks what by when; it reads back', () => {
    const r = buildPartnerModule(lead, 'soleto', { requestId: REQ[0], now: NOW, requestedBy: '2026-12-10' });
    if (!r.ok) throw new Error(r.refusal.code);
    const m = r.module;
    expect(m).toMatchObject({ formatoModulo: 1, proposta: lead.id, richiesta: REQ[0], partner: 'soleto', creato: NOW.toISOString(), entro: '2026-12-10' });
    expect(m.base).toEqual(m.parti);
    expect(m.parti.ente).toEqual(lead.ente.partner[1]);
    expect(m.parti.voci.map((v) => v.id)).toEqual(['v03', 'v09']);
    expect(m.parti.allegati.map((a) => a.id)).toEqual(['adesione-soleto']);
    expect(m.contesto).toMatchObject({ capofila: lead.ente.capofila.denominazione, titolo: lead.progetto.titolo, componentiQualificanti: lead.progetto.componentiQualificanti });
    expect(readPartnerModule(JSON.parse(JSON.stringify(m)))).toEqual({ ok: true, module: m });
  });

  it('is refused for a body that is not a partner, and read back only in its own shape', () => {
    const opts = { requestId: REQ[0], now: NOW, requestedBy: '' };
    expect(buildPartnerModule(lead, 'capofila', opts)).toMatchObject({ ok: false, refusal: { code: 'PARTNER_SCONOSCIUTO' } });
    expect(buildPartnerModule(starter('comune-singolo'), 'x', opts)).toMatchObject({ ok: false, refusal: { code: 'PARTNER_NON_AGGREGAZIONE' } });
    const m = (buildPartnerModule(lead, 'soleto', opts) as { module: object }).module;
    expect(readPartnerModule({ ...m, extra: 1 })).toMatchObject({ ok: false, refusal: { code: 'MODULO_NON_VALIDO', fields: ['/extra'] } });
    expect(readPartnerModule({ ...m, formatoModulo: 2 })).toMatchObject({ ok: false, refusal: { code: 'MODULO_VERSIONE_PIU_RECENTE' } });
    for (const bad of [null, [], 'x', {}]) expect(readPartnerModule(bad).ok).toBe(false);
  });

  it('shows a partner its own errors and none of anyone else\'s', () => {
    const broken = edit(lead, (d) => {
      d.ente.capofila.pec = 'non-una-pec';
      d.ente.partner[1]!.pec = 'neanche-questa';
      d.ente.partner[0]!.codiceFiscale = '123';
      d.budget.voci.find((v) => v.id === 'v09')!.importoNetto = -5;
    });
    const { module } = send(broken, 'soleto', REQ[0]);
    const found = validatePartnerModule(module, { profile: PROFILE, now: NOW }).filter((i) => i.severity === 'errore');
    expect(found.map((i) => [i.code, i.pointer])).toEqual([['PEC_FORMATO', '/parti/ente/pec'], ['IMPORTO_NEGATIVO', '/parti/voci/1/importoNetto']]);
    expect(validatePartnerModule(send(lead, 'soleto', REQ[0]).module, { profile: PROFILE, now: NOW }).filter((i) => i.severity === 'errore')).toEqual([]);
    // The lead sees the same errors attributed to the bodies that own them.
    const byBody = (id: string) => issuesOfBody(broken, issues(broken), id).filter((i) => i.severity === 'errore').map((i) => i.code).sort();
    expect(byBody('soleto')).toEqual(['IMPORTO_NEGATIVO', 'PEC_FORMATO']);
    expect(byBody('cutrofiano')).toEqual(['CF_FORMATO']);
    expect(byBody('capofila')).toContain('PEC_FORMATO');
  });
});

describe('status board', () => {
  it('goes from not sent to waiting, merged, and «da aggiornare» when the lead changes the partner\'s parts', () => {
    const state = (d: typeof lead) => partnerStatuses(d).map((s) => s.state);
    expect(state(lead)).toEqual(['da-inviare', 'da-inviare', 'da-inviare']);
    const { doc, module } = send(lead, 'soleto', REQ[0]);
    expect(state(doc)).toEqual(['da-inviare', 'in-attesa', 'da-inviare']);
    expect(partnerStatuses(doc)[1]).toMatchObject({ sent: '2026-11-20T09:00:00.000Z', requestedBy: '2026-12-10', reply: null });
    expect(state(edit(doc, (d) => { d.ente.partner[1]!.pec = 'cambiata@pec.it'; }))).toEqual(['da-inviare', 'da-aggiornare', 'da-inviare']);
    // A change to someone else's parts does not touch Soleto's status.
    expect(state(edit(doc, (d) => { d.ente.partner[0]!.pec = 'cambiata@pec.it'; d.progetto.titolo = 'X'; }))).toEqual(['da-inviare', 'in-attesa', 'da-inviare']);
    const r = mergePartnerReply(doc, reply(module, (m) => { m.parti.ente.pec = 'dal-comune@pec.it'; }), { ...UNSIGNED, firma: 'valida', firmatario: 'Mario Rossi', codiceFiscaleFirmatario: 'RSSMRA80A01H501U' });
    if (!r.ok) throw new Error(r.refusal.code);
    const after = applyAction(doc, { type: 'aggregazione/merge-reply', result: r.result }).doc;
    expect(partnerStatuses(after)[1]).toMatchObject({ state: 'unita', reply: { firma: 'valida', firmatario: 'Mario Rossi', codiceFiscaleFirmatario: 'RSSMRA80A01H501U', unita: true } });
    expect(state(edit(after, (d) => { d.budget.voci.find((v) => v.id === 'v03')!.importoNetto += 1; }))[1]).toBe('da-aggiornare');
  });
});

describe('status board, when only some objects change', () => {
  it('sees a row of the partner removed, reordered or edited even when its record is the same object', () => {
    const { doc } = send(lead, 'soleto', REQ[0]);
    const state = (d: typeof doc) => partnerStatuses(d)[1]!.state;
    expect(state(doc)).toBe('in-attesa');
    const own = doc.budget.voci.filter((v) => v.ente === 'soleto');
    expect(own.length).toBeGreaterThan(1);
    const withVoci = (voci: typeof doc.budget.voci) => ({ ...doc, budget: { ...doc.budget, voci } });
    expect(state(withVoci(doc.budget.voci.filter((v) => v !== own[0])))).toBe('da-aggiornare');
    const swapped = doc.budget.voci.map((v) => (v === own[0] ? own[1]! : v === own[1] ? own[0]! : v));
    expect(state(withVoci(swapped))).toBe('da-aggiornare');
    expect(state(withVoci(doc.budget.voci.map((v) => (v === own[0] ? { ...v, importoNetto: v.importoNetto + 1 } : v))))).toBe('da-aggiornare');
    expect(state(withVoci([...doc.budget.voci]))).toBe('in-attesa');
  });
});

describe('ownership rules and figures per body', () => {
  it('refuses parts owned by a body that is not in the proposal, and shares beyond the co-financing', () => {
    const d = edit(lead, (x) => {
      x.dati.banche[0]!.ente = 'nessuno';
      x.allegati.elenco[1]!.ente = 'nessuno';
      x.ente.partner[0]!.cofinanziamento = 30000;
      x.ente.scambi.push({ ente: 'sparito', richiesta: REQ[0], inviato: NOW.toISOString(), entro: '', impronta: '0'.repeat(64), improntaContesto: '0'.repeat(64), richiestePrecedenti: [] });
    });
    expect(codes(d)).toIncludeCodes(['BANCA_ENTE_SCONOSCIUTO', 'ALLEGATO_ENTE_SCONOSCIUTO', 'QUOTE_COFINANZIAMENTO_OLTRE', 'SCAMBIO_ENTE_SCONOSCIUTO']);
    expect(codes(lead)).toExcludeCodes(['BANCA_ENTE_SCONOSCIUTO', 'ALLEGATO_ENTE_SCONOSCIUTO', 'QUOTE_COFINANZIAMENTO_OLTRE', 'SCAMBIO_ENTE_SCONOSCIUTO']);
    // A partner's parts on a single Comune name nobody.
    expect(codes(edit(starter('comune-singolo'), (x) => { x.dati.banche[0]!.ente = 'cutrofiano'; }))).toIncludeCodes(['BANCA_ENTE_SCONOSCIUTO']);
  });

  it('gives each body its cost, its share of co-financing, its databases and attachments', () => {
    const f = bodyFigures(lead, issues(lead));
    expect(f.map((b) => b.id)).toEqual(['capofila', 'cutrofiano', 'soleto', 'sogliano-cavour']);
    expect(f.map((b) => b.cofinancingCents)).toEqual([1_500_000, 400_000, 300_000, 200_000]);
    expect(f.reduce((s, b) => s + b.cofinancingCents, 0)).toBe(Math.round(lead.budget.cofinanziamento * 100));
    expect(f.reduce((s, b) => s + b.costCents, 0)).toBe(budgetTotals(lead).totalCents);
    expect(f.map((b) => [b.databases, b.attachments, b.errors])).toEqual([[6, 4, 0], [0, 1, 0], [0, 1, 0], [0, 1, 0]]);
  });
});
