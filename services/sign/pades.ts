/**
 * PAdES baseline signatures of PDFs, always as an incremental update (ETSI EN 319 142-1 and ISO
 * 32000-1 12.8): the signed bytes of earlier revisions stay untouched, so a second signer (another
 * Comune of an aggregation) keeps the first signature valid. The CMS is built by {@link signCmsDetached}:
 * signing-certificate-v2, no signingTime attribute (the time is the dictionary's /M).
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFPage, type PDFRef } from 'pdf-lib';
import { parseCertificate, subjectOf } from './cert-info';
import { SignError } from './codes';
import { signCmsDetached } from './cms-sign';
import type { SignerIdentity } from './key';
import { addSignatureAppearance, signatureStampText } from './pdf-appearance';
import { signatureDictionaries } from './pdf-fields';
import { appendIncrementalUpdate, previousXref } from './pdf-incremental';

/**
 * Hex characters reserved for /Contents (so 16 KiB of DER): room for a qualified certificate, a
 * three-level chain and 4096-bit RSA.
 */
export const PADES_SIGNATURE_LENGTH = 32_768;

/** What the signature dictionary says about the signing. */
export interface PadesInfo {
  reason: string;
  location: string;
  /** Signer's name, as shown by PDF readers and in the visible signature. */
  name: string;
  contactInfo?: string;
  /** Written as /M; defaults to now. PAdES keeps the time here, never in the CMS. */
  signingTime?: Date;
  /** Draw "Firmato digitalmente da …" on the last page (default); false for an invisible field. */
  visible?: boolean;
}

const BYTE_RANGE_PLACEHOLDER = '0000000000 0000000000 0000000000';

async function loadPdf(pdf: Uint8Array): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    // updateMetadata: false keeps /Info as it is, so it stays consistent with the PDF/A XMP packet.
    doc = await PDFDocument.load(pdf, { updateMetadata: false });
  } catch (error) {
    throw new SignError('PDF_NON_VALIDO', { cause: error });
  }
  if (doc.isEncrypted) throw new SignError('PDF_NON_VALIDO');
  return doc;
}

const text = (value: string): string => PDFHexString.fromText(value).toString();

function signatureDictionaryText(info: PadesInfo, signingTime: Date): string {
  return '<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached'
    + ` /ByteRange [0 ${BYTE_RANGE_PLACEHOLDER}] /Contents <${'0'.repeat(PADES_SIGNATURE_LENGTH)}>`
    + ` /M ${PDFString.fromDate(signingTime).toString()} /Name ${text(info.name)} /Reason ${text(info.reason)}`
    + ` /Location ${text(info.location)} /ContactInfo ${text(info.contactInfo ?? '')} >>`;
}

/** Adds `ref` to the page's /Annots, returning the object that changed (the page or its array). */
function addAnnotation(doc: PDFDocument, page: PDFPage, ref: PDFRef): PDFRef {
  const annots = page.node.get(PDFName.of('Annots'));
  const array = doc.context.lookup(annots);
  if (array instanceof PDFArray) {
    array.push(ref);
    return annots instanceof PDFArray || annots === undefined ? page.ref : (annots as PDFRef);
  }
  page.node.set(PDFName.of('Annots'), doc.context.obj([ref]));
  return page.ref;
}

/** Adds the field to the AcroForm (created when missing) with SigFlags 3; returns the changed objects. */
function addField(doc: PDFDocument, catalogRef: PDFRef, field: PDFRef): PDFRef[] {
  const entry = doc.catalog.get(PDFName.of('AcroForm'));
  const form = doc.context.lookup(entry);
  if (!(form instanceof PDFDict)) {
    doc.catalog.set(PDFName.of('AcroForm'), doc.context.register(doc.context.obj({ Fields: [field], SigFlags: 3 })));
    return [catalogRef];
  }
  form.set(PDFName.of('SigFlags'), doc.context.obj(3));
  const fieldsEntry = form.get(PDFName.of('Fields'));
  const fields = doc.context.lookup(fieldsEntry);
  const changed: PDFRef[] = [entry instanceof PDFDict ? catalogRef : (entry as PDFRef)];
  if (fields instanceof PDFArray) {
    fields.push(field);
    if (!(fieldsEntry instanceof PDFArray)) changed.push(fieldsEntry as PDFRef);
  } else {
    form.set(PDFName.of('Fields'), doc.context.obj([field]));
  }
  return changed;
}

