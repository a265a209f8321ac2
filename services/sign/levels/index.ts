/** Verification by levels, and the verdict with exit codes. */
export { LEVELS, type LevelName, type LevelOutcome, type LevelResult, type SignedFileReport, type SignerReport, type TrustContext, type VerificationReport } from './types';
export { assessSigner, level } from './assess';
export { assessDetachedFile, assessP7mFile, assessPdfFile } from './files';
export { summarizeVerification, type ExitCode, type Reason, type VerificationSummary } from './summary';
export { LEVEL_MESSAGES, type LevelCode } from './codes';
