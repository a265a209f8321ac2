// A reply signed on a smart card (SoftHSM2 through PKCS#11, as a Comune's legal representative signs
// with the card) is verified and merged like one signed with a .p12: the signer's codice fiscale
// comes from the card's certificate.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerModule, Proposal } from '../../core';
import { edit, PROFILE, starter } from '../../test/helpers/docs';
import { tempFolders } from '../../test/helpers/temp';
import { signCadesEnveloping } from '../sign/p7m';
import { openTokenSigner } from '../sign/pkcs11';
import { createTestPki, type TestPki } from '../sign/test-support/certs';
import { createTestToken, type TestToken } from '../sign/test-support/softhsm';
import { cliHost } from './hosts';
import { loadProposal } from './open';
import { importPartnerReply } from './partner-import';
import { preparePartnerModules } from './partner-modules';

const tmp = tempFolders('partner-pkcs11');
let pki: TestPki;
let token: TestToken;
beforeAll(() => {
  pki = createTestPki(new Date(Date.now() - 10 * 86_400_000));
  token = createTestToken();
  token.add(pki, 'valid', '01', 'Firma Mario Rossi');
});
afterAll(() => {
  token.cleanup();
  pki.cleanup();
});

describe('importPartnerReply: a reply signed on a smart card (SoftHSM2)', () => {
  it('is verified, its signer matched with the legal representative, merged and kept', async () => {
    const host = cliHost({ profile: PROFILE });
    const dir = tmp();
    const file = join(dir, 'p.proposta');
    const lead = edit(starter('aggregazione'), (d) => { d.ente.partner[2]!.legaleRappresentante.codiceFiscale = 'RSSMRA85T10A562S'; });
    writeFileSync(file, JSON.stringify(lead));
    const first = await loadProposal(host, file);
    if (!first.ok) throw new Error('illeggibile');
    const prepared = await preparePartnerModules(host, { doc: first.doc, partners: ['sogliano-cavour'], requestedBy: '', destination: { kind: 'folder', place: { kind: 'path', path: dir } }, save: { path: file, expected: first.stamp! } });
    expect(prepared.ok).toBe(true);
    const module = JSON.parse(readFileSync(join(dir, 'sogliano-cavour.proposta-partner'), 'utf8')) as PartnerModule;
    module.parti.ente.pec = 'carta@pec.comune.sogliano.le.it';
    const signer = await openTokenSigner(token.modulePath, { certificate: 'RSSMRA85T10A562S' }, token.pin);
    let p7m: Uint8Array;
    try {
      p7m = await signCadesEnveloping(new TextEncoder().encode(JSON.stringify(module)), signer, { signingTime: new Date() });
    } finally {
      signer.close();
    }
    writeFileSync(join(dir, 'risposta.p7m'), p7m);
    const loaded = await loadProposal(host, file);
    if (!loaded.ok) throw new Error('illeggibile');
    const r = await importPartnerReply(host, { doc: loaded.doc, proposal: { path: file, expected: loaded.stamp! }, reply: { kind: 'path', path: join(dir, 'risposta.p7m') }, accept: false, save: true });
    expect(r.ok && 'esito' in r.value && r.value.esito).toBe('unita');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Proposal;
    expect(saved.ente.partner[2]!.pec).toBe('carta@pec.comune.sogliano.le.it');
    const record = saved.ente.scambi[0]!;
    expect(record.risposta).toMatchObject({ firma: 'valida', firmatario: 'Mario Rossi', codiceFiscaleFirmatario: 'RSSMRA85T10A562S' });
    expect(readFileSync(join(dir, 'risposte', `sogliano-cavour-${record.richiesta.slice(0, 8)}.proposta-partner.p7m`)).equals(Buffer.from(p7m))).toBe(true);
  });
});
