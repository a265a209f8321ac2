/** Verification of the PAdES signatures of a PDF. */
import * as asn1js from 'asn1js';
import { PDFDocument } from 'pdf-lib';
import { toArrayBuffer } from './bytes';
import { verifyCmsDetached, type SignerVerification } from './cms-verify';
import { changedBeyondSignatures, revisionEnds } from './pdf-revisions';
import { signatureDictionaries, type PdfSignatureDictionary } from './pdf-fields';
import { problem, type VerifyProblem, type VerifyResult } from './verify-types';

/** Verification of one signature field. */
export interface PdfSignatureResult extends VerifyResult {
  fieldName?: string;
  /** Every signer of the CMS (normally one) with the facts the trust levels need. */
  signers: SignerVerification[];
  /** The signature covers the whole file; otherwise a later revision was appended after it. */
  coversWholeFile: boolean;
  /** 1-based revision the signature covers (0 when its ByteRange is unsound). */
  revision: number;
}

/** All signatures of the PDF; top-level fields describe the last one, `valid` all of them. */
export interface PdfVerifyResult extends VerifyResult {
  signatures: PdfSignatureResult[];
}

/** Options of {@link verifyPdfSignatures}. */
export interface PdfVerifyOptions {
  trustedRoots?: readonly Uint8Array[];
  /** Time used when a signature has no /M; defaults to the clock. */
  now?: Date;
}

const isHex = (byte: number | undefined): boolean => byte !== undefined
  && ((byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66));

/**
 * The two signed pieces and where the signed bytes end, or undefined unless ByteRange is [0 a b c]
 * with b + c within the file and the gap a..b exactly this dictionary's /Contents hex string.
 */
function signedRanges(pdf: Uint8Array, sig: PdfSignatureDictionary): { chunks: [Uint8Array, Uint8Array]; end: number } | undefined {
  const [start, gapStart, gapEnd, tailLength] = sig.byteRange;
  if (sig.byteRange.length !== 4 || start !== 0 || gapStart === undefined || gapEnd === undefined
    || tailLength === undefined || !sig.byteRange.every((n) => Number.isSafeInteger(n) && n >= 0)) return undefined;
  const end = gapEnd + tailLength;
  if (gapStart >= gapEnd || end > pdf.byteLength) return undefined;
  if (pdf[gapStart] !== 0x3c || pdf[gapEnd - 1] !== 0x3e) return undefined; // '<' … '>'
  const hex = pdf.subarray(gapStart + 1, gapEnd - 1);
  if (hex.byteLength !== sig.contents.byteLength * 2 || !hex.every((b) => isHex(b))) return undefined;
  if (Buffer.from(Buffer.from(hex).toString('latin1'), 'hex').compare(Buffer.from(sig.contents)) !== 0) return undefined;
  return { chunks: [pdf.subarray(0, gapStart), pdf.subarray(gapEnd, end)], end };
}

/** /Contents without the zero padding after the DER (asn1js reports where the structure ends). */
function trimContents(contents: Uint8Array): Uint8Array {
  const parsed = asn1js.fromBER(toArrayBuffer(contents));
  return parsed.offset > 0 ? contents.subarray(0, parsed.offset) : contents;
}

async function verifyOne(pdf: Uint8Array, sig: PdfSignatureDictionary, ends: number[], opts: PdfVerifyOptions): Promise<PdfSignatureResult> {
  const problems: VerifyProblem[] = [];
  if (sig.subFilter !== 'ETSI.CAdES.detached') problems.push(problem('SUBFILTER_NON_PADES'));
  const ranges = signedRanges(pdf, sig);
  // A signature covers the whole file or one earlier revision (its bytes end right after a %%EOF).
  const sound = ranges !== undefined && (ranges.end === pdf.byteLength || ends.includes(ranges.end));
  if (!sound) problems.push(problem('BYTERANGE_NON_COPRE_IL_FILE'));
  // Without a sound ByteRange, hash what it claims anyway so that the digest check still says something.
  const [a = 0, b = 0, c = 0, d = 0] = sig.byteRange.map((n) => (Number.isSafeInteger(n) && n >= 0 ? n : 0));
  const chunks = ranges?.chunks ?? [pdf.subarray(a, a + b), pdf.subarray(c, c + d)];
  const cms = await verifyCmsDetached(chunks, trimContents(sig.contents), {
    signingTime: sig.signingTime,
    forbidSigningTimeAttribute: true,
    trustedRoots: opts.trustedRoots,
    now: opts.now,
  });
  problems.push(...cms.problems);
  const coversWholeFile = sound && ranges.end === pdf.byteLength;
  if (sound && !coversWholeFile && await changedBeyondSignatures(pdf.subarray(0, ranges.end), pdf)) {
    problems.push(problem('MODIFICATO_DOPO_LA_FIRMA'));
  }
  return {
    fieldName: sig.fieldName,
    valid: problems.length === 0,
    signer: cms.signer,
    signingTime: sig.signingTime,
    problems,
    signers: cms.signers,
    coversWholeFile,
    revision: sound ? (ranges.end === pdf.byteLength ? ends.length : ends.indexOf(ranges.end) + 1) : 0,
  };
}

/**
 * Verifies every signature of a PDF as PAdES baseline: SubFilter ETSI.CAdES.detached, a ByteRange
 * covering the whole file, or an earlier revision followed only by revisions that add signatures, but
 * the /Contents hex string, the CMS (digest of the ByteRange, signature,
 * signing-certificate-v2, no signingTime attribute) and the certificate at /M. Never throws.
 */
export async function verifyPdfSignatures(pdf: Uint8Array, opts: PdfVerifyOptions = {}): Promise<PdfVerifyResult> {
  let dictionaries: PdfSignatureDictionary[];
  try {
    dictionaries = signatureDictionaries(await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true }));
  } catch {
    return { valid: false, problems: [problem('PDF_NON_VALIDO')], signatures: [] };
  }
  if (dictionaries.length === 0) return { valid: false, problems: [problem('PDF_NON_FIRMATO')], signatures: [] };
  const ends = revisionEnds(pdf);
  const signatures: PdfSignatureResult[] = [];
  for (const sig of dictionaries) signatures.push(await verifyOne(pdf, sig, ends, opts));
  signatures.sort((x, y) => x.revision - y.revision);
  const last = signatures[signatures.length - 1];
  const problems = signatures.flatMap((s) => s.problems);
  // Bytes after the last signed revision are signed by nobody.
  const unsignedTail = !signatures.some((s) => s.coversWholeFile) && !problems.some((p) => p.code === 'BYTERANGE_NON_COPRE_IL_FILE');
  if (unsignedTail) problems.push(problem('BYTERANGE_NON_COPRE_IL_FILE'));
  return {
    valid: problems.length === 0,
    signer: last?.signer,
    signingTime: last?.signingTime,
    problems,
    signatures,
  };
}
