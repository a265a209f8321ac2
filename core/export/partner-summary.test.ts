import { describe, expect, it } from 'vitest';
import { edit, starter } from '../../test/helpers/docs';
import { applyAction } from '../actions';
import { bodyFigures } from '../derive/bodies';
import { formatCents } from '../derive/number-text';
import { formatDate } from './format';
import type { Proposal } from '../generated/types';
import { mergePartnerReply } from '../partner/merge-reply';
import { REQ, reply, send } from '../partner/test-support';
import { buildExportModel } from './build';
import type { Block } from './model';
import { buildModuleSummary, buildPartnerSummary, SUMMARY_MAX_CHARS, SUMMARY_MAX_ROWS, truncateRows } from './partner-summary';
import { PROFILE } from '../../test/helpers/docs';

const P = 'cutrofiano';
const lead = edit(starter('aggregazione'), (d) => {
  for (const b of d.dati.banche) if (b.id === 'edilizia' || b.id === 'territorio') b.ente = P;
  d.ente.partner.find((p) => p.id === P)!.cofinanziamento = 1234.5;
});
const fields = (blocks: readonly Block[]): Array<readonly [string, string]> => blocks.flatMap((b) => (b.kind === 'fields' ? b.rows : []));
const tables = (blocks: readonly Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('the summary of a partner contribution', () => {
  it('states its data, its databases and lines, and the figures core derives', () => {
    const { doc } = send(lead, P, REQ[0]);
    const s = buildPartnerSummary(doc, P)!;
    const partner = doc.ente.partner.find((p) => p.id === P)!;
    const figures = bodyFigures(doc, []).find((f) => f.id === P)!;
    const f = fields(s.blocks);
    expect(f).toContainEqual(['Comune', partner.denominazione]);
    expect(f).toContainEqual(['Codice fiscale', partner.codiceFiscale]);
    expect(f).toContainEqual(['PEC', partner.pec]);
    expect(f).toContainEqual(['Richiesta', `${REQ[0]} del 20/11/2026`]);
    expect(f).toContainEqual(['Proposta', doc.progetto.titolo]);
    expect(f).toContainEqual(['Costo delle voci', formatCents(figures.costCents)]);
    expect(f).toContainEqual(['Quota di cofinanziamento', '1.234,50 €']);
    expect(f.find(([l]) => l === 'Legale rappresentante')![1]).toContain(partner.legaleRappresentante.codiceFiscale);
    const [banche, voci] = tables(s.blocks);
    const names = doc.dati.banche.filter((b) => b.ente === P).map((b) => b.nome);
    expect(banche!.rows.map((r) => r[0])).toEqual(names.map((n) => (n.length > SUMMARY_MAX_CHARS.nome ? `${n.slice(0, SUMMARY_MAX_CHARS.nome - 1)}…` : n)));
    expect(names.some((n) => n.length > SUMMARY_MAX_CHARS.nome)).toBe(true);
    expect(voci!.rows).toHaveLength(doc.budget.voci.filter((v) => v.ente === P).length);
    expect(voci!.footer?.at(-1)).toBe(formatCents(figures.costCents));
    expect(s.signature).toContain(partner.legaleRappresentante.cognome);
    expect(s.footer).toContain(`dati al ${formatDate(doc.aggiornato)}`);
  });

  it('is the same from the module the partner holds', () => {
    const { doc, module } = send(lead, P, REQ[1]);
    const fromModule = buildModuleSummary(module)!;
    const fromLead = buildPartnerSummary(doc, P)!;
    expect(fields(fromModule.blocks).filter(([l]) => l !== 'Comune capofila')).toEqual(fields(fromLead.blocks).filter(([l]) => l !== 'Comune capofila'));
    expect(tables(fromModule.blocks)).toEqual(tables(fromLead.blocks));
    expect(fields(fromModule.blocks)).toContainEqual(['Comune capofila', doc.ente.capofila.denominazione]);
  });

  it('says when no module was sent, and refuses an unknown partner or the lead', () => {
    expect(fields(buildPartnerSummary(lead, P)!.blocks)).toContainEqual(['Richiesta', 'Nessun modulo inviato']);
    expect(buildPartnerSummary(lead, 'nessuno')).toBeNull();
    expect(buildPartnerSummary(lead, 'capofila')).toBeNull();
  });

  it('cuts long lists with the count of the rows left out, and long texts', () => {
    const many = edit(lead, (d) => {
      const v0 = d.budget.voci[0]!;
      for (let i = 0; i < 40; i++) d.budget.voci.push({ ...v0, id: `extra-${i}`, ente: P, descrizione: 'x'.repeat(500) });
    });
    const voci = tables(buildPartnerSummary(many, P)!.blocks)[1]!;
    const all = many.budget.voci.filter((v) => v.ente === P).length;
    expect(voci.rows).toHaveLength(SUMMARY_MAX_ROWS.voci);
    expect(voci.rows.at(-1)).toEqual(['', '', `… e altre ${all - SUMMARY_MAX_ROWS.voci + 1} righe`, '', '']);
    expect(voci.caption).toBe(`Voci di spesa del Comune (${all})`);
    expect(voci.rows.every((r) => r[2]!.length <= SUMMARY_MAX_CHARS.descrizione)).toBe(true);
    expect(truncateRows([['a'], ['b']], 2, 1)).toEqual([['a'], ['b']]);
  });
});

describe('the partners in the dossier', () => {
  const contribution = (doc: Proposal) => buildExportModel(doc, PROFILE).sections.find((s) => s.id === 'ente')!.blocks
    .find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.caption.startsWith('Contributo dei Comuni'));

  it('lists each partner contribution, and who signed its reply or that none came', () => {
    const { doc, module } = send(lead, P, REQ[0]);
    const out = mergePartnerReply(doc, reply(module, (m) => { m.parti.ente.pec = 'nuova@pec.it'; }), { now: new Date('2026-11-25T09:00:00Z'), firma: 'valida', firmatario: 'MARIO ROSSI', codiceFiscaleFirmatario: 'RSSMRA80A01H501U' });
    if (!out.ok) throw new Error(out.refusal.code);
    const after = applyAction(doc, { type: 'aggregazione/merge-reply', result: out.result }).doc;
    const table = contribution(after)!;
    const figures = new Map(bodyFigures(after, []).map((f) => [f.id, f]));
    expect(table.rows).toHaveLength(after.ente.partner.length);
    after.ente.partner.forEach((p, i) => {
      const f = figures.get(p.id)!;
      expect(table.rows[i]!.slice(1, 4)).toEqual([String(f.databases), formatCents(f.costCents), formatCents(f.cofinancingCents)]);
    });
    const row = table.rows[after.ente.partner.findIndex((p) => p.id === P)]!;
    expect(row[4]).toBe('MARIO ROSSI (CF RSSMRA80A01H501U), firma valida; unita il 25/11/2026');
    expect(table.rows.filter((r) => r[4] === 'Risposta non ricevuta')).toHaveLength(after.ente.partner.length - 1);
  });

  it('has no such table for a single body', () => {
    expect(contribution(starter('comune-singolo'))).toBeUndefined();
  });
});
