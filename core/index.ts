/**
 * The proposal core: runtime-neutral (no Node, DOM or Electron). Everything else in Proposta is a
 * function of the proposal document this module describes and checks.
 */
export type * from './generated/types';
export { validate, type ValidationOptions } from './validation/validate';
export { countIssues, sectionOfPointer, type Issue, type Severity } from './validation/issue';
export { isStructuralIssue } from './validation/schema-issues';
export { fieldLabel, fieldPath, labelOf, optionLabel, patternOf } from './validation/labels';
export { parseJsonSafely, parseProposalText, type LoadResult } from './proposal/parse';
export { loadError, MAX_PROPOSAL_BYTES, type LoadError, type LoadErrorCode } from './proposal/load-errors';
export { APP_VERSION, SCHEMA_VERSION } from './proposal/version';
export { emptyProposal } from './proposal/empty';
export { stampProposal, touchProposal } from './proposal/stamp';
export { migrate, MIGRATIONS } from './migrations';
export { defaultCallProfile, parseCallProfile } from './profile/profile';
export { SECTIONS, sectionById, isSectionId } from './sections/registry';
export type { SectionDefinition, SectionId } from './sections/types';
export { budgetTotals, impliedRate, lineAmounts, VAT_RATES } from './sections/budget';
export { findComuneByIstat, searchComuni, type ComuneRef } from './reference/comuni';
export { ENTI_SOVRACOMUNALI_PUGLIA, findEnteSovracomunale } from './reference/enti-sovracomunali';
export { activeComponents, componentName, type ComponentLetter } from './sections/components';
export { membersOf } from './sections/ente';
export { countBodies } from './sections/ente';
export { eligibility, type EligibilityReport } from './eligibility';
export { formatAmount, formatEuro, formatInteger } from './money';
export * from './ipc/contract';
export { checkRequest, isChannel, REQUEST_GUARDS, WORKSPACE_NAME } from './ipc/guards';
export { applyCommand, type Applied, type Command } from './commands/commands';
export { FIELD_LABELS, ROW_TEMPLATES, type FieldLabel } from './generated/labels';
export { valueAt, pointerOf, segmentsOf } from './validation/pointer';
export { SEVERITY_ORDER } from './validation/issue';
export * from './csv';
export * from './export';
export { validateManifest } from './proposal/manifest';
