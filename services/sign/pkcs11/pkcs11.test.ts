import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCadesDetached } from '../cades';
import { signCadesEnveloping } from '../p7m';
import { verifyP7m } from '../p7m-verify';
import { signPdfPades } from '../pades';
import { verifyPdfSignatures } from '../pades-verify';
import { createTestPki, type TestPki } from '../test-support/certs';
import { makeTestPdf } from '../test-support/pdf';
import { createTestToken, SOFTHSM_MODULE, type TestToken } from '../test-support/softhsm';
import { run } from '../test-support/tools';
import { describeModule, installedModules, openTokenSigner, wellKnownModules } from '.';

let pki: TestPki;
let token: TestToken;
const manifest = new TextEncoder().encode('{"versione":2}\n');
const tool = (command: string, ...args: string[]) => run(command, args, { cwd: pki.dir });
const save = (name: string, bytes: Uint8Array) => { writeFileSync(join(pki.dir, name), bytes); return name; };

beforeAll(() => {
  pki = createTestPki();
  token = createTestToken();
  token.add(pki, 'valid', '01', 'Firma Mario Rossi');
  token.add(pki, 'verdi', '02', 'Firma Giuseppe Verdi', { alwaysAuthenticate: true });
  token.add(pki, 'noSigningUsage', '03', 'Cifratura');
  token.add(pki, 'ecdsa', '04', 'Firma ECDSA', { certOnly: false });
});
afterAll(() => {
  token.cleanup();
  pki.cleanup();
});

describe('PKCS#11 module paths', () => {
  it('offers the Italian card makers, OpenSC and SoftHSM on each platform', () => {
    const linux = wellKnownModules('linux').map((m) => m.path);
    expect(linux).toEqual(expect.arrayContaining(['/usr/lib/libbit4xpki.so', '/usr/lib/libASEP11.so', SOFTHSM_MODULE]));
    expect(linux.some((p) => p.endsWith('/opensc-pkcs11.so'))).toBe(true);
    const windows = wellKnownModules('win32').map((m) => m.path);
    expect(windows).toEqual(expect.arrayContaining(['C:\\Windows\\System32\\bit4xpki.dll', 'C:\\Windows\\System32\\asepkcs.dll']));
    expect(wellKnownModules('aix')).toEqual([]);
  });

  it('finds the modules installed here (SoftHSM and OpenSC, from .ci/run)', () => {
    const labels = installedModules('linux').map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['OpenSC', 'SoftHSM (token software, per prove)']));
    expect(installedModules('linux', () => false)).toEqual([]);
  });
});

describe('describeModule', () => {
  it('lists the token and its certificates with holder, codice fiscale and usage, without a PIN', async () => {
    const [entry, ...others] = await describeModule(token.modulePath);
    expect(others).toEqual([]);
    expect(entry?.token).toMatchObject({ label: 'Firma Prova', manufacturer: 'SoftHSM project', pinLocked: false });
    const certs = (entry?.certificates ?? []).map((c) => ({ id: c.id, label: c.label, holder: c.holder, cf: c.fiscalCode, nr: c.nonRepudiation, canSign: c.canSign }));
    expect(certs.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: '01', label: 'Firma Mario Rossi', holder: 'Mario Rossi', cf: 'RSSMRA85T10A562S', nr: true, canSign: true },
      { id: '02', label: 'Firma Giuseppe Verdi', holder: 'Giuseppe Verdi', cf: 'VRDGPP80A01F205X', nr: true, canSign: true },
      { id: '03', label: 'Cifratura', holder: 'Mario Rossi', cf: 'RSSMRA85T10A562S', nr: false, canSign: false },
      { id: '04', label: 'Firma ECDSA', holder: 'Mario Rossi', cf: 'RSSMRA85T10A562S', nr: true, canSign: true },
    ]);
  });

  it('refuses a path that is not a PKCS#11 module', async () => {
    await expect(describeModule('/nonexistent/libbit4xpki.so')).rejects.toMatchObject({ code: 'PKCS11_MODULO_NON_CARICABILE' });
    await expect(describeModule(join(pki.dir, 'ca.pem'))).rejects.toMatchObject({ code: 'PKCS11_MODULO_NON_CARICABILE' });
  });
});

