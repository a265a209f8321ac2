/**
 * The proposal core: runtime-neutral (no Node, DOM or Electron). Everything else in Proposta is a
 * function of the proposal document this module describes and checks.
 */
export type * from './generated/types';
export { SECTION_IDS, SECTION_TITLES, ROWS_POINTERS, type FieldPointer, type RowsPointer, type RowTypes, type SectionId } from './generated/pointers';
export { validate, type ValidationOptions } from './validation/validate';
export { countIssues, SEVERITY_LABEL, SEVERITY_ORDER, type Issue, type Severity } from './validation/issue';
export { isRuleCode, RULE_CODES, type IssueCode, type RuleCode, type SchemaCode } from './validation/codes';
export { isStructuralIssue } from './validation/schema-issues';
export { unreadableDateIssue, unreadableNumberIssue } from './validation/input-issues';
export { fieldLabel, fieldPath, isFieldPointer, isRowsPointer, labelOf, optionLabel, patternOf, quotedField } from './validation/labels';
export { parseJsonSafely, parseProposalText, type LoadResult } from './proposal/parse';
export { loadError, MAX_PROPOSAL_BYTES, type LoadError, type LoadErrorCode } from './proposal/load-errors';
export { APP_VERSION, SCHEMA_VERSION } from './proposal/version';
export { emptyProposal } from './proposal/empty';
export { stampProposal, touchProposal } from './proposal/stamp';
export { migrate, MIGRATIONS } from './migrations';
export { defaultCallProfile, parseCallProfile } from './profile/profile';
export { SECTIONS, sectionById } from './sections/registry';
export type { SectionDefinition } from './sections/types';
export { findComuneByIstat, searchComuni, type ComuneRef } from './reference/comuni';
export { ENTI_SOVRACOMUNALI_PUGLIA, entiSovracomunaliOf, findEnteSovracomunale } from './reference/enti-sovracomunali';
export { eligibility, ELIGIBILITY_CODES, type EligibilityReport } from './eligibility';
export * from './derive';
export * from './actions';
export * from './ipc/contract';
export { checkRequest, isChannel, MODULE_NAME, REPLY_NAME, REQUEST_GUARDS, WORKSPACE_NAME } from './ipc/guards';
export { FIELD_LABELS, ROW_TEMPLATES, type FieldLabel } from './generated/labels';
export { valueAt, pointerOf, segmentsOf } from './validation/pointer';
export * from './csv';
export * from './export';
export * from './compliance';
export * from './partner';
export { validateManifest } from './proposal/manifest';
