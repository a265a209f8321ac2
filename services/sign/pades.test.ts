import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCadesDetached } from './cades';
import { loadP12, type LoadedSigner } from './p12';
import { signPdfPades } from './pades';
import { verifyPdfSignatures } from './pades-verify';
import { createTestPki, type TestPki } from './test-support/certs';
import { makePdfmakePdfA, makeTestPdf } from './test-support/pdf';
import { run } from './test-support/tools';

let pki: TestPki;
let signer: LoadedSigner;
let original: Uint8Array;
let signed: Uint8Array;
const signingTime = new Date(Math.floor(Date.now() / 1000) * 1000); // /M keeps whole seconds
const info = { reason: 'Approvazione della proposta', location: 'Molfetta', name: 'Mario Rossi', signingTime };
const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

beforeAll(async () => {
  pki = createTestPki();
  const loaded = loadP12(pki.p12.valid, pki.password, new Date());
  if (!loaded.ok) throw new Error(loaded.code);
  signer = loaded.signer;
  original = await makeTestPdf();
  signed = await signPdfPades(original, signer, info);
});
afterAll(() => pki.cleanup());

function save(name: string, bytes: Uint8Array): string {
  writeFileSync(join(pki.dir, name), bytes);
  return name;
}
const tool = (command: string, ...args: string[]) => run(command, args, { cwd: pki.dir });

