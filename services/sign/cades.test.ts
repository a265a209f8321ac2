import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCadesDetached } from './cades';
import { verifyCadesDetached } from './cades-verify';
import { loadP12, type LoadedSigner } from './p12';
import { createTestPki, signerFromFiles, type TestPki } from './test-support/certs';
import { run } from './test-support/tools';

let pki: TestPki;
let signer: LoadedSigner;
const manifest = new TextEncoder().encode('{"versione":1,"file":[{"nome":"proposta.pdf","sha256":"00"}]}\n');
const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

beforeAll(() => {
  pki = createTestPki();
  const loaded = loadP12(pki.p12.valid, pki.password, new Date());
  if (!loaded.ok) throw new Error(loaded.code);
  signer = loaded.signer;
});
afterAll(() => pki.cleanup());

/** Writes content and signature, then asks openssl to verify against the test CA. */
function opensslVerify(name: string, content: Uint8Array, signature: Uint8Array) {
  writeFileSync(join(pki.dir, `${name}.json`), content);
  writeFileSync(join(pki.dir, `${name}.p7s`), signature);
  return run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', `${name}.p7s`, '-content', `${name}.json`,
    '-CAfile', 'ca.pem', '-purpose', 'any', '-out', '/dev/null'], { cwd: pki.dir });
}

function opensslPrint(name: string, signature: Uint8Array): string {
  writeFileSync(join(pki.dir, `${name}.p7s`), signature);
  return run('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', `${name}.p7s`], { cwd: pki.dir }).stdout;
}

describe('signCadesDetached', () => {
  it('is accepted by openssl cms -verify with the test CA', async () => {
    const signature = await signCadesDetached(manifest, signer, { signingTime: new Date() });
    const result = opensslVerify('manifest', manifest, signature);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('CMS Verification successful');
  });

  it('carries signing-certificate-v2, and signingTime only when asked', async () => {
    const withTime = opensslPrint('with-time', await signCadesDetached(manifest, signer, { signingTime: new Date() }));
    expect(withTime).toMatch(/signingCertificateV2 \(1\.2\.840\.113549\.1\.9\.16\.2\.47\)/);
    expect(withTime).toContain('signingTime (1.2.840.113549.1.9.5)');
    expect(withTime).toContain('messageDigest (1.2.840.113549.1.9.4)');
    expect(withTime).toContain('eContent: <ABSENT>'); // detached
    const without = opensslPrint('no-time', await signCadesDetached(manifest, signer));
    expect(without).toMatch(/signingCertificateV2/);
    expect(without).not.toContain('signingTime (1.2.840.113549.1.9.5)');
  });

  it('signs with -legacy and ECDSA .p12 files too', async () => {
    for (const name of ['legacy', 'ecdsa'] as const) {
      const loaded = loadP12(pki.p12[name], pki.password, new Date());
      if (!loaded.ok) throw new Error(loaded.code);
      const signature = await signCadesDetached(manifest, loaded.signer);
      expect(opensslVerify(name, manifest, signature).status).toBe(0);
      expect(await verifyCadesDetached(manifest, signature, { trustedRoots: [pki.caDer] })).toMatchObject({ valid: true });
    }
  });
});

describe('verifyCadesDetached', () => {
  it('accepts its own signature and reports signer and time', async () => {
    const signingTime = new Date(Math.floor(Date.now() / 1000) * 1000); // UTCTime keeps whole seconds
    const signature = await signCadesDetached(manifest, signer, { signingTime });
    const result = await verifyCadesDetached(manifest, signature, { trustedRoots: [pki.caDer], now: signingTime });
    expect(result).toEqual({
      valid: true,
      signer: { commonName: 'Mario Rossi', fiscalCode: 'RSSMRA85T10A562S' },
      signingTime,
      problems: [],
    });
  });

  it('fails, like openssl, when one byte of the content changes', async () => {
    const signature = await signCadesDetached(manifest, signer, { signingTime: new Date() });
    const altered = manifest.slice();
    altered[5] = (altered[5] ?? 0) ^ 0x01;
    const openssl = opensslVerify('altered', altered, signature);
    expect(openssl.status).not.toBe(0);
    expect(openssl.stderr).toMatch(/digest failure|verification failure/i);
    expect(codes(await verifyCadesDetached(altered, signature))).toEqual(['IMPRONTA_DIVERSA']);
  });

  it('reports a broken signature value', async () => {
    const signature = await signCadesDetached(manifest, signer);
    signature[signature.length - 1] = (signature[signature.length - 1] ?? 0) ^ 0xff; // last bytes: the signature
    expect(opensslVerify('broken', manifest, signature).status).not.toBe(0);
    expect(codes(await verifyCadesDetached(manifest, signature))).toEqual(['FIRMA_NON_VALIDA']);
  });

  it('reports a signing-certificate-v2 that does not match the certificate', async () => {
    const signature = await signCadesDetached(manifest, signer);
    const certHash = createHash('sha256').update(signer.certificate).digest();
    const at = Buffer.from(signature).indexOf(certHash);
    signature[at] = (signature[at] ?? 0) ^ 0x01;
    expect(codes(await verifyCadesDetached(manifest, signature))).toEqual(['FIRMA_NON_VALIDA', 'SIGNING_CERTIFICATE_V2_DIVERSO']);
  });

  it('flags an openssl signature without -cades as lacking signing-certificate-v2, and accepts one with it', async () => {
    writeFileSync(join(pki.dir, 'plain.json'), manifest);
    for (const cades of [false, true]) {
      run('openssl', ['cms', '-sign', '-binary', '-md', 'sha256', '-outform', 'DER', '-signer', 'valid.pem',
        '-inkey', 'valid.key', '-in', 'plain.json', '-out', 'plain.p7s', ...(cades ? ['-cades'] : [])], { cwd: pki.dir });
      const result = await verifyCadesDetached(manifest, new Uint8Array(readFileSync(join(pki.dir, 'plain.p7s'))));
      expect(codes(result)).toEqual(cades ? [] : ['SIGNING_CERTIFICATE_V2_MANCANTE']);
    }
  });

  it('checks the certificate at the signing time and its key usage', async () => {
    const expired = await signCadesDetached(manifest, signerFromFiles(pki, 'expired'), { signingTime: new Date() });
    expect(codes(await verifyCadesDetached(manifest, expired))).toEqual(['CERTIFICATO_SCADUTO_ALLA_FIRMA']);
    const early = await signCadesDetached(manifest, signerFromFiles(pki, 'notYetValid'), { signingTime: new Date() });
    expect(codes(await verifyCadesDetached(manifest, early))).toEqual(['CERTIFICATO_NON_ANCORA_VALIDO_ALLA_FIRMA']);
    const noUsage = await signCadesDetached(manifest, signerFromFiles(pki, 'noSigningUsage'));
    expect(codes(await verifyCadesDetached(manifest, noUsage))).toEqual(['CERTIFICATO_SENZA_USO_FIRMA']);
  });

  it('reports an untrusted chain only when trusted roots are given, and garbage as CMS_NON_VALIDO', async () => {
    const signature = await signCadesDetached(manifest, signer);
    const otherRoot = pki.certificateDer.ecdsa; // any certificate that is not the issuer
    expect(codes(await verifyCadesDetached(manifest, signature, { trustedRoots: [otherRoot] }))).toEqual(['CERTIFICATO_NON_FIDATO']);
    expect(codes(await verifyCadesDetached(manifest, manifest))).toEqual(['CMS_NON_VALIDO']);
  });
});
