import type { CallProfile, PackageVerification } from '../../core';
import type { SignedFileReport, TrustContext } from '../sign/levels/types';

/** See PackageVerification in core/ipc/contract.ts: the window shows the same report. */
export type VerifyReport = PackageVerification;

export interface Problem {
  readonly codice: string;
  readonly messaggio: string;
  /** The file of the package the problem is about. */
  readonly file?: string;
}

/**
 * The checks of services/sign by levels (services/package/tools.ts passes the real ones): passed in so
 * that the verifier loads the signature code only when a package is verified.
 */
export interface SignatureAssessors {
  p7m(file: string, bytes: Uint8Array, ctx: TrustContext): Promise<{ report: SignedFileReport; content?: Uint8Array }>;
  pdf(file: string, bytes: Uint8Array, ctx: TrustContext): Promise<SignedFileReport>;
  detached(file: string, content: Uint8Array, p7s: Uint8Array, ctx: TrustContext): Promise<SignedFileReport>;
  /** Whether `signed` is `original` followed by incremental revisions that only add signatures. */
  extendsOriginal(original: Uint8Array, signed: Uint8Array): Promise<boolean>;
}

/** Trust anchors (`--ca`, `--elenco-fiducia`) and the clock of the checks. */
export interface VerifyOptions {
  readonly profile: CallProfile;
  readonly now: Date;
  readonly anchors?: readonly Uint8Array[];
  readonly anchorSource?: 'ca' | 'elenco-fiducia';
}
