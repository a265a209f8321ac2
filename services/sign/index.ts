/**
 * Signing service: signers from a .p12 or a PKCS#11 token, CAdES-BES (detached .p7s and enveloping
 * .p7m, parallel signers), PAdES baseline as incremental revisions with a visible signature, and
 * verification by levels with trust anchors from --ca or the AgID trusted list. Node-only.
 */
export { loadP12, type P12Result, type P12Ok, type P12Failure, type LoadedSigner } from './p12';
export { signCadesDetached, type CadesOptions } from './cades';
export { signCadesEnveloping, addCadesSignature } from './p7m';
export { readP7m, decodeCmsFile, type ReadP7m, type P7mFailure, type CmsFileEncoding } from './p7m-read';
export { verifyP7m, type P7mVerification, type P7mVerifyOptions } from './p7m-verify';
export { signPdfPades, PADES_SIGNATURE_LENGTH, type PadesInfo } from './pades';
export { signatureStampText } from './pdf-appearance';
export { checkIncrementalExtension, revisionEnds, type IncrementalCheck } from './pdf-revisions';
export { verifyCadesDetached, type CadesVerifyOptions } from './cades-verify';
export {
  verifyPdfSignatures, type PdfVerifyOptions, type PdfVerifyResult, type PdfSignatureResult,
} from './pades-verify';
export type { SignerVerification } from './cms-verify';
export type { VerifyProblem, VerifyResult } from './verify-types';
export type { SignerIdentity, SigningCryptoKey, ExternalSigningKey, SigningKey } from './key';
export { toCryptoKey } from './key';
export type { CertificateSubject } from './cert-info';
export { fiscalCodeFrom, describeCertificate, parseCertificate } from './cert-info';
export {
  MESSAGES, SignError, type P12ErrorCode, type Pkcs11ErrorCode, type SignErrorCode, type VerifyProblemCode, type SignCode,
} from './codes';
export { readCertificateFile, type AnchorFile } from './trust/anchors';
export { buildChain, type ChainResult } from './trust/chain';
export { parseTrustedList, type TrustedList, type TrustedListAnchor } from './trust/tsl';
export * from './levels';
// PKCS#11 is exported from './pkcs11' on its own: importing it loads no native code until a token is used.
