import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadP12 } from './p12';
import { createTestPki, type TestPki } from './test-support/certs';

let pki: TestPki;
beforeAll(() => {
  pki = createTestPki();
});
afterAll(() => pki.cleanup());

describe('loadP12', () => {
  it('reads the valid signer (OpenSSL 3 AES/PBKDF2 defaults)', () => {
    const result = loadP12(pki.p12.valid, pki.password, new Date());
    if (!result.ok) throw new Error(result.code);
    expect(result.subject).toEqual({
      commonName: 'Mario Rossi',
      fiscalCode: 'RSSMRA85T10A562S',
      organization: 'Comune di Molfetta',
    });
    // The exact bytes openssl issued: signing-certificate-v2 hashes them.
    expect(Buffer.from(result.certificate).equals(Buffer.from(pki.certificateDer.valid))).toBe(true);
    expect(result.chain.map((c) => Buffer.from(c).equals(Buffer.from(pki.caDer)))).toEqual([true]);
    expect(result.key.type).toBe('private');
    expect(result.key.asymmetricKeyType).toBe('rsa');
  });

  it('reads a -legacy (RC2/3DES, SHA-1 MAC) file', () => {
    const result = loadP12(pki.p12.legacy, pki.password, new Date());
    expect(result.ok).toBe(true);
  });

  it('reads an AES file protected by a non-ASCII password, and still rejects a wrong one', () => {
    expect(loadP12(pki.p12.unicodePassword, pki.unicodePassword, new Date()).ok).toBe(true);
    expect(loadP12(pki.p12.unicodePassword, 'Perche-euro', new Date())).toMatchObject({ code: 'P12_PASSWORD_ERRATA' });
  });

  it('reads an ECDSA P-256 signer', () => {
    const result = loadP12(pki.p12.ecdsa, pki.password, new Date());
    if (!result.ok) throw new Error(result.code);
    expect(result.key.asymmetricKeyType).toBe('ec');
    expect(Buffer.from(result.certificate).equals(Buffer.from(pki.certificateDer.ecdsa))).toBe(true);
  });

  it.each([
    ['valid', 'sbagliata', 'P12_PASSWORD_ERRATA'],
    ['legacy', 'sbagliata', 'P12_PASSWORD_ERRATA'],
    ['expired', undefined, 'CERTIFICATO_SCADUTO'],
    ['notYetValid', undefined, 'CERTIFICATO_NON_ANCORA_VALIDO'],
    ['noSigningUsage', undefined, 'CERTIFICATO_SENZA_USO_FIRMA'],
    ['certificatesOnly', undefined, 'CHIAVE_MANCANTE'],
  ] as const)('%s with password %s gives %s', (name, password, code) => {
    const result = loadP12(pki.p12[name], password ?? pki.password, new Date());
    expect(result.ok ? 'ok' : result.code).toBe(code);
  });

  it('rejects bytes that are not a PKCS#12', () => {
    const notP12 = new TextEncoder().encode('{"manifest":true}');
    const result = loadP12(notP12, pki.password, new Date());
    expect(result.ok ? 'ok' : result.code).toBe('P12_NON_VALIDO');
    expect(loadP12(pki.caDer, pki.password, new Date())).toMatchObject({ ok: false, code: 'P12_NON_VALIDO' });
  });

  it('checks validity against the given date, not the clock', () => {
    const result = loadP12(pki.p12.expired, pki.password, new Date('2020-06-01T00:00:00Z'));
    expect(result.ok).toBe(true);
  });

  it('does not reveal the password or the key when the result is serialised', () => {
    const result = loadP12(pki.p12.valid, pki.password, new Date());
    const text = JSON.stringify(result);
    expect(text).not.toContain(pki.password);
    expect(text).not.toContain('PRIVATE');
  });
});
