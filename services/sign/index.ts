/**
 * Signing service: reading .p12 signers, CAdES-BES detached signatures (package manifest) and PAdES
 * baseline signatures (dossier PDF), and their verification. Node-only.
 */
export { loadP12, type P12Result, type P12Ok, type P12Failure, type LoadedSigner } from './p12';
export { signCadesDetached, type CadesOptions } from './cades';
export { signPdfPades, PADES_SIGNATURE_LENGTH, type PadesInfo } from './pades';
export { verifyCadesDetached, type CadesVerifyOptions } from './cades-verify';
export {
  verifyPdfSignatures, type PdfVerifyOptions, type PdfVerifyResult, type PdfSignatureResult,
} from './pades-verify';
export type { VerifyProblem, VerifyResult } from './verify-types';
export type { SignerIdentity, SigningCryptoKey } from './key';
export { toCryptoKey } from './key';
export type { CertificateSubject } from './cert-info';
export { fiscalCodeFrom } from './cert-info';
export {
  MESSAGES, SignError, type P12ErrorCode, type SignErrorCode, type VerifyProblemCode, type SignCode,
} from './codes';
