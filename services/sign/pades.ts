/** PAdES baseline signatures of PDFs through @signpdf, with the CMS built by {@link signCmsDetached}. */
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SignPdfError, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import { SignError } from './codes';
import { signCmsDetached } from './cms-sign';
import type { SignerIdentity } from './key';
import { signatureDictionaries } from './pdf-fields';

/**
 * Hex characters reserved for /Contents (so 16 KiB of DER): room for a qualified certificate, a
 * three-level chain and 4096-bit RSA; @signpdf's default of 8192 is tight with a full chain.
 */
export const PADES_SIGNATURE_LENGTH = 32_768;

/** What the signature dictionary says about the signing. */
export interface PadesInfo {
  reason: string;
  location: string;
  /** Signer's name, as shown by PDF readers. */
  name: string;
  contactInfo?: string;
  /** Written as /M; defaults to now. PAdES keeps the time here, never in the CMS. */
  signingTime?: Date;
}

/**
 * @signpdf Signer producing PAdES baseline CMS: signing-certificate-v2 and no signingTime attribute.
 * @signpdf hands it the ByteRange bytes, already joined.
 */
export class PadesCmsSigner extends Signer {
  readonly #identity: SignerIdentity;

  constructor(identity: SignerIdentity) {
    super();
    this.#identity = identity;
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return Buffer.from(await signCmsDetached([pdfBuffer], this.#identity));
  }
}

async function loadPdf(pdf: Uint8Array): Promise<PDFDocument> {
  try {
    // updateMetadata: false keeps /Info as it is, so it stays consistent with the PDF/A XMP packet.
    return await PDFDocument.load(pdf, { updateMetadata: false });
  } catch (error) {
    throw new SignError('PDF_NON_VALIDO', { cause: error });
  }
}

/**
 * Signs a PDF as PAdES baseline (SubFilter ETSI.CAdES.detached, invisible signature field).
 * The document is rewritten by pdf-lib rather than incrementally updated, so an already signed PDF
 * is refused ({@link SignError} `PDF_GIA_FIRMATO`) instead of silently breaking its signature.
 * The catalog's /Metadata (XMP) and /Info are carried over unchanged.
 */
export async function signPdfPades(pdf: Uint8Array, signer: SignerIdentity, info: PadesInfo): Promise<Uint8Array> {
  const doc = await loadPdf(pdf);
  if (signatureDictionaries(doc).length > 0) throw new SignError('PDF_GIA_FIRMATO');
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: info.reason,
    location: info.location,
    name: info.name,
    contactInfo: info.contactInfo ?? '',
    signingTime: info.signingTime ?? new Date(),
    signatureLength: PADES_SIGNATURE_LENGTH,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
  });
  // A classic xref table, as pdfkit (pdfmake) writes. pdf-lib always writes a %PDF-1.7 header, which
  // PDF/A-2 (based on PDF 1.7) allows.
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  try {
    return new Uint8Array(await new SignPdf().sign(prepared, new PadesCmsSigner(signer)));
  } catch (error) {
    if (error instanceof SignPdfError && /exceeds placeholder/i.test(error.message)) {
      throw new SignError('SEGNAPOSTO_INSUFFICIENTE', { cause: error });
    }
    throw error;
  }
}
