import type { ComplianceRules } from '../generated/types';
import { classifyAiSystem, type AiClassification } from './classify';
import { dpiaNeedOf, withInventory, type DpiaNeed, type InventoryFlags } from './dpia';
import { deriveObligations, type DerivedObligation } from './obligations';
import type { AiAnswers } from './questions';
import { defaultComplianceRules } from './rules';

/** Everything the helper derives for one AI system. */
export interface AiAssessment {
  /** The answers the rules read: the officer's, with the inventory filled in where blank. */
  readonly risposte: AiAnswers;
  readonly classificazione: AiClassification;
  readonly dpia: DpiaNeed;
  readonly obblighi: readonly DerivedObligation[];
}

/** Classification, DPIA need and obligations of one system, in the order they depend on each other. */
export function assessAiSystem(
  answers: AiAnswers,
  inventory: InventoryFlags = { personalData: false, specialCategories: false },
  rules: ComplianceRules = defaultComplianceRules(),
): AiAssessment {
  const risposte = withInventory(answers, inventory);
  const classificazione = classifyAiSystem(risposte, rules);
  const dpia = dpiaNeedOf(risposte, rules);
  const obblighi = deriveObligations(risposte, classificazione, rules, { dpiaNecessaria: dpia.necessaria, dpiaMotivi: dpia.motivi });
  return { risposte, classificazione, dpia, obblighi };
}
