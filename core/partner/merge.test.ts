import { describe, expect, it } from 'vitest';
import { edit, issues, starter } from '../../test/helpers/docs';
import { applyAction } from '../actions';
import type { Proposal } from '../generated/types';
import { mergePartnerReply, type MergeResult } from './merge-reply';
import type { Resolution } from './three-way';
import { REQ, reply, send, UNSIGNED } from './test-support';

// The aggregation starter, with two of the lead's databases given to Cutrofiano.
const lead = edit(starter('aggregazione'), (d) => {
  for (const b of d.dati.banche) if (b.id === 'edilizia' || b.id === 'territorio') b.ente = 'cutrofiano';
});
const P = 'cutrofiano';

function merged(ours: Proposal, r: Parameters<typeof mergePartnerReply>[1], resolution?: Resolution): MergeResult {
  const out = mergePartnerReply(ours, r, UNSIGNED, resolution);
  if (!out.ok) throw new Error(`rifiutata: ${out.refusal.code}`);
  return out.result;
}
const apply = (doc: Proposal, result: MergeResult): Proposal => applyAction(doc, { type: 'aggregazione/merge-reply', result }).doc;
const ids = (doc: Proposal, list: 'banche' | 'voci'): string[] => (list === 'banche' ? doc.dati.banche : doc.budget.voci).filter((r) => r.ente === P).map((r) => r.id);

describe('merge of a partner reply: fields', () => {
  it('applies a change made only by the partner and keeps one made only by the lead', () => {
    const { doc, module } = send(lead, P, REQ[0]);
    const ours = edit(doc, (d) => { d.ente.partner[0]!.referente.email = 'ced@comune.cutrofiano.le.it.nuovo'; });
    const r = merged(ours, reply(module, (m) => { m.parti.ente.pec = 'nuova@pec.comune.cutrofiano.le.it'; m.parti.ente.cofinanziamento = 5000; }));
    expect(r.conflicts).toEqual([]);
    expect(r.applied).toEqual(['/ente/pec', '/ente/cofinanziamento']);
    const after = apply(ours, r);
    expect(after.ente.partner[0]).toMatchObject({ pec: 'nuova@pec.comune.cutrofiano.le.it', cofinanziamento: 5000, referente: { email: 'ced@comune.cutrofiano.le.it.nuovo' } });
    // Nothing else moved: the other bodies' rows and the lead's data are as they were.
    expect(after.ente.partner.slice(1)).toEqual(ours.ente.partner.slice(1));
    expect(after.budget.voci).toEqual(ours.budget.voci);
    expect(after.ente.scambi[0]?.risposta).toMatchObject({ firma: 'assente', unita: true, ricevuta: '2026-11-25T09:00:00.000Z' });
  });

  it('accepts the same change on both sides, and lists different changes with the three values', () => {
    const { doc, module } = send(lead, P, REQ[0]);
    const ours = edit(doc, (d) => { d.ente.partner[0]!.pec = 'stessa@pec.it'; d.ente.partner[0]!.legaleRappresentante.nome = 'Lucio'; });
    const same = merged(ours, reply(module, (m) => { m.parti.ente.pec = 'stessa@pec.it'; }));
    expect(same.conflicts).toEqual([]);
    const r = merged(ours, reply(module, (m) => { m.parti.ente.pec = 'stessa@pec.it'; m.parti.ente.legaleRappresentante.nome = 'Luca Maria'; }));
    expect(r.conflicts).toEqual([{ path: '/ente/legaleRappresentante/nome', base: 'Luca', mine: 'Lucio', theirs: 'Luca Maria' }]);
    expect(r.resolved).toBe(false);
    // Unsettled conflicts change nothing.
    expect(apply(ours, r)).toBe(ours);
    const reply2 = reply(module, (m) => { m.parti.ente.legaleRappresentante.nome = 'Luca Maria'; });
    expect(apply(ours, merged(ours, reply2, 'loro')).ente.partner[0]!.legaleRappresentante.nome).toBe('Luca Maria');
    expect(apply(ours, merged(ours, reply2, 'mio')).ente.partner[0]!.legaleRappresentante.nome).toBe('Lucio');
  });
  it('sees no change in a reply whose objects list their keys in another order (a tool rewrote the file)', () => {
    const { doc, module } = send(lead, P, REQ[0]);
    const reorder = (v: unknown): unknown => (Array.isArray(v) ? v.map(reorder) : v && typeof v === 'object'
      ? Object.fromEntries(Object.keys(v).reverse().map((k) => [k, reorder((v as Record<string, unknown>)[k])])) : v);
    const r = merged(doc, { ...module, base: reorder(module.base), parti: reorder(module.parti) } as typeof module);
    expect({ applied: r.applied, conflicts: r.conflicts }).toEqual({ applied: [], conflicts: [] });
  });
});

