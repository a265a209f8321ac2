/** Shapes returned by the verification functions. */
import { MESSAGES, type VerifyProblemCode } from './codes';

/** One thing wrong with a signature: stable code, Italian message. */
export interface VerifyProblem {
  code: VerifyProblemCode;
  message: string;
}

/** Outcome of verifying one signature (or, for a PDF, all of them). */
export interface VerifyResult {
  /** True only when `problems` is empty. */
  valid: boolean;
  signer?: { commonName?: string; fiscalCode?: string };
  /** CAdES: the signingTime attribute; PAdES: the signature dictionary's /M. */
  signingTime?: Date;
  problems: VerifyProblem[];
}

/** A problem with its standard message. */
export function problem(code: VerifyProblemCode): VerifyProblem {
  return { code, message: MESSAGES[code] };
}
