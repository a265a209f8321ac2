export { openProposal, openProposalFile, type OpenedProposal } from './open';
export { writeCarefully, type WritePolicy, type WriteResult } from './careful-write';
export { nodeEffects, type FileEffects, type WritableFile } from './effects';
export { writeFileAtomic, type SaveResult } from './save';
export { serializeProposal } from './save-proposal';
export { CodedError, type WriteError, type WriteErrorCode } from './write-errors';
