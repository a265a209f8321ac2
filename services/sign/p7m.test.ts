import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCadesDetached } from './cades';
import { decodeCmsFile, readP7m } from './p7m-read';
import { addCadesSignature, signCadesEnveloping } from './p7m';
import { verifyP7m } from './p7m-verify';
import { createTestPki, signerFromFiles, type TestPki } from './test-support/certs';
import { mustRun, run } from './test-support/tools';

let pki: TestPki;
const manifest = new TextEncoder().encode('{"versione":2,"file":[{"nome":"dossier.pdf","sha256":"00"}]}\n');
const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);
const tool = (command: string, ...args: string[]) => run(command, args, { cwd: pki.dir });
const save = (name: string, bytes: Uint8Array) => { writeFileSync(join(pki.dir, name), bytes); return name; };
const read = (name: string) => new Uint8Array(readFileSync(join(pki.dir, name)));

beforeAll(() => {
  pki = createTestPki();
  save('manifest.json', manifest);
});
afterAll(() => pki.cleanup());

/** openssl cms -verify of an enveloping file: status, and the content it extracted. */
function opensslVerify(name: string, inform = 'DER') {
  const result = tool('openssl', 'cms', '-verify', '-binary', '-inform', inform, '-in', name, '-CAfile', 'ca.pem',
    '-purpose', 'any', '-out', `${name}.out`);
  return { ...result, content: result.status === 0 ? read(`${name}.out`) : undefined };
}

describe('signCadesEnveloping', () => {
  it('makes a .p7m that openssl verifies and whose content is the manifest', async () => {
    const p7m = await signCadesEnveloping(manifest, signerFromFiles(pki, 'valid'), { signingTime: new Date() });
    const result = opensslVerify(save('own.p7m', p7m));
    expect(result.stderr).toContain('CMS Verification successful');
    expect(Buffer.from(result.content ?? []).equals(Buffer.from(manifest))).toBe(true);
    const printed = tool('openssl', 'cms', '-cmsout', '-print', '-inform', 'DER', '-in', 'own.p7m').stdout;
    expect(printed).toMatch(/signingCertificateV2 \(1\.2\.840\.113549\.1\.9\.16\.2\.47\)/);
    expect(printed).not.toContain('eContent: <ABSENT>');
  });

  it('is verified here too, with signer, codice fiscale and the content', async () => {
    const p7m = await signCadesEnveloping(manifest, signerFromFiles(pki, 'valid'), { signingTime: new Date() });
    const result = await verifyP7m(p7m, { trustedRoots: [pki.caDer] });
    expect(result).toMatchObject({ readable: true, encoding: 'der', valid: true, problems: [] });
    expect(result.signers.map((s) => s.signer)).toEqual([{ commonName: 'Mario Rossi', fiscalCode: 'RSSMRA85T10A562S' }]);
    expect(Buffer.from(result.content ?? []).equals(Buffer.from(manifest))).toBe(true);
  });
});

describe('addCadesSignature (parallel signatures)', () => {
  it('adds a second signer and keeps the first valid, for openssl and here', async () => {
    const first = await signCadesEnveloping(manifest, signerFromFiles(pki, 'valid'), { signingTime: new Date() });
    const both = await addCadesSignature(first, signerFromFiles(pki, 'verdi'), { signingTime: new Date() });
    expect(opensslVerify(save('both.p7m', both)).status).toBe(0);
    const printed = tool('openssl', 'cms', '-cmsout', '-print', '-inform', 'DER', '-in', 'both.p7m').stdout;
    expect(printed.match(/d\.issuerAndSerialNumber:/g)).toHaveLength(2); // openssl sees two SignerInfos
    const result = await verifyP7m(both, { trustedRoots: [pki.caDer] });
    expect(result.valid).toBe(true);
    expect(result.signers.map((s) => s.signer?.fiscalCode)).toEqual(['RSSMRA85T10A562S', 'VRDGPP80A01F205X']);
    expect(result.signers.every((s) => s.problems.length === 0)).toBe(true);
  });

  it('adds to a .p7m written by openssl (PEM) and the result still verifies for both tools', async () => {
    tool('openssl', 'cms', '-sign', '-cades', '-nodetach', '-binary', '-md', 'sha256', '-outform', 'PEM',
      '-signer', 'valid.pem', '-inkey', 'valid.key', '-in', 'manifest.json', '-out', 'ossl.pem.p7m');
    const both = await addCadesSignature(read('ossl.pem.p7m'), signerFromFiles(pki, 'ecdsa'));
    expect(opensslVerify(save('ossl-both.p7m', both)).status).toBe(0);
    expect(await verifyP7m(both)).toMatchObject({ valid: true, signers: [{ problems: [] }, { problems: [] }] });
  });

  it('tells which signer a tampered signature belongs to', async () => {
    const first = await signCadesEnveloping(manifest, signerFromFiles(pki, 'valid'));
    const both = await addCadesSignature(first, signerFromFiles(pki, 'verdi'));
    both[both.length - 1] = (both[both.length - 1] ?? 0) ^ 0xff; // the last bytes are the second signature value
    const result = await verifyP7m(both);
    expect(result.valid).toBe(false);
    expect(result.signers.map((s) => s.problems.map((p) => p.code))).toEqual([[], ['FIRMA_NON_VALIDA']]);
    expect(opensslVerify(save('tampered.p7m', both)).status).not.toBe(0);
  });

  it('refuses a detached signature and garbage', async () => {
    const detached = await signCadesDetached(manifest, signerFromFiles(pki, 'valid'));
    await expect(addCadesSignature(detached, signerFromFiles(pki, 'verdi'))).rejects.toMatchObject({ code: 'P7M_SENZA_CONTENUTO' });
    await expect(addCadesSignature(manifest, signerFromFiles(pki, 'verdi'))).rejects.toMatchObject({ code: 'P7M_NON_VALIDO' });
  });
});

