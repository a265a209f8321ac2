/** Partner modules (`.proposta-partner`), their restricted checks, the three-way merge of replies, and the status board. */
export { PARTNER_CODES, refusal as refusalOf, type PartnerCode, type PartnerRefusal } from './codes';
export { canonicalJson, fingerprint, sha256Hex, utf8 } from './fingerprint';
export { buildPartnerModule, partnerContext, readPartnerModule, serializePartnerModule, PARTNER_MODULE_EXTENSION, PARTNER_MODULE_FORMAT, type ModuleOptions } from './module';
export { mergePartnerReply, type MergeOutcome, type MergeResult, type ReplyReceipt } from './merge-reply';
export { signerRefusal, type ReplySignature } from './signer';
export { isReplyOf, mergedReplies, replyFileIssue, replyFileName, REPLY_FOLDER, type MergedReply, type ReplyFileState } from './reply-file';
export { conflictLabel } from './conflict-label';
export { partnerStatuses, PARTNER_STATE_LABEL, type PartnerState, type PartnerStatus } from './status';
export { moduleWithProposal, partnerDocument, partnerIssues, proposalOfModule, validatePartnerModule } from './restricted';
export { settles, sideFor } from './three-way';
export type { Conflict, Resolution, Side } from './three-way';
