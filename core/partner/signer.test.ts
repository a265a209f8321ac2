import { describe, expect, it } from 'vitest';
import { edit, starter } from '../../test/helpers/docs';
import { signerRefusal, type ReplySignature } from './signer';
import { REQ, reply, send } from './test-support';

const P = 'cutrofiano';
const lead = edit(starter('aggregazione'), (d) => { d.ente.partner[0]!.legaleRappresentante.codiceFiscale = 'RSSMRA70A01D851X'; });
const { doc, module } = send(lead, P, REQ[0]);
const signed = (fiscalCode: string, state: ReplySignature['state'] = 'valida'): ReplySignature => ({ state, signer: 'Mario Rossi', fiscalCode });
const code = (r: ReturnType<typeof signerRefusal>): string | null => r?.code ?? null;

describe('signerRefusal', () => {
  it('accepts a valid signature of the legal representative, whatever the case of the codice fiscale', () => {
    expect(code(signerRefusal(doc, module, signed('rssmra70a01d851x')))).toBeNull();
  });
  it('refuses an unsigned reply, an invalid signature and another signer, each with its code', () => {
    expect(code(signerRefusal(doc, module, signed('', 'assente')))).toBe('RISPOSTA_NON_FIRMATA');
    expect(code(signerRefusal(doc, module, signed('RSSMRA70A01D851X', 'non-valida')))).toBe('RISPOSTA_FIRMA_NON_VALIDA');
    expect(code(signerRefusal(doc, module, signed('VRDLGI80B02D851Y')))).toBe('RISPOSTA_FIRMATARIO_DIVERSO');
    expect(code(signerRefusal(doc, module, signed('')))).toBe('RISPOSTA_FIRMATARIO_DIVERSO');
  });
  it('does not let a reply vouch for itself: changing the representative in the reply does not change the reference', () => {
    const forged = reply(module, (m) => { m.parti.ente.legaleRappresentante.codiceFiscale = 'VRDLGI80B02D851Y'; });
    expect(code(signerRefusal(doc, forged, signed('VRDLGI80B02D851Y')))).toBe('RISPOSTA_FIRMATARIO_DIVERSO');
  });
  it('uses the codice fiscale the reply declares only when the lead has none, and says so when neither has one', () => {
    const blank = edit(doc, (d) => { d.ente.partner[0]!.legaleRappresentante.codiceFiscale = ''; });
    const declared = reply(module, (m) => { m.parti.ente.legaleRappresentante.codiceFiscale = 'VRDLGI80B02D851Y'; });
    expect(code(signerRefusal(blank, declared, signed('VRDLGI80B02D851Y')))).toBeNull();
    const none = reply(module, (m) => { m.parti.ente.legaleRappresentante.codiceFiscale = ''; });
    expect(code(signerRefusal(blank, none, signed('VRDLGI80B02D851Y')))).toBe('RISPOSTA_RAPPRESENTANTE_SENZA_CF');
  });
});
