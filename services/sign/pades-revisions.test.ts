import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPdfPades } from './pades';
import { verifyPdfSignatures } from './pades-verify';
import { checkIncrementalExtension, revisionEnds } from './pdf-revisions';
import { signatureStampText } from './pdf-appearance';
import { appendIncrementalUpdate } from './pdf-incremental';
import { createTestPki, signerFromFiles, type TestPki } from './test-support/certs';
import { makePdfmakePdfA, makeTestPdf } from './test-support/pdf';
import { run } from './test-support/tools';

let pki: TestPki;
let original: Uint8Array;
let first: Uint8Array;
let both: Uint8Array;
const at = new Date('2026-03-15T23:30:00Z'); // already 16 March in Rome
const now = new Date(Math.floor(Date.now() / 1000) * 1000); // within the test certificates' validity
const rossi = { reason: 'Approvazione', location: 'Molfetta', name: 'Mario Rossi', signingTime: now };
const verdi = { reason: 'Co-firma', location: 'Giovinazzo', name: 'Giuseppe Verdi', signingTime: now };
const tool = (command: string, ...args: string[]) => run(command, args, { cwd: pki.dir });
const save = (name: string, bytes: Uint8Array) => { writeFileSync(join(pki.dir, name), bytes); return name; };
const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

beforeAll(async () => {
  pki = createTestPki();
  original = await makePdfmakePdfA();
  first = await signPdfPades(original, signerFromFiles(pki, 'valid'), rossi);
  both = await signPdfPades(first, signerFromFiles(pki, 'verdi'), verdi);
});
afterAll(() => pki.cleanup());

describe('signPdfPades as incremental updates', () => {
  it('leaves the original bytes untouched and appends one revision per signer', () => {
    expect(Buffer.from(first.subarray(0, original.byteLength)).equals(Buffer.from(original))).toBe(true);
    expect(Buffer.from(both.subarray(0, first.byteLength)).equals(Buffer.from(first))).toBe(true);
    expect(revisionEnds(both).length).toBe(revisionEnds(original).length + 2);
  });

  it('keeps the first signature valid after a second signer: pdfsig shows both valid', () => {
    const out = tool('pdfsig', '-nocert', save('both.pdf', both)).stdout;
    expect(out.match(/Signature Validation: Signature is Valid\./g)).toHaveLength(2);
    expect(out).toContain('Signer Certificate Common Name: Mario Rossi');
    expect(out).toContain('Signer Certificate Common Name: Giuseppe Verdi');
    expect(out).toContain('Not total document signed'); // the first covers its revision only
    expect(out).toContain('Total document signed');
    expect(tool('qpdf', '--check', 'both.pdf').status).toBe(0);
  });

  it('is verified here with both signers, each covering its own revision', async () => {
    const result = await verifyPdfSignatures(both, { trustedRoots: [pki.caDer] });
    expect(codes(result)).toEqual([]);
    expect(result.signatures.map((s) => [s.signer?.fiscalCode, s.coversWholeFile, s.revision])).toEqual([
      ['RSSMRA85T10A562S', false, revisionEnds(original).length + 1],
      ['VRDGPP80A01F205X', true, revisionEnds(original).length + 2],
    ]);
  });

  it('signs a PDF with a cross-reference stream with an xref stream update, and one with a table with a table', async () => {
    const streamed = await makeTestPdf(); // pdf-lib: object streams and an xref stream
    const signed = await signPdfPades(streamed, signerFromFiles(pki, 'valid'), rossi);
    const tail = Buffer.from(signed.subarray(streamed.byteLength)).toString('latin1');
    expect(tail).toMatch(/\/Type \/XRef/);
    expect(tail).not.toMatch(/^xref$/m);
    expect(tool('qpdf', '--check', save('streamed.pdf', signed)).status).toBe(0);
    const again = await signPdfPades(signed, signerFromFiles(pki, 'verdi'), verdi);
    expect(tool('pdfsig', '-nocert', save('streamed2.pdf', again)).stdout.match(/Signature is Valid\./g)).toHaveLength(2);
    const tableTail = Buffer.from(first.subarray(original.byteLength)).toString('latin1');
    expect(tableTail).toMatch(/^xref$/m);
    expect(tableTail).not.toMatch(/\/Type \/XRef/);
  });

  it('draws "Firmato digitalmente da …" on the last page with an embedded font, one box per signer', () => {
    expect(signatureStampText('Mario Rossi', 'RSSMRA85T10A562S', at)).toBe('Firmato digitalmente da Mario Rossi (RSSMRA85T10A562S) il 16/03/2026');
    save('stamp.pdf', both);
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', 'stamp.pdf').stdout)?.[1]);
    const text = tool('pdftotext', '-f', String(pages), '-l', String(pages), '-layout', 'stamp.pdf', '-').stdout.replace(/\s+/g, ' ');
    expect(text).toContain(signatureStampText('Mario Rossi', 'RSSMRA85T10A562S', now));
    expect(text).toContain(signatureStampText('Giuseppe Verdi', 'VRDGPP80A01F205X', now));
    const fonts = tool('pdffonts', 'stamp.pdf').stdout.split('\n').filter((l) => /Titillium/i.test(l));
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes\b/); // embedded
    expect(tool('pdftoppm', '-f', String(pages), '-l', String(pages), '-r', '60', '-png', 'stamp.pdf', 'stamp').status).toBe(0);
  });

  it('can make an invisible signature field instead', async () => {
    const invisible = await signPdfPades(original, signerFromFiles(pki, 'valid'), { ...rossi, visible: false });
    expect(tool('pdftotext', save('invisible.pdf', invisible), '-').stdout).not.toContain('Firmato digitalmente');
    expect(tool('pdfsig', '-nocert', 'invisible.pdf').stdout).toContain('Signature is Valid.');
  });
});