describe('openTokenSigner', () => {
  it('chooses by codice fiscale or label, and asks when the choice is ambiguous', async () => {
    await expect(openTokenSigner(token.modulePath, {}, token.pin)).rejects.toMatchObject({ code: 'CERTIFICATO_AMBIGUO' });
    await expect(openTokenSigner(token.modulePath, { certificate: 'RSSMRA85T10A562S' }, token.pin)).rejects.toMatchObject({ code: 'CERTIFICATO_AMBIGUO' });
    await expect(openTokenSigner(token.modulePath, { certificate: 'BNCLRA90M41A662Q' }, token.pin)).rejects.toMatchObject({ code: 'CERTIFICATO_NON_TROVATO' });
    await expect(openTokenSigner(token.modulePath, { token: 'Altra', certificate: '01' }, token.pin)).rejects.toMatchObject({ code: 'TOKEN_NON_TROVATO' });
    const signer = await openTokenSigner(token.modulePath, { token: 'Firma Prova', certificate: 'vrdgpp80a01f205x' }, token.pin);
    try {
      expect(signer.selected.label).toBe('Firma Giuseppe Verdi');
      expect(signer.alwaysAuthenticate).toBe(true);
    } finally {
      signer.close();
    }
  });

  it('reports a wrong PIN without the PIN appearing anywhere in the error', async () => {
    const wrong = '99119911';
    const error = await openTokenSigner(token.modulePath, { certificate: 'Firma Mario Rossi' }, wrong).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PIN_ERRATO' });
    const seen = [String(error), (error as Error).stack, JSON.stringify(error), String((error as Error).cause), (error as { cause?: Error }).cause?.stack];
    for (const text of seen) expect(text ?? '').not.toContain(wrong);
  });

  it('signs an enveloping CAdES with the token key: openssl and verifyP7m accept it', async () => {
    const signer = await openTokenSigner(token.modulePath, { certificate: 'Firma Mario Rossi' }, token.pin);
    let p7m: Uint8Array;
    try {
      p7m = await signCadesEnveloping(manifest, { ...signer, chain: [pki.caDer] }, { signingTime: new Date() });
    } finally {
      signer.close();
    }
    const result = tool('openssl', 'cms', '-verify', '-binary', '-inform', 'DER', '-in', save('token.p7m', p7m), '-CAfile', 'ca.pem', '-purpose', 'any', '-out', 'token.out');
    expect(result.stderr).toContain('CMS Verification successful');
    expect(readFileSync(join(pki.dir, 'token.out')).equals(Buffer.from(manifest))).toBe(true);
    expect(await verifyP7m(p7m, { trustedRoots: [pki.caDer] })).toMatchObject({ valid: true, signers: [{ signer: { fiscalCode: 'RSSMRA85T10A562S' } }] });
  });

  it('signs a PAdES dossier with the token key: pdfsig accepts it', async () => {
    const signer = await openTokenSigner(token.modulePath, { certificate: '01' }, token.pin);
    let signed: Uint8Array;
    try {
      expect(signer.alwaysAuthenticate).toBe(false);
      signed = await signPdfPades(await makeTestPdf(), signer, { reason: 'Prova', location: 'Molfetta', name: 'Mario Rossi' });
    } finally {
      signer.close();
    }
    const pdfsig = tool('pdfsig', '-nocert', save('token.pdf', signed)).stdout;
    expect(pdfsig).toContain('Signature Validation: Signature is Valid.');
    expect(pdfsig).toContain('Signer Certificate Common Name: Mario Rossi');
    expect(await verifyPdfSignatures(signed)).toMatchObject({ valid: true });
  });

  it('logs in again for a key that demands the PIN at every signature (CKA_ALWAYS_AUTHENTICATE)', async () => {
    const signer = await openTokenSigner(token.modulePath, { certificate: 'Firma Giuseppe Verdi' }, token.pin);
    try {
      expect(signer.alwaysAuthenticate).toBe(true);
      for (let i = 0; i < 2; i++) {
        const p7s = await signCadesDetached(manifest, signer);
        writeFileSync(join(pki.dir, 'm.json'), manifest);
        expect(tool('openssl', 'cms', '-verify', '-binary', '-inform', 'DER', '-in', save('verdi.p7s', p7s), '-content', 'm.json',
          '-CAfile', 'ca.pem', '-purpose', 'any', '-out', '/dev/null').status).toBe(0);
      }
    } finally {
      signer.close();
    }
  });

  it('signs with an EC key on the token', async () => {
    const signer = await openTokenSigner(token.modulePath, { certificate: 'Firma ECDSA' }, token.pin);
    try {
      expect(signer.key.algorithm).toBe('ECDSA');
      expect(await verifyP7m(await signCadesEnveloping(manifest, signer))).toMatchObject({ valid: true });
    } finally {
      signer.close();
    }
  });

  it('serves concurrent signers from one module and refuses to sign after close', async () => {
    const signers = await Promise.all(['01', '04', '01'].map((id) => openTokenSigner(token.modulePath, { certificate: id }, token.pin)));
    try {
      const results = await Promise.all(signers.map(async (s) => verifyP7m(await signCadesEnveloping(manifest, s))));
      expect(results.every((r) => r.valid)).toBe(true);
    } finally {
      for (const s of signers) s.close();
    }
    const [first] = signers;
    await expect(first ? signCadesEnveloping(manifest, first) : Promise.resolve()).rejects.toMatchObject({ code: 'TOKEN_ERRORE' });
    // The module was finalised with the last close: opening again works.
    expect((await describeModule(token.modulePath)).length).toBe(1);
  });
});
