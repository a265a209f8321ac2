export { openProposal } from './open';
export { writeFileAtomic, type SaveResult, type SaveErrorCode } from './save';
export { saveProposal, serializeProposal, type SaveProposalResult } from './save-proposal';