describe('what later revisions may change', () => {
  /** A revision appended with pdf-lib's objects, as an attacker or a careless tool would write it. */
  async function appendRevision(pdf: Uint8Array, change: (doc: PDFDocument) => Promise<unknown[]>) {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const firstNew = doc.context.largestObjectNumber + 1;
    const changed = await change(doc);
    await doc.flush();
    return appendIncrementalUpdate(pdf, doc, { firstNew, changed: changed as never[], raw: [] }).pdf;
  }

  it('flags a later revision that changes page content under a valid signature', async () => {
    const tampered = await appendRevision(first, async (doc) => {
      const page = doc.getPages()[0];
      if (!page) throw new Error('no page');
      const font = await doc.embedFont(StandardFonts.Helvetica);
      page.drawText('IMPORTO MODIFICATO', { x: 72, y: 400, size: 20, font });
      return [page.ref];
    });
    const result = await verifyPdfSignatures(tampered);
    expect(result.signatures.map((s) => codes(s))).toEqual([['MODIFICATO_DOPO_LA_FIRMA']]);
    expect(codes(result)).toEqual(['MODIFICATO_DOPO_LA_FIRMA', 'BYTERANGE_NON_COPRE_IL_FILE']);
    expect(await checkIncrementalExtension(original, tampered)).toEqual({ ok: false, code: 'MODIFICHE_OLTRE_LE_FIRME' });
  });

  it('flags a later revision that adds a non-signature annotation', async () => {
    const annotated = await appendRevision(first, async (doc) => {
      const page = doc.getPages()[0];
      if (!page) throw new Error('no page');
      const note = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'FreeText', Rect: [50, 50, 300, 100], Contents: 'Nuovo testo', DA: '/Helv 12 Tf' }));
      const annots = page.node.lookup(PDFName.of('Annots'));
      if (annots) (annots as unknown as { push(r: unknown): void }).push(note);
      else page.node.set(PDFName.of('Annots'), doc.context.obj([note]));
      return [page.ref];
    });
    expect(await checkIncrementalExtension(original, annotated)).toEqual({ ok: false, code: 'MODIFICHE_OLTRE_LE_FIRME' });
  });
});

describe('checkIncrementalExtension (the card-software path)', () => {
  it('accepts the original plus signature revisions', async () => {
    expect(await checkIncrementalExtension(original, first)).toEqual({ ok: true, addedRevisions: 1 });
    expect(await checkIncrementalExtension(original, both)).toEqual({ ok: true, addedRevisions: 2 });
  });

  it('refuses a rewritten PDF, another PDF, the original itself and trailing garbage', async () => {
    const rewritten = await PDFDocument.load(first, { updateMetadata: false }).then((d) => d.save());
    expect(await checkIncrementalExtension(original, rewritten)).toEqual({ ok: false, code: 'NON_E_IL_PDF_ORIGINALE' });
    expect(await checkIncrementalExtension(original, await makeTestPdf())).toEqual({ ok: false, code: 'NON_E_IL_PDF_ORIGINALE' });
    expect(await checkIncrementalExtension(original, original)).toEqual({ ok: false, code: 'NON_E_IL_PDF_ORIGINALE' });
    const garbage = Buffer.concat([first, Buffer.from('\n% dopo\n')]);
    expect(await checkIncrementalExtension(original, garbage)).toEqual({ ok: false, code: 'MODIFICHE_OLTRE_LE_FIRME' });
  });
});

describe('hostile PDFs', () => {
  it('never throws and never calls a truncated or spliced two-signer PDF valid (many, concurrently)', async () => {
    const cuts = Array.from({ length: 40 }, (_, i) => Math.floor((both.byteLength * (i + 1)) / 41)).filter((n) => n !== first.byteLength);
    const variants = [
      ...cuts.map((n) => both.subarray(0, n)),
      ...cuts.map((n) => Buffer.concat([both.subarray(0, n), both.subarray(n + 7)])),
      Buffer.concat([original, both.subarray(first.byteLength)]), // second revision grafted onto the unsigned original
    ];
    const results = await Promise.all(variants.map(async (v) => ({
      verify: await verifyPdfSignatures(new Uint8Array(v)),
      extension: await checkIncrementalExtension(original, new Uint8Array(v)),
    })));
    expect(results.every((r) => r.verify.valid === false)).toBe(true);
    const graft = results[results.length - 1];
    expect(graft?.extension.ok).toBe(false);
  });
});
