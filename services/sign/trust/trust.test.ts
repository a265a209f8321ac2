import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChainPki, type ChainPki } from '../test-support/chain-pki';
import { makeTestTsl } from '../test-support/tsl';
import { readCertificateFile } from './anchors';
import { buildChain } from './chain';
import { CA_QC, parseTrustedList } from './tsl';

let pki: ChainPki;
let now: Date;
beforeAll(() => {
  pki = createChainPki();
  now = new Date(Date.now() + 5000); // openssl x509 -req starts validity at the second of issue
});
afterAll(() => pki.cleanup());

describe('buildChain', () => {
  it('reaches the root through the embedded issuing CA, or the issuing CA when that is the anchor', () => {
    const viaRoot = buildChain(pki.signer, [pki.issuing], [pki.root], now);
    expect(viaRoot).toMatchObject({ trusted: true });
    expect(viaRoot.trusted && viaRoot.path.map((c) => c.subject.split('\n').pop())).toEqual(['CN=Mario Rossi', 'CN=CA qualificata di prova']);
    expect(buildChain(pki.signer, [], [pki.issuing], now)).toMatchObject({ trusted: true }); // TSL-IT lists issuing CAs
  });

  it('refuses a missing link, a foreign anchor, a non-CA issuer and an issuer expired at the time', () => {
    expect(buildChain(pki.signer, [], [pki.root], now)).toEqual({ trusted: false, code: 'CATENA_NON_FIDATA' });
    expect(buildChain(pki.signer, [pki.issuing], [pki.notCa], now)).toEqual({ trusted: false, code: 'CATENA_NON_FIDATA' });
    // An end-entity certificate (no keyCertSign) is not accepted as an issuer at all.
    expect(buildChain(pki.rogueSigner, [pki.notCa], [pki.root], now)).toEqual({ trusted: false, code: 'CATENA_NON_FIDATA' });
    expect(buildChain(pki.signer, [pki.issuing], [pki.root], new Date(now.getTime() + 800 * 86_400_000)))
      .toEqual({ trusted: false, code: 'CATENA_NON_VALIDA' });
    expect(buildChain(new Uint8Array([1, 2]), [], [pki.root], now)).toEqual({ trusted: false, code: 'CERTIFICATO_NON_LEGGIBILE' });
  });

  it('does not trust a self-signed signer that only embeds itself', () => {
    expect(buildChain(pki.root, [pki.root], [pki.issuing], now)).toEqual({ trusted: false, code: 'CATENA_NON_FIDATA' });
  });
});

describe('readCertificateFile (--ca)', () => {
  it('reads a PEM bundle and a DER file, and refuses anything else', () => {
    const bundle = readFileSync(join(pki.dir, 'root.pem'), 'utf8') + readFileSync(join(pki.dir, 'issuing.pem'), 'utf8');
    const read = readCertificateFile(new TextEncoder().encode(bundle));
    expect(read.ok && read.certificates.length).toBe(2);
    expect(readCertificateFile(pki.root)).toMatchObject({ ok: true });
    expect(readCertificateFile(new TextEncoder().encode('non un certificato'))).toEqual({ ok: false, code: 'CA_NON_LEGGIBILE' });
    const broken = bundle.replace(/MII/, 'XXX');
    expect(readCertificateFile(new TextEncoder().encode(broken))).toEqual({ ok: false, code: 'CA_NON_LEGGIBILE' });
  });
});

describe('parseTrustedList (ETSI TS 119 612)', () => {
  const services = () => [
    { provider: 'Prova S.p.A.', service: 'CA qualificata di prova', certificates: [pki.issuing] },
    { provider: 'Prova S.p.A.', service: 'CA ritirata', status: 'http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/withdrawn', certificates: [pki.root] },
    { provider: 'Altro & C.', service: 'Marche temporali', type: 'http://uri.etsi.org/TrstSvc/Svctype/TSA/QTST', certificates: [pki.notCa] },
    { provider: 'Altro & C.', service: 'CA non qualificata', type: 'http://uri.etsi.org/TrstSvc/Svctype/CA/PKC', certificates: [pki.notCa] },
  ];

  it.each([false, true])('takes only granted CA/QC services (prefixed: %s)', (prefixed) => {
    const list = parseTrustedList(makeTestTsl(services(), { prefixed }));
    expect(list).toMatchObject({ ok: true, territory: 'IT', nextUpdate: '2027-05-01T00:00:00Z', skippedCertificates: 0 });
    if (!list.ok) return;
    expect(list.anchors.map((a) => [a.provider, a.service])).toEqual([['Prova S.p.A.', 'CA qualificata di prova']]);
    expect(Buffer.from(list.anchors[0]?.der ?? []).equals(Buffer.from(pki.issuing))).toBe(true);
    expect(buildChain(pki.signer, [], list.anchors.map((a) => a.der), now)).toMatchObject({ trusted: true });
    expect(CA_QC).toBe('http://uri.etsi.org/TrstSvc/Svctype/CA/QC');
  });

  it('refuses what is not a trusted list, never expands entities and survives hostile XML', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(parseTrustedList(enc('non è XML'))).toEqual({ ok: false, code: 'ELENCO_NON_LEGGIBILE' });
    expect(parseTrustedList(enc('<a><b></a>'))).toEqual({ ok: false, code: 'ELENCO_NON_LEGGIBILE' });
    expect(parseTrustedList(enc('<?xml version="1.0"?><Altro/>'))).toEqual({ ok: false, code: 'ELENCO_NON_VALIDO' });
    const laughs = '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
      + '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
      + '<TrustServiceStatusList><SchemeInformation><SchemeTerritory>&d;&d;&d;&d;</SchemeTerritory></SchemeInformation></TrustServiceStatusList>';
    const parsed = parseTrustedList(enc(laughs));
    expect(parsed.ok && parsed.territory).toBe('&d;&d;&d;&d;');
    const deep = `${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}`;
    expect(parseTrustedList(enc(deep))).toEqual({ ok: false, code: 'ELENCO_NON_LEGGIBILE' });
    expect(parseTrustedList(new Uint8Array(64 * 1024 * 1024 + 1))).toEqual({ ok: false, code: 'ELENCO_TROPPO_GRANDE' });
    const badCert = new TextDecoder().decode(makeTestTsl([{ provider: 'P', service: 'S', certificates: [new Uint8Array([1, 2, 3])] }]));
    expect(parseTrustedList(enc(badCert))).toMatchObject({ ok: true, anchors: [], skippedCertificates: 1 });
  });
});
