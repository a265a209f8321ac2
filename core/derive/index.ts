/** Derivations: every fact computed from the proposal has exactly one function, here. */
export { budgetBreakdown, budgetTotals, fundingGap, lineAmounts, VAT_RATES, type BudgetTotals, type Breakdown, type LineAmounts, type Share } from './budget';
export { activeComponents, chosenQualifying, COMPONENT_SECTIONS, componentName, componentOfSection, isSectionActive, type ComponentLetter } from './components';
export {
  aggregationPopulation, applicantPhrase, bodyName, bodyOptions, countBodies, distinctComuni, MAX_POPULATION, membersOf, populationVerdict,
  type ExclusionReason, type Member, type PopulationSum, type PopulationVerdict,
} from './ente';
export { hasAtMostTwoDecimals, toCents } from './money';
export { countOf, editText, formatAmount, formatCents, formatDecimal, formatEuro, formatInteger, formatNumber, formatPercent, formatPlain, parseItalianNumber } from './number-text';
export { sharesInTenths } from './percentages';
export { activeSections, isSectionId, sectionOfPointer, sectionTitleOf } from './sections';
export { calendarMonth, timelineMonths, timelinePosition } from './cronoprogramma';
export { CLOSING_SOON_DAYS, submissionWindow, timeLeftPhrase, type SubmissionWindow } from './window';
export { proposalSummary, type ProposalSummary, type ReadinessItem } from './summary';
export { formatDate, parseItalianDate, parseItalianMonth } from './date-text';
export { ATTACHMENTS_FOLDER, attachmentFileIssue, packagedAttachmentName, type AttachmentFileState } from './attachments';
