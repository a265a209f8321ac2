/** Level reports for each kind of signed file: `.p7m`, detached `.p7s` with its content, PAdES PDF. */
import { verifyCmsDetached } from '../cms-verify';
import { verifyPdfSignatures } from '../pades-verify';
import { verifyP7m } from '../p7m-verify';
import { assessSigner, level } from './assess';
import type { SignedFileReport, TrustContext } from './types';

/** The report of an enveloping `.p7m`, and the content it carries when readable. */
export async function assessP7mFile(file: string, bytes: Uint8Array, ctx: TrustContext): Promise<{ report: SignedFileReport; content?: Uint8Array }> {
  const result = await verifyP7m(bytes, { now: ctx.now });
  const report: SignedFileReport = {
    file,
    format: 'cades-enveloping',
    readable: result.readable && result.content !== undefined,
    problems: result.readable && result.signers.length === 0 ? [level('firma', 'non-fidato', 'NON_FIRMATO')] : [],
    signers: result.signers.map((s) => assessSigner(s, s.problems, s.signingTimeAttribute, ctx)),
  };
  return { report, ...(result.content ? { content: result.content } : {}) };
}

/** The report of a detached CAdES signature (`.p7s`, the packages made before `.p7m`) over `content`. */
export async function assessDetachedFile(file: string, content: Uint8Array, p7s: Uint8Array, ctx: TrustContext): Promise<SignedFileReport> {
  const result = await verifyCmsDetached([content], p7s, { now: ctx.now });
  return {
    file,
    format: 'cades-detached',
    readable: result.signers.length > 0,
    problems: [],
    signers: result.signers.map((s) => assessSigner(s, s.problems, s.signingTimeAttribute, ctx)),
  };
}

/** The report of a PDF: one signer per signature field, in revision order. */
export async function assessPdfFile(file: string, bytes: Uint8Array, ctx: TrustContext): Promise<SignedFileReport> {
  const result = await verifyPdfSignatures(bytes, { now: ctx.now });
  const codes = result.problems.map((p) => p.code);
  if (codes.includes('PDF_NON_VALIDO')) return { file, format: 'pades', readable: false, problems: [], signers: [] };
  if (codes.includes('PDF_NON_FIRMATO')) return { file, format: 'pades', readable: true, problems: [level('firma', 'non-fidato', 'NON_FIRMATO')], signers: [] };
  const signers = result.signatures.flatMap((sig) => sig.signers.map((s) => assessSigner(s, sig.problems, sig.signingTime, ctx)));
  // Bytes after the last signed revision belong to no signature: a file-level integrity failure.
  const tail = !result.signatures.some((s) => s.coversWholeFile)
    && !result.signatures.some((s) => s.problems.some((p) => p.code === 'BYTERANGE_NON_COPRE_IL_FILE'));
  return { file, format: 'pades', readable: true, problems: tail ? [level('integrita', 'non-valido', 'BYTERANGE_NON_COPRE_IL_FILE')] : [], signers };
}