describe('verifyP7m on files made by openssl cms -sign -cades -nodetach', () => {
  const sign = (out: string, ...extra: string[]) => mustRun('openssl', ['cms', '-sign', '-cades', '-nodetach', '-binary',
    '-md', 'sha256', '-signer', 'valid.pem', '-inkey', 'valid.key', '-certfile', 'ca.pem', '-in', 'manifest.json',
    '-out', out, ...extra], { cwd: pki.dir });

  it('reads DER, PEM, bare base64 (with and without line breaks) and streamed BER', async () => {
    sign('der.p7m', '-outform', 'DER');
    sign('pem.p7m', '-outform', 'PEM');
    sign('ber.p7m', '-outform', 'DER', '-stream');
    const der = read('der.p7m');
    const variants: Array<[string, Uint8Array, string]> = [
      ['der', der, 'der'],
      ['pem', read('pem.p7m'), 'pem'],
      ['base64 a capo', new TextEncoder().encode(Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\r\n')), 'base64'],
      ['base64 una riga', new TextEncoder().encode(Buffer.from(der).toString('base64')), 'base64'],
      ['ber', read('ber.p7m'), 'der'],
    ];
    for (const [label, bytes, encoding] of variants) {
      const result = await verifyP7m(bytes, { trustedRoots: [pki.caDer] });
      expect({ label, valid: result.valid, encoding: result.encoding, problems: codes(result) }).toEqual({ label, valid: true, encoding, problems: [] });
      expect(Buffer.from(result.content ?? []).equals(Buffer.from(manifest))).toBe(true);
    }
    expect(read('ber.p7m')[1]).toBe(0x80); // really indefinite length
  });

  it('reports a content changed inside the envelope', async () => {
    sign('changed.p7m', '-outform', 'DER');
    const bytes = read('changed.p7m');
    const at = Buffer.from(bytes).indexOf('dossier.pdf');
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    expect(codes(await verifyP7m(bytes))).toEqual(['IMPRONTA_DIVERSA']);
    expect(opensslVerify(save('changed2.p7m', bytes)).status).not.toBe(0);
  });

  it('flags an openssl .p7m without -cades as lacking signing-certificate-v2', async () => {
    mustRun('openssl', ['cms', '-sign', '-nodetach', '-binary', '-md', 'sha256', '-outform', 'DER', '-signer', 'valid.pem',
      '-inkey', 'valid.key', '-in', 'manifest.json', '-out', 'plain.p7m'], { cwd: pki.dir });
    expect(codes(await verifyP7m(read('plain.p7m')))).toEqual(['SIGNING_CERTIFICATE_V2_MANCANTE']);
  });
});

describe('readP7m and decodeCmsFile on hostile or wrong input', () => {
  it('never throws and says what is wrong', async () => {
    const detached = await signCadesDetached(manifest, signerFromFiles(pki, 'valid'));
    const inputs: Array<[Uint8Array, string]> = [
      [new Uint8Array(0), 'P7M_NON_LEGGIBILE'],
      [manifest, 'P7M_NON_LEGGIBILE'],
      [new TextEncoder().encode('-----BEGIN PKCS7-----\n!!!!\n-----END PKCS7-----\n'), 'P7M_NON_LEGGIBILE'],
      [new TextEncoder().encode('-----BEGIN PKCS7-----\nAAAA\n-----END CMS-----\n'), 'P7M_NON_LEGGIBILE'],
      [Uint8Array.of(0x30, 0x84, 0xff, 0xff, 0xff, 0xff, 0x02), 'P7M_NON_LEGGIBILE'],
      [Uint8Array.of(0x30, 0x80, 0x30, 0x80, 0x30, 0x80), 'P7M_NON_LEGGIBILE'],
      [detached, 'P7M_SENZA_CONTENUTO'],
    ];
    for (const [bytes, code] of inputs) expect(readP7m(bytes)).toEqual({ ok: false, code });
    expect(decodeCmsFile(new TextEncoder().encode('QUJD'))).toBeUndefined(); // base64 of "ABC": not DER
    const results = await Promise.all(inputs.map(([bytes]) => verifyP7m(bytes)));
    expect(results.every((r) => !r.valid)).toBe(true);
    expect(results.map((r) => r.readable)).toEqual([false, false, false, false, false, false, true]);
  });
});