describe('merge of a partner reply: rows', () => {
  it('keeps rows added on either side, removes what one side removed, merges rows edited on both sides field by field', () => {
    const { doc, module } = send(lead, P, REQ[0]);
    const ours = edit(doc, (d) => {
      const v02 = d.budget.voci.find((v) => v.id === 'v02')!;
      v02.descrizione = 'Descrizione del capofila';
      d.budget.voci.push({ ...v02, id: 'v-lead-added', descrizione: 'Aggiunta dal capofila' });
    });
    const r = merged(ours, reply(module, (m) => {
      m.parti.voci.find((v) => v.id === 'v02')!.importoNetto = 1234;
      m.parti.voci = m.parti.voci.filter((v) => v.id !== 'v16');
      m.parti.banche.push({ ...m.parti.banche[0]!, id: 'cimiteri', nome: 'Concessioni cimiteriali' });
    }));
    expect(r.conflicts).toEqual([]);
    const after = apply(ours, r);
    const v02 = after.budget.voci.find((v) => v.id === 'v02')!;
    expect([v02.descrizione, v02.importoNetto]).toEqual(['Descrizione del capofila', 1234]);
    expect(ids(after, 'voci')).toEqual(['v02', 'v06', 'v-lead-added']);
    expect(ids(after, 'banche')).toEqual(['edilizia', 'territorio', 'cimiteri']);
    // The lead's and the other partners' rows keep their places.
    expect(after.budget.voci.filter((v) => v.ente !== P)).toEqual(ours.budget.voci.filter((v) => v.ente !== P));
    expect(issues(after).filter((i) => i.severity === 'errore' && !i.code.startsWith('FINANZIAMENTO') && !i.code.startsWith('COFIN'))).toEqual([]);
  });

  it('a row removed on one side and edited on the other is a conflict, settled either way', () => {
    const { doc, module } = send(lead, P, REQ[0]);
    const ours = edit(doc, (d) => { d.budget.voci.find((v) => v.id === 'v06')!.importoNetto = 999; d.budget.voci = d.budget.voci.filter((v) => v.id !== 'v16'); });
    const theirs = reply(module, (m) => { m.parti.voci = m.parti.voci.filter((v) => v.id !== 'v06'); m.parti.voci.find((v) => v.id === 'v16')!.descrizione = 'Rivista dal Comune'; });
    const r = merged(ours, theirs);
    expect(r.conflicts.map((c) => [c.path, c.mine === null, c.theirs === null])).toEqual([['/voci/v06', false, true], ['/voci/v16', true, false]]);
    expect(ids(apply(ours, merged(ours, theirs, 'mio')), 'voci')).toEqual(['v02', 'v06']);
    expect(ids(apply(ours, merged(ours, theirs, 'loro')), 'voci')).toEqual(['v02', 'v16']);
  });

  it('settles each conflict on its own side when chosen per field, and stays unresolved while one is not chosen', () => {
    const { doc, module } = send(lead, P, REQ[0]);
    const ours = edit(doc, (d) => { d.budget.voci.find((v) => v.id === 'v06')!.importoNetto = 999; d.budget.voci = d.budget.voci.filter((v) => v.id !== 'v16'); d.ente.partner[0]!.pec = 'capofila@pec.it'; });
    const theirs = reply(module, (m) => { m.parti.voci = m.parti.voci.filter((v) => v.id !== 'v06'); m.parti.voci.find((v) => v.id === 'v16')!.descrizione = 'Rivista dal Comune'; m.parti.ente.pec = 'comune@pec.it'; });
    const partial = merged(ours, theirs, { perField: { '/voci/v06': 'loro', '/ente/pec': 'loro' } });
    expect(partial.resolved).toBe(false);
    expect(apply(ours, partial)).toBe(ours);
    const all = merged(ours, theirs, { perField: { '/voci/v06': 'loro', '/voci/v16': 'mio', '/ente/pec': 'loro' } });
    expect(all.resolved).toBe(true);
    const after = apply(ours, all);
    // v06 removed as the Comune asked, v16 stays removed as the lead did, the Comune's PEC.
    expect(ids(after, 'voci')).toEqual(['v02']);
    expect(after.ente.partner[0]!.pec).toBe('comune@pec.it');
    const other = apply(ours, merged(ours, theirs, { perField: { '/voci/v06': 'mio', '/voci/v16': 'loro', '/ente/pec': 'mio' } }));
    expect(ids(other, 'voci').sort()).toEqual(['v02', 'v06', 'v16']);
    expect(other.ente.partner[0]!.pec).toBe('capofila@pec.it');
  });

  it('rows added on both sides with one id: equal is fine, different is a conflict per field', () => {
    const { doc, module } = send(lead, P, REQ[0]);
    const row = { ...module.parti.banche[0]!, id: 'nuova', nome: 'Registro' };
    const ours = edit(doc, (d) => { d.dati.banche.push({ ...row }); });
    expect(merged(ours, reply(module, (m) => { m.parti.banche.push({ ...row }); })).conflicts).toEqual([]);
    const r = merged(ours, reply(module, (m) => { m.parti.banche.push({ ...row, nome: 'Registro del Comune' }); }));
    expect(r.conflicts).toEqual([{ path: '/banche/nuova/nome', base: null, mine: 'Registro', theirs: 'Registro del Comune' }]);
  });

  it('takes the partner\'s order when only the partner reordered; both reordering differently is a conflict', () => {
    const { doc, module } = send(lead, P, REQ[0]);
    const reordered = reply(module, (m) => { m.parti.voci.reverse(); });
    expect(ids(apply(doc, merged(doc, reordered)), 'voci')).toEqual(['v16', 'v06', 'v02']);
    const ours = edit(doc, (d) => {
      const [a, b] = [d.budget.voci.findIndex((v) => v.id === 'v02'), d.budget.voci.findIndex((v) => v.id === 'v06')];
      [d.budget.voci[a], d.budget.voci[b]] = [d.budget.voci[b]!, d.budget.voci[a]!];
    });
    expect(ids(ours, 'voci')).toEqual(['v06', 'v02', 'v16']);
    const r = merged(ours, reordered);
    expect(r.conflicts).toEqual([{ path: '/voci#ordine', base: ['v02', 'v06', 'v16'], mine: ['v06', 'v02', 'v16'], theirs: ['v16', 'v06', 'v02'] }]);
    expect(ids(apply(ours, merged(ours, reordered, 'mio')), 'voci')).toEqual(['v06', 'v02', 'v16']);
    expect(ids(apply(ours, merged(ours, reordered, 'loro')), 'voci')).toEqual(['v16', 'v06', 'v02']);
  });

  it('renames a row the partner added with an id another body already uses', () => {
    const { doc, module } = send(lead, P, REQ[0]);
    const r = merged(doc, reply(module, (m) => { m.parti.voci.push({ ...m.parti.voci[0]!, id: 'v01', descrizione: 'Nuova voce del Comune' }); }));
    expect(r.renamed).toEqual([['v01', 'v01-2']]);
    const after = apply(doc, r);
    expect(after.budget.voci.filter((v) => v.id === 'v01')).toHaveLength(1);
    expect(after.budget.voci.find((v) => v.id === 'v01-2')).toMatchObject({ ente: P, descrizione: 'Nuova voce del Comune' });
    expect(issues(after).map((i) => i.code)).not.toContain('ID_DUPLICATO');
  });
});

