// @vitest-environment jsdom
// Partner mode in the store: every change goes through core's partnerDocument, so the lead's fields
// cannot change, a row added is the Comune's, and the issues listed are the Comune's own.
import { describe, expect, it } from 'vitest';
import { buildPartnerModule, proposalOfModule } from '../../core';
import { afterTypingPause, starter } from '../test/setup';
import { dispatch } from './actions';
import { load } from './document';
import { editorIssues } from './selectors';
import { useStore } from './store';
import { replyName } from './partner';

function openModule() {
  const built = buildPartnerModule(starter('aggregazione'), 'soleto', { requestId: '11111111-1111-4111-8111-111111111111', now: new Date(), requestedBy: '' });
  if (!built.ok) throw new Error(built.refusal.code);
  const doc = proposalOfModule(built.module);
  load(doc, { handle: 'a'.repeat(32), name: 'soleto.proposta-partner', saved: doc, checkAll: true, partner: built.module });
  return built.module;
}

const doc = () => useStore.getState().doc!;

describe('partner mode in the store', () => {
  it('keeps the lead\'s fields as sent and makes every new row the Comune\'s', () => {
    const module = openModule();
    dispatch({ type: 'fields/set', pointer: '/progetto/titolo', value: 'Un altro titolo' });
    expect(doc().progetto.titolo).toBe(module.contesto.titolo);
    dispatch({ type: 'fields/set', pointer: '/ente/partner/0/pec', value: 'protocollo@pec.comune.soleto.le.it' });
    expect(doc().ente.partner[0]!.pec).toBe('protocollo@pec.comune.soleto.le.it');
    dispatch({ type: 'budget/add-line' });
    expect(doc().budget.voci.at(-1)!.ente).toBe('soleto');
    expect(useStore.getState().past.length).toBeGreaterThan(0);
  });

  it('lists only the Comune\'s own issues', async () => {
    openModule();
    dispatch({ type: 'fields/set', pointer: '/ente/partner/0/legaleRappresentante/codiceFiscale', value: 'XYZ' });
    await afterTypingPause();
    const issues = editorIssues(useStore.getState());
    expect(issues.some((i) => i.pointer === '/ente/partner/0/legaleRappresentante/codiceFiscale')).toBe(true);
    expect(issues.every((i) => /^\/(ente\/partner\/0|dati\/banche|budget\/voci|allegati\/elenco)\//.test(i.pointer))).toBe(true);
  });

  it('names the reply after the module', () => {
    expect(replyName('soleto.proposta-partner')).toBe('soleto.proposta-partner.p7m');
    expect(replyName('Soleto (copia).PROPOSTA-PARTNER')).toBe('Soleto (copia).proposta-partner.p7m');
  });
});
