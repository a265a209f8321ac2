/** Verification of detached CAdES signatures (.p7s). */
import { verifyCmsDetached } from './cms-verify';
import type { VerifyResult } from './verify-types';

/** Options of {@link verifyCadesDetached}. */
export interface CadesVerifyOptions {
  /** When given, the signer certificate must chain up to one of these (DER). */
  trustedRoots?: readonly Uint8Array[];
  /** Time used when the signature has no signingTime attribute; defaults to the clock. */
  now?: Date;
}

/**
 * Verifies a detached CAdES signature over `content`: messageDigest, the signature with the signer's
 * key, signing-certificate-v2, certificate validity at signingTime (or `now`) and key usage, and the
 * chain when `trustedRoots` is given. Never throws: everything wrong is in `problems`.
 */
export async function verifyCadesDetached(
  content: Uint8Array,
  cmsDer: Uint8Array,
  opts: CadesVerifyOptions = {},
): Promise<VerifyResult> {
  const result = await verifyCmsDetached([content], cmsDer, { trustedRoots: opts.trustedRoots, now: opts.now });
  return {
    valid: result.problems.length === 0,
    signer: result.signer,
    signingTime: result.signingTimeAttribute,
    problems: result.problems,
  };
}
