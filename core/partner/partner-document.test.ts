import { describe, expect, it } from 'vitest';
import { edit, NOW, PROFILE, starter } from '../../test/helpers/docs';
import { applyAction } from '../actions';
import { mergePartnerReply } from './merge-reply';
import { moduleWithProposal, partnerDocument, partnerIssues, proposalOfModule, validatePartnerModule } from './restricted';
import { REQ, send, UNSIGNED } from './test-support';

const lead = starter('aggregazione');
const { doc: sent, module } = send(lead, 'soleto', REQ[0]);

describe('the partner\'s document in the editor', () => {
  it('maps a module to a proposal and back unchanged', () => {
    expect(moduleWithProposal(module, proposalOfModule(module))).toEqual(module);
  });

  it('takes only the partner\'s parts back: the title, the lead, other partners and the base cannot change through it', () => {
    const doc = edit(proposalOfModule(module), (d) => {
      d.progetto.titolo = 'Titolo cambiato';
      d.ente.capofila.denominazione = 'Altro capofila';
      d.cronoprogramma.attivita = [];
      d.ente.partner.push({ ...d.ente.partner[0]!, id: 'intruso', denominazione: 'Intruso' });
      d.ente.partner[0]!.pec = 'protocollo@pec.comune.soleto.le.it';
      d.budget.voci[0]!.descrizione = 'Nuova descrizione';
    });
    const m = moduleWithProposal(module, doc);
    expect(m.contesto).toEqual(module.contesto);
    expect(m.base).toEqual(module.base);
    expect({ ...m, parti: null }).toEqual({ ...module, parti: null });
    expect(m.parti.ente.pec).toBe('protocollo@pec.comune.soleto.le.it');
    expect(m.parti.voci[0]!.descrizione).toBe('Nuova descrizione');
    expect(partnerDocument(module, doc).progetto.titolo).toBe(module.contesto.titolo);
    expect(partnerDocument(module, doc).ente.partner.map((p) => p.id)).toEqual(['soleto']);
  });

  it('makes every row added or reassigned in the editor the partner\'s, and keeps the partner\'s id', () => {
    let doc = proposalOfModule(module);
    doc = applyAction(doc, { type: 'budget/add-line' }).doc;
    doc = applyAction(doc, { type: 'rows/add', pointer: '/dati/banche' }).doc;
    doc = edit(doc, (d) => { d.budget.voci[0]!.ente = 'capofila'; d.ente.partner[0]!.id = 'altro'; });
    const m = moduleWithProposal(module, doc);
    expect(m.parti.voci.length).toBe(module.parti.voci.length + 1);
    expect(m.parti.banche.length).toBe(module.parti.banche.length + 1);
    expect([...m.parti.voci, ...m.parti.banche].every((r) => r.ente === 'soleto')).toBe(true);
    expect(m.parti.ente.id).toBe('soleto');
    // The lead merges it without a refusal: nothing outside the partner's parts changed.
    expect(mergePartnerReply(sent, m, UNSIGNED).ok).toBe(true);
  });

  it('shows the partner\'s own errors at the same place in the document and in the module', () => {
    const doc = edit(proposalOfModule(module), (d) => { d.ente.partner[0]!.pec = 'non-una-pec'; d.progetto.titolo = ''; });
    const inDoc = partnerIssues(doc, { profile: PROFILE, now: NOW });
    const inModule = validatePartnerModule(moduleWithProposal(module, doc), { profile: PROFILE, now: NOW });
    expect(inDoc.some((i) => i.pointer === '/ente/partner/0/pec')).toBe(true);
    expect(inDoc.every((i) => /^\/(ente\/partner\/0|dati\/banche|budget\/voci|allegati\/elenco)/.test(i.pointer))).toBe(true);
    expect(inModule.map((i) => i.pointer)).toEqual(inDoc.map((i) => i.pointer.replace('/ente/partner/0', '/parti/ente').replace(/^\/(dati|budget|allegati)\/(banche|voci|elenco)/, (_, _a, b: string) => `/parti/${b === 'elenco' ? 'allegati' : b}`)));
  });
});
