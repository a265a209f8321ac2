/**
 * The verification report by levels: what was checked for each signer of each signed file, with an
 * outcome that says whether a failure means "altered or invalid" or "intact but not to be trusted".
 * Pure data: the CLI, the HTTP bridge and the window all read the same report.
 */

/** The levels, in the order they are checked and shown. */
export const LEVELS = ['integrita', 'firma', 'certificato', 'catena', 'codice-fiscale'] as const;
export type LevelName = (typeof LEVELS)[number];

/**
 * superato: the check passed. non-valido: the file was altered or the signature is invalid (exit 1).
 * non-fidato: intact, but not trustworthy (exit 3). non-verificato: the check could not be made, e.g.
 * no trust anchors or no expected codice fiscale were given (exit 3: nothing unproven passes).
 */
export type LevelOutcome = 'superato' | 'non-valido' | 'non-fidato' | 'non-verificato';

/** One level of one signer (or of a whole file, for file-level findings). */
export interface LevelResult {
  level: LevelName;
  outcome: LevelOutcome;
  /** Stable code (see MESSAGES in codes.ts and LEVEL_MESSAGES in levels/codes.ts). */
  code: string;
  message: string;
}

/** One signer of one file. */
export interface SignerReport {
  name?: string;
  /** From the certificate subject, whatever its check character; see the codice-fiscale level. */
  fiscalCode?: string;
  /** The time the signer claims (CAdES signingTime, PAdES /M). Never proven here: no timestamp is verified. */
  claimedTime?: Date;
  /** A signature timestamp is attached; it is not verified, so the time still counts as claimed. */
  timestampPresent: boolean;
  /** Always the five {@link LEVELS}, in order. */
  levels: LevelResult[];
}

/** A signed file: a `.p7m`, a detached `.p7s` with its content, or a PDF. */
export interface SignedFileReport {
  file: string;
  format: 'cades-enveloping' | 'cades-detached' | 'pades';
  /** False when the file cannot be read as its format at all (exit 2). */
  readable: boolean;
  /** Findings about the whole file: not signed, bytes after the last signature. */
  problems: LevelResult[];
  signers: SignerReport[];
}

/** Everything verified; `refused` is set when the input was unreadable or refused as hostile. */
export interface VerificationReport {
  refused?: { code: string; message: string };
  files: SignedFileReport[];
  /** Where trust anchors came from, for the notes of the summary. */
  anchorSource?: 'ca' | 'elenco-fiducia';
}

/** What the trust levels need from the caller. */
export interface TrustContext {
  /** Trust anchors (DER); empty means the chain level is "non-verificato". */
  anchors: readonly Uint8Array[];
  anchorSource?: 'ca' | 'elenco-fiducia';
  /** Codice fiscale of the legal representative named in the proposal. */
  expectedFiscalCode?: string;
  /**
   * A document signed by whoever is responsible for it (an attachment): any signer whose codice fiscale
   * has the right check character passes the codice-fiscale level.
   */
  anySigner?: boolean;
  now: Date;
}
