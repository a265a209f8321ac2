/** A small PDF for signing tests, with an XMP packet and /Info like the PDF/A-2b dossier has. */
import { createRequire } from 'node:module';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import type * as PdfMakeModule from 'pdfmake';

/** The XMP packet written by {@link makeTestPdf}: signing must leave it byte for byte. */
export const TEST_XMP = '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>'
  + '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
  + '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" '
  + 'xmlns:dc="http://purl.org/dc/elements/1.1/"><pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>'
  + '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Proposta di prova</rdf:li></rdf:Alt></dc:title>'
  + '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

/** A two-page PDF with a title, a fixed producer and dates, and a catalog /Metadata stream. */
export async function makeTestPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of ['Proposta progettuale', 'Allegato']) {
    doc.addPage([595, 842]).drawText(text, { x: 72, y: 760, size: 14, font });
  }
  doc.setTitle('Proposta di prova');
  doc.setProducer('Proposta test');
  doc.setCreationDate(new Date('2025-03-01T10:00:00Z'));
  doc.setModificationDate(new Date('2025-03-01T10:00:00Z'));
  const xmp = doc.context.stream(TEST_XMP, { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
  return doc.save({ updateFieldAppearances: false });
}

type PdfMake = typeof PdfMakeModule;

/**
 * A PDF/A-2b file from pdfmake (PDF 1.4 header, pdfkit's XMP packet), like the dossier: signing it
 * must not bring in PDF 1.5 structures nor touch the metadata.
 */
export async function makePdfmakePdfA(): Promise<Uint8Array> {
  // pdfmake is CommonJS exporting an instance: required so that its methods are there under vitest.
  const pdfmake = createRequire(import.meta.url)('pdfmake') as PdfMake;
  const fontDir = createRequire(import.meta.url).resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf').replace(/[^/\\]+$/, '');
  const fonts = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' };
  pdfmake.setFonts({ Roboto: Object.fromEntries(Object.entries(fonts).map(([k, f]) => [k, fontDir + f])) });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));
  const created = pdfmake.createPdf({
    content: ['Proposta progettuale', { text: 'Allegato', pageBreak: 'before' }],
    info: { title: 'Dossier di prova' },
    version: '1.4',
    subset: 'PDF/A-2b',
    tagged: true,
    displayTitle: true,
  });
  const buffer = await created.getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
