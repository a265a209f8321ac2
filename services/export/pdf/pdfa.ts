import { createHash } from 'node:crypto';
import type { ExportModel } from '../../../core';

type Meta = ExportModel['meta'];

/** The program that wrote the document, in the Info dictionary and in XMP. */
export const CREATOR = 'Proposta';
export const PRODUCER = 'Proposta (PDFKit)';
const LANGUAGE = 'it-IT';

/**
 * The document's date: the proposal's last change, never the time of export, so the same proposal
 * gives the same bytes. A malformed time falls back to a fixed date rather than to "now".
 */
export function documentDate(meta: Meta): Date {
  const d = new Date(meta.modified);
  return Number.isNaN(d.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : d;
}

/** PDF/A dates in XMP: ISO 8601 in UTC without milliseconds, as the Info dictionary's "D:…Z". */
const xmpDate = (d: Date): string => `${d.toISOString().slice(0, 19)}Z`;

const md5 = (text: string): Buffer => createHash('md5').update(text, 'utf8').digest();

/** A UUID-shaped rendering of 16 bytes, for XMP identifiers. */
function uuid(bytes: Buffer): string {
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The file identifier of the trailer: the same proposal always gets the same one. */
export const fileId = (meta: Meta): Buffer => md5(`proposta:${meta.documentId}`);

/** The pdfkit options of the document that PDF/A concerns. */
export interface PdfAOptions {
  readonly pdfVersion: '1.7';
  readonly subset: 'PDF/A-2b';
  readonly lang: string;
  readonly displayTitle: boolean;
  readonly info: Readonly<Record<string, string | Date>>;
}

/**
 * The pdfkit options of a PDF/A-2b document: PDF 1.7 (pdfkit writes no XMP for 1.3), the PDF/A
 * subset (pdfkit adds the pdfaid schema and the sRGB OutputIntent with its ICC profile), the
 * language, and the Info dictionary from the model with fixed dates. Empty entries are left out.
 */
export function pdfaOptions(meta: Meta): PdfAOptions {
  const date = documentDate(meta);
  const entries = { title: meta.title, author: meta.author, subject: meta.subject, keywords: meta.keywords };
  return {
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    lang: LANGUAGE,
    displayTitle: true,
    info: {
      ...Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== '').map(([k, v]) => [k[0]?.toUpperCase() + k.slice(1), v])),
      Creator: CREATOR,
      Producer: PRODUCER,
      CreationDate: date,
      ModDate: date,
    },
  };
}

const escapeXml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
    // XML 1.0 forbids most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' ');

/**
 * The XMP description of the document, matching its Info dictionary entry by entry as PDF/A
 * requires (title, author, subject, keywords, creator tool, producer, both dates), with the
 * document and instance identifiers derived from the proposal. Empty Info entries are left out,
 * here as in pdfaOptions.
 */
export function xmpDescription(meta: Meta): string {
  const date = xmpDate(documentDate(meta));
  const alt = (tag: string, v: string): string => (v ? `<${tag}><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(v)}</rdf:li></rdf:Alt></${tag}>` : '');
  const instance = uuid(md5(`${meta.documentId}\n${meta.modified}\n${meta.documentVersion}`));
  return [
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">',
    '<dc:format>application/pdf</dc:format>',
    alt('dc:title', meta.title),
    meta.author ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    alt('dc:description', meta.subject),
    `<dc:language><rdf:Bag><rdf:li>${LANGUAGE}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate><xmp:ModifyDate>${date}</xmp:ModifyDate><xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${escapeXml(CREATOR)}</xmp:CreatorTool>`,
    `<pdf:Producer>${escapeXml(PRODUCER)}</pdf:Producer>`,
    meta.keywords ? `<pdf:Keywords>${escapeXml(meta.keywords)}</pdf:Keywords>` : '',
    `<xmpMM:DocumentID>uuid:${uuid(fileId(meta))}</xmpMM:DocumentID><xmpMM:InstanceID>uuid:${instance}</xmpMM:InstanceID>`,
    '</rdf:Description>',
  ].filter(Boolean).join('\n');
}

/** The members of pdfkit's document that PDF/A needs beyond pdfmake's options (pdfkit 0.19). */
interface PdfKitInternals {
  _id: Buffer;
  _addInfo(): void;
  appendXML(xml: string, newline?: boolean): void;
}

/**
 * Completes the PDF/A metadata of a laid-out pdfkit document before it is ended: the trailer ID
 * from the proposal id instead of a hash of the Info dictionary, and an XMP description of our
 * own instead of pdfkit's, which leaves out the modification date and does not escape XML.
 */
export function completePdfA(doc: object, meta: Meta): void {
  const kit = doc as PdfKitInternals;
  if (typeof kit._addInfo !== 'function' || typeof kit.appendXML !== 'function' || !Buffer.isBuffer(kit._id)) {
    throw new Error('PDFKit non espone più i metadati attesi: il PDF/A non può essere completato.');
  }
  kit._id = fileId(meta);
  const xmp = xmpDescription(meta);
  kit._addInfo = () => kit.appendXML(xmp);
}
