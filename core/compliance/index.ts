/**
 * The AI Act and GDPR helper: a questionnaire per AI system, its class and obligations derived from
 * the versioned rule data in templates/norme/, and findings the validation can report. It helps an
 * officer reason; it is not legal advice.
 */
export { QUESTION_GROUPS, QUESTIONS, QUESTION_KEYS, askFirst, emptyAssessment, emptyQuestionnaire, questionOf } from './questions';
export type { AiAnswers, AiQuestionnaire, AiRole, AnswerValue, DataScale, QuestionDef, QuestionGroup, QuestionKey, YesNo } from './questions';
export { defaultComplianceRules, formatReference, parseComplianceRules, ruleById, type RulesResult } from './rules';
export { evaluate, type ConditionFacts, type Evaluation, type Truth } from './condition';
export { classifyAiSystem, declaredRiskOf, type AiClass, type AiClassification } from './classify';
export { deriveObligations, type DerivedObligation, type ObligationOptions } from './obligations';
export { dpiaNeedOf, inventoryFlags, proposalDpiaNeed, withInventory, type DpiaNeed, type InventoryFlags } from './dpia';
export { assessAiSystem, type AiAssessment } from './assess';
export {
  classificationFindings, COMPLIANCE_CODES, declaredRiskFindings, isComplianceCode, isComplianceIssue, dpiaFindings, inventoryFindings, measureFindings,
  type ComplianceCode, type ComplianceField, type ComplianceFinding, type DescribedMeasures, type MeasureKey,
} from './issues';
export { aiSystemsOf, locateAiSystem, type AiSystem, type AiSystemKey, type AiSystemPlace } from './systems';
export { describedMeasures, howMet, MEASURE_KEYS, measurePointer, measuresToDescribe, measureText, orphanTexts, outlineOf, type HowMet, type MeasureToDescribe } from './measures';
export { MEASURE_OUTLINES, OBLIGATION_OUTLINE, outlineText, saysSomething } from './outlines';
export { assessProposal, type ProposalCompliance, type SystemAssessment } from './proposal';
export { answerLabel, classLabel, classReferences, dpiaLabel, missingQuestions, shownQuestions, subjectLabel, verificationLabel } from './labels';
