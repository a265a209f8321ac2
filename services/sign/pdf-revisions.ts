/**
 * Revisions of a PDF and what later revisions changed. A signature covers one revision; what was
 * appended after it is only acceptable when it adds signatures: any other change to an object of the
 * signed revision (page content, fonts, resources) or any new annotation that is not a signature field
 * could change what the signer saw, and is reported.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib';

const EOF_MARK = Buffer.from('%%EOF', 'latin1');

/** Offsets just after each `%%EOF` (and its end-of-line), in order: where each revision ends. */
export function revisionEnds(pdf: Uint8Array): number[] {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const ends: number[] = [];
  for (let at = bytes.indexOf(EOF_MARK); at >= 0; at = bytes.indexOf(EOF_MARK, at + EOF_MARK.length)) {
    let end = at + EOF_MARK.length;
    if (bytes[end] === 0x0d) end += 1;
    if (bytes[end] === 0x0a) end += 1;
    ends.push(end);
  }
  return ends;
}

/** Keys that a later revision may change in each kind of dictionary when it only adds a signature. */
const ALLOWED = {
  catalog: new Set(['AcroForm', 'DSS']),
  acroForm: new Set(['Fields', 'SigFlags', 'DR', 'DA']),
  page: new Set(['Annots']),
} as const;

function bytesOf(object: PDFObject | undefined): string {
  if (object === undefined) return '';
  const bytes = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return Buffer.from(bytes).toString('latin1');
}

/** Whether two dictionaries differ in a key that is not allowed to change. */
function dictChanged(before: PDFDict, after: PDFDict, allowed: ReadonlySet<string>): boolean {
  const keys = new Set([...before.keys(), ...after.keys()].map((k) => k.asString().slice(1)));
  return [...keys].some((k) => !allowed.has(k) && bytesOf(before.get(PDFName.of(k))) !== bytesOf(after.get(PDFName.of(k))));
}

/** An array that only grew at its end. */
function appendedOnly(before: PDFArray, after: PDFArray): PDFObject[] | undefined {
  const a = before.asArray();
  const b = after.asArray();
  if (b.length < a.length || a.some((item, i) => bytesOf(item) !== bytesOf(b[i]))) return undefined;
  return b.slice(a.length);
}

function isSignatureWidget(doc: PDFDocument, ref: PDFObject): boolean {
  const annot = doc.context.lookup(ref);
  return annot instanceof PDFDict && annot.get(PDFName.of('Subtype')) === PDFName.of('Widget')
    && annot.get(PDFName.of('FT')) === PDFName.of('Sig');
}

/**
 * Compares the signed revision `before` with the whole document `after`: true when some object of the
 * signed revision changed beyond adding signature fields, or a page gained another kind of annotation.
 * Both parse with pdf-lib; an unreadable document counts as changed.
 */
export async function changedBeyondSignatures(before: Uint8Array, after: Uint8Array): Promise<boolean> {
  let a: PDFDocument;
  let b: PDFDocument;
  try {
    a = await PDFDocument.load(before, { updateMetadata: false, ignoreEncryption: true });
    b = await PDFDocument.load(after, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    return true;
  }
  if (a.getPageCount() !== b.getPageCount()) return true;
  const catalog = a.context.trailerInfo.Root;
  const form = a.catalog.get(PDFName.of('AcroForm'));
  const pages = new Set(a.getPages().map((p) => p.ref));
  const annotArrays = new Map<PDFRef, PDFRef>(); // an indirect /Annots array -> its page
  for (const page of a.getPages()) {
    const annots = page.node.get(PDFName.of('Annots'));
    if (annots instanceof PDFRef) annotArrays.set(annots, page.ref);
  }
  const fieldsRef = a.context.lookup(form) instanceof PDFDict
    ? (a.context.lookup(form) as PDFDict).get(PDFName.of('Fields')) : undefined;

  for (const [ref, objectBefore] of a.context.enumerateIndirectObjects()) {
    const objectAfter = b.context.lookup(ref);
    if (bytesOf(objectBefore) === bytesOf(objectAfter)) continue;
    if (!(objectAfter instanceof PDFDict || objectAfter instanceof PDFArray)) return true;
    if (ref === catalog && objectBefore instanceof PDFDict && objectAfter instanceof PDFDict) {
      if (dictChanged(objectBefore, objectAfter, ALLOWED.catalog)) return true;
    } else if (ref === form && objectBefore instanceof PDFDict && objectAfter instanceof PDFDict) {
      if (dictChanged(objectBefore, objectAfter, ALLOWED.acroForm)) return true;
    } else if (ref === fieldsRef && objectBefore instanceof PDFArray && objectAfter instanceof PDFArray) {
      if (!appendedOnly(objectBefore, objectAfter)) return true;
    } else if (pages.has(ref) && objectBefore instanceof PDFDict && objectAfter instanceof PDFDict) {
      if (dictChanged(objectBefore, objectAfter, ALLOWED.page)) return true;
    } else if (!annotArrays.has(ref)) {
      return true;
    }
  }
  // New annotations on any page must be signature fields.
  for (const [index, pageBefore] of a.getPages().entries()) {
    const pageAfter = b.getPages()[index];
    const list = (doc: PDFDocument, node: PDFDict) => doc.context.lookup(node.get(PDFName.of('Annots')));
    const annotsBefore = list(a, pageBefore.node);
    const annotsAfter = pageAfter ? list(b, pageAfter.node) : undefined;
    if (annotsAfter === undefined) continue;
    if (!(annotsAfter instanceof PDFArray)) return true;
    const added = annotsBefore instanceof PDFArray ? appendedOnly(annotsBefore, annotsAfter) : annotsAfter.asArray();
    if (!added || added.some((ref) => !isSignatureWidget(b, ref))) return true;
  }
  return false;
}

/** Outcome of {@link checkIncrementalExtension}. */
export type IncrementalCheck =
  | { ok: true; addedRevisions: number }
  | { ok: false; code: 'NON_E_IL_PDF_ORIGINALE' | 'MODIFICHE_OLTRE_LE_FIRME' };

/**
 * Whether `signed` is `original` byte for byte followed by incremental revisions that only add
 * signatures (the card-software path: the officer signs the packaged PDF elsewhere and brings it back).
 * It says nothing about the signatures themselves: verify them separately.
 */
export async function checkIncrementalExtension(original: Uint8Array, signed: Uint8Array): Promise<IncrementalCheck> {
  const prefix = signed.subarray(0, original.byteLength);
  if (signed.byteLength <= original.byteLength || Buffer.compare(Buffer.from(prefix), Buffer.from(original)) !== 0) {
    return { ok: false, code: 'NON_E_IL_PDF_ORIGINALE' };
  }
  // Only %%EOF markers written after the original count (its own may gain an end-of-line).
  const added = revisionEnds(signed.subarray(original.byteLength)).map((end) => end + original.byteLength);
  if (added.length === 0 || added[added.length - 1] !== signed.byteLength) return { ok: false, code: 'MODIFICHE_OLTRE_LE_FIRME' };
  if (await changedBeyondSignatures(original, signed)) return { ok: false, code: 'MODIFICHE_OLTRE_LE_FIRME' };
  return { ok: true, addedRevisions: added.length };
}