/** The byte offset of `text` in the PDF, which must be inside the first signed range. */
function flipped(pdf: Uint8Array, text: string): Uint8Array {
  const copy = pdf.slice();
  const at = Buffer.from(copy).indexOf(text, 0, 'latin1');
  if (at < 0) throw new Error(`${text} not found`);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

describe('signPdfPades', () => {
  it('is a valid ETSI.CAdES.detached signature for pdfsig, over the whole file', () => {
    const file = save('signed.pdf', signed);
    const nocert = tool('pdfsig', '-nocert', file);
    expect(nocert.status).toBe(0);
    expect(nocert.stdout).toContain('Signature Validation: Signature is Valid.');
    expect(nocert.stdout).toContain('Signature Type: ETSI.CAdES.detached');
    expect(nocert.stdout).toContain('Total document signed');
    expect(nocert.stdout).toContain('Signer Certificate Common Name: Mario Rossi');
    // With certificate checks the test CA is unknown to NSS: only the certificate line may complain.
    const full = tool('pdfsig', file);
    expect(full.stdout).toContain('Signature Validation: Signature is Valid.');
  });

  it('passes qpdf --check', () => {
    const check = tool('qpdf', '--check', save('signed-check.pdf', signed));
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('embeds a CMS with signing-certificate-v2 and no signingTime (PAdES baseline)', () => {
    save('dump.pdf', signed);
    expect(tool('pdfsig', '-nocert', '-dump', 'dump.pdf').status).toBe(0);
    const dumped = readdirSync(pki.dir).find((n) => n.startsWith('dump.pdf.sig'));
    expect(dumped).toBeDefined();
    const printed = tool('openssl', 'cms', '-cmsout', '-print', '-inform', 'DER', '-in', dumped ?? '');
    expect(printed.stdout).toMatch(/signingCertificateV2 \(1\.2\.840\.113549\.1\.9\.16\.2\.47\)/);
    expect(printed.stdout).not.toContain('signingTime (1.2.840.113549.1.9.5)');
  });

  it('keeps the XMP packet and /Info of the original', () => {
    for (const args of [['-meta'], []]) {
      const before = tool('pdfinfo', ...args, save('orig.pdf', original)).stdout;
      const after = tool('pdfinfo', ...args, save('after.pdf', signed)).stdout.replace(/^(Form|File size):.*\n/gm, '');
      expect(after).toBe(before.replace(/^(Form|File size):.*\n/gm, ''));
    }
    expect(tool('pdfinfo', '-meta', 'after.pdf').stdout).toContain('<pdfaid:part>2</pdfaid:part>');
  });

  it('signs a pdfmake PDF/A-2b file keeping its XMP, with a header and xref PDF/A-2 accepts', async () => {
    const pdfA = await makePdfmakePdfA();
    const signedA = await signPdfPades(pdfA, signer, info);
    const text = Buffer.from(signedA).toString('latin1');
    expect(text).toMatch(/^%PDF-1\.[4-7]\n/); // PDF/A-2 allows headers up to 1.7 (pdf-lib writes 1.7)
    expect(text).not.toMatch(/\/Type\s*\/(XRef|ObjStm)\b/); // a classic xref table, as pdfkit writes
    expect(tool('pdfinfo', '-meta', save('pdfa-signed.pdf', signedA)).stdout)
      .toBe(tool('pdfinfo', '-meta', save('pdfa.pdf', pdfA)).stdout);
    expect(tool('pdfsig', '-nocert', 'pdfa-signed.pdf').stdout).toContain('Signature Validation: Signature is Valid.');
    expect(tool('qpdf', '--check', 'pdfa-signed.pdf').status).toBe(0);
    expect(await verifyPdfSignatures(signedA)).toMatchObject({ valid: true });
  });

  it('signs with an ECDSA key as well', async () => {
    const loaded = loadP12(pki.p12.ecdsa, pki.password, new Date());
    if (!loaded.ok) throw new Error(loaded.code);
    const ec = await signPdfPades(original, loaded.signer, info);
    expect(tool('pdfsig', '-nocert', save('ecdsa.pdf', ec)).stdout).toContain('Signature Validation: Signature is Valid.');
    expect(await verifyPdfSignatures(ec)).toMatchObject({ valid: true });
  });

  it('refuses bytes that are not a PDF', async () => {
    await expect(signPdfPades(new Uint8Array([1, 2, 3]), signer, info)).rejects.toMatchObject({ code: 'PDF_NON_VALIDO' });
    await expect(signPdfPades(new TextEncoder().encode('%PDF-1.7\n%%EOF\n'), signer, info)).rejects.toMatchObject({ code: 'PDF_NON_VALIDO' });
  });
});

describe('verifyPdfSignatures', () => {
  it('accepts the signed PDF and reports signer and /M', async () => {
    const result = await verifyPdfSignatures(signed, { trustedRoots: [pki.caDer] });
    expect(result).toMatchObject({
      valid: true,
      signer: { commonName: 'Mario Rossi', fiscalCode: 'RSSMRA85T10A562S' },
      signingTime,
      problems: [],
    });
    expect(result.signatures).toHaveLength(1);
  });

  it('fails, like pdfsig, when one byte inside the ByteRange changes', async () => {
    const altered = flipped(signed, 'Adobe.PPKLite');
    expect(codes(await verifyPdfSignatures(altered))).toEqual(['IMPRONTA_DIVERSA']);
    const pdfsig = tool('pdfsig', '-nocert', save('altered.pdf', altered)).stdout;
    expect(pdfsig).toContain('Signature Validation: Digest Mismatch.');
    expect(pdfsig).not.toContain('Signature is Valid.');
  });

  it('reports content appended after the signature', async () => {
    const appended = Buffer.concat([signed, Buffer.from('\n% aggiunto dopo la firma\n')]);
    expect(codes(await verifyPdfSignatures(appended))).toEqual(['BYTERANGE_NON_COPRE_IL_FILE']);
    expect(tool('pdfsig', '-nocert', save('appended.pdf', appended)).stdout).toContain('Not total document signed');
  });

  it('reports unsigned PDFs and non-PDF bytes', async () => {
    expect(codes(await verifyPdfSignatures(original))).toEqual(['PDF_NON_FIRMATO']);
    expect(codes(await verifyPdfSignatures(new TextEncoder().encode('non un pdf')))).toEqual(['PDF_NON_VALIDO']);
  });

  it('flags a PKCS#7-style signature (adbe.pkcs7.detached, signingTime in the CMS) as not PAdES baseline', async () => {
    class CadesWithTime extends Signer {
      override async sign(bytes: Buffer): Promise<Buffer> {
        return Buffer.from(await signCadesDetached(bytes, signer, { signingTime }));
      }
    }
    const doc = await PDFDocument.load(original, { updateMetadata: false });
    pdflibAddPlaceholder({ pdfDoc: doc, ...info, contactInfo: '', subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED });
    const legacy = await new SignPdf().sign(Buffer.from(await doc.save()), new CadesWithTime());
    expect(codes(await verifyPdfSignatures(legacy))).toEqual(['SUBFILTER_NON_PADES', 'SIGNING_TIME_NON_AMMESSO']);
    expect(tool('pdfsig', '-nocert', save('legacy.pdf', legacy)).stdout).toContain('Signature Type: adbe.pkcs7.detached');
  });
});
