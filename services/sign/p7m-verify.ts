/** Verification of enveloping CAdES files (`.p7m`): every signer over the content inside. */
import { verifyParsedCms, type SignerVerification } from './cms-verify';
import { readP7m, type CmsFileEncoding } from './p7m-read';
import { problem, type VerifyProblem } from './verify-types';

/** Options of {@link verifyP7m}. */
export interface P7mVerifyOptions {
  /** When given, each signer certificate must chain up to one of these (DER). */
  trustedRoots?: readonly Uint8Array[];
  /** Time used for a signer without a signingTime attribute; defaults to the clock. */
  now?: Date;
}

/** Outcome of {@link verifyP7m}. */
export interface P7mVerification {
  /** False when the bytes are not an enveloping CMS at all (then nothing else is known). */
  readable: boolean;
  encoding?: CmsFileEncoding;
  /** The signed document carried inside. */
  content?: Uint8Array;
  /** True only when there is at least one signer and no problem. */
  valid: boolean;
  signers: SignerVerification[];
  problems: VerifyProblem[];
}

/**
 * Reads a `.p7m` (DER, PEM or base64) and verifies each SignerInfo over its content: messageDigest,
 * signature, signing-certificate-v2, the certificate at its signingTime and key usage, and the chain
 * when `trustedRoots` is given. Never throws.
 */
export async function verifyP7m(bytes: Uint8Array, opts: P7mVerifyOptions = {}): Promise<P7mVerification> {
  const read = readP7m(bytes);
  if (!read.ok) {
    const code = read.code === 'P7M_SENZA_CONTENUTO' ? 'P7M_SENZA_CONTENUTO' : 'CMS_NON_VALIDO';
    return { readable: read.code === 'P7M_SENZA_CONTENUTO', valid: false, signers: [], problems: [problem(code)] };
  }
  const content = read.parsed.content ?? new Uint8Array(0);
  const result = await verifyParsedCms(read.parsed, [content], opts);
  return {
    readable: true,
    encoding: read.encoding,
    content,
    valid: result.signers.length > 0 && result.problems.length === 0,
    signers: result.signers,
    problems: result.problems,
  };
}