describe('replies refused, with their code and fields, and nothing merged', () => {
  const { doc, module } = send(lead, P, REQ[0]);
  const refusedWith = (ours: Proposal, r: Parameters<typeof mergePartnerReply>[1]) => {
    const out = mergePartnerReply(ours, r, UNSIGNED);
    return out.ok ? null : { code: out.refusal.code, fields: out.refusal.fields };
  };

  it('a budget line for another partner or for the lead', () => {
    expect(refusedWith(doc, reply(module, (m) => { m.parti.voci.push({ ...m.parti.voci[0]!, id: 'x1', ente: 'soleto' }); })))
      .toEqual({ code: 'RISPOSTA_VOCE_ALTRO_ENTE', fields: ['/parti/voci/3/ente'] });
    expect(refusedWith(doc, reply(module, (m) => { m.parti.voci[1]!.ente = 'capofila'; })))
      .toEqual({ code: 'RISPOSTA_VOCE_ALTRO_ENTE', fields: ['/parti/voci/1/ente'] });
  });

  it('a database or attachment given to another body, or the partner\'s id changed', () => {
    expect(refusedWith(doc, reply(module, (m) => { m.parti.banche[0]!.ente = 'capofila'; m.parti.ente.id = 'altro'; })))
      .toEqual({ code: 'RISPOSTA_FUORI_PARTE', fields: ['/parti/ente/id', '/parti/banche/0/ente'] });
  });

  it('a module edited by hand to touch the lead\'s title, naming the field', () => {
    expect(refusedWith(doc, reply(module, (m) => { m.contesto.titolo = 'Un altro titolo'; })))
      .toEqual({ code: 'RISPOSTA_FUORI_PARTE', fields: ['/contesto/titolo'] });
    // The lead may change its own title meanwhile: the partner's untouched context is still accepted.
    expect(mergePartnerReply(edit(doc, (d) => { d.progetto.titolo = 'Nuovo titolo del capofila'; }), module, UNSIGNED).ok).toBe(true);
  });

  it('a base edited by hand', () => {
    expect(refusedWith(doc, reply(module, (m) => { m.base.ente.pec = 'x@pec.it'; }))?.code).toBe('RISPOSTA_BASE_ALTERATA');
  });

  it('a reply for another proposal', () => {
    expect(refusedWith(doc, reply(module, (m) => { m.proposta = '99999999-9999-4999-8999-999999999999'; }))).toEqual({ code: 'RISPOSTA_ALTRA_PROPOSTA', fields: ['/proposta'] });
  });

  it('a reply replayed after a newer request, an unknown request, and a reply merged twice', () => {
    const newer = send(doc, P, REQ[1]).doc;
    expect(refusedWith(newer, module)?.code).toBe('RISPOSTA_RICHIESTA_SUPERATA');
    expect(refusedWith(newer, reply(module, (m) => { m.richiesta = REQ[2]; }))?.code).toBe('RISPOSTA_SENZA_RICHIESTA');
    expect(refusedWith(lead, module)?.code).toBe('RISPOSTA_SENZA_RICHIESTA');
    const once = apply(doc, merged(doc, module));
    expect(refusedWith(once, module)?.code).toBe('RISPOSTA_GIA_UNITA');
  });
});