function writeAt(pdf: Uint8Array, offset: number, value: string): void {
  pdf.set(Buffer.from(value, 'latin1'), offset);
}

/**
 * Signs a PDF as PAdES baseline (SubFilter ETSI.CAdES.detached) in a new incremental revision, with a
 * visible signature on the last page unless `info.visible` is false. Works on a PDF that is already
 * signed: its signatures keep their bytes. Metadata (XMP, /Info) and the header are not touched.
 */
export async function signPdfPades(pdf: Uint8Array, signer: SignerIdentity, info: PadesInfo): Promise<Uint8Array> {
  const doc = await loadPdf(pdf);
  const previous = previousXref(pdf);
  // New objects get numbers above every number the file has used, xref streams included.
  doc.context.largestObjectNumber = Math.max(doc.context.largestObjectNumber, previous.size - 1);
  const firstNew = doc.context.largestObjectNumber + 1;
  const catalogRef = doc.context.trailerInfo.Root as PDFRef;
  const signingTime = info.signingTime ?? new Date();
  const page = doc.getPages().at(-1);
  if (!page) throw new SignError('PDF_NON_VALIDO');

  const sigRef = doc.context.nextRef();
  doc.context.assign(sigRef, doc.context.obj({}));
  const count = signatureDictionaries(doc).length;
  let widget: Record<string, unknown> = { Rect: [0, 0, 0, 0] };
  if (info.visible !== false) {
    const fiscalCode = subjectOf(parseCertificate(signer.certificate)).fiscalCode;
    const appearance = await addSignatureAppearance(doc, page, signatureStampText(info.name, fiscalCode, signingTime));
    widget = { Rect: appearance.rect, AP: { N: appearance.ref } };
  }
  const fieldRef = doc.context.register(doc.context.obj({
    Type: 'Annot', Subtype: 'Widget', FT: 'Sig', F: 4, P: page.ref, V: sigRef, ...widget,
    T: PDFHexString.fromText(`Firma ${count + 1}`),
  }));
  const changed = [addAnnotation(doc, page, fieldRef), ...addField(doc, catalogRef, fieldRef)];
  await doc.flush();

  const { pdf: out, rawOffsets } = appendIncrementalUpdate(pdf, doc, {
    firstNew,
    changed,
    raw: [{ ref: sigRef, text: signatureDictionaryText(info, signingTime) }],
  });
  const sigAt = (rawOffsets.get(sigRef) ?? 0) + `${sigRef.objectNumber} 0 obj\n`.length;
  const dictText = Buffer.from(out.subarray(sigAt, sigAt + 200)).toString('latin1');
  const rangeAt = sigAt + dictText.indexOf(BYTE_RANGE_PLACEHOLDER);
  const contentsStart = sigAt + dictText.indexOf('/Contents <') + '/Contents '.length;
  const contentsEnd = contentsStart + PADES_SIGNATURE_LENGTH + 2;
  const range = [contentsStart, contentsEnd, out.byteLength - contentsEnd].map((n) => String(n).padEnd(10, ' ')).join(' ');
  writeAt(out, rangeAt, range);

  const cms = await signCmsDetached([out.subarray(0, contentsStart), out.subarray(contentsEnd)], signer);
  const hex = Buffer.from(cms).toString('hex');
  if (hex.length > PADES_SIGNATURE_LENGTH) throw new SignError('SEGNAPOSTO_INSUFFICIENTE');
  writeAt(out, contentsStart + 1, hex);
  return out;
}
