import type { ComplianceRules } from '../generated/types';
import { evaluate, type Truth } from './condition';
import type { AiAnswers, QuestionKey } from './questions';
import { defaultComplianceRules } from './rules';

/** What the data inventory (component a) says about personal data, over all its databases. */
export interface InventoryFlags {
  readonly personalData: boolean;
  readonly specialCategories: boolean;
}

/** The flags of an inventory: any database with personal data, any with special categories. */
export function inventoryFlags(rows: ReadonlyArray<{ readonly datiPersonali: boolean; readonly categorieParticolari: boolean }>): InventoryFlags {
  return {
    personalData: rows.some((r) => r.datiPersonali || r.categorieParticolari),
    specialCategories: rows.some((r) => r.categorieParticolari),
  };
}

/**
 * The answers with the inventory filled in where the officer has not answered: a system of a body
 * whose databases hold personal data (or special categories) is taken to process them until the
 * officer says otherwise. A given answer is never overwritten (see `inventoryFindings`).
 */
export function withInventory(answers: AiAnswers, inventory: InventoryFlags): AiAnswers {
  return {
    ...answers,
    datiPersonali: answers.datiPersonali === '' && inventory.personalData ? 'si' : answers.datiPersonali,
    categorieParticolari: answers.categorieParticolari === '' && inventory.specialCategories ? 'si' : answers.categorieParticolari,
  };
}

export interface DpiaNeed {
  /** true: a DPIA is due; 'unknown': open answers could make it due; false: no criterion applies. */
  readonly necessaria: Truth;
  /** Ids of the criteria met (GDPR art. 35(3) and the Garante's list). */
  readonly motivi: readonly string[];
  /** Questions that could still make it due. */
  readonly mancanti: readonly QuestionKey[];
}

/**
 * Whether the processing of one AI system needs a DPIA, from the «dpia» criteria of the rule
 * data. The criteria only ever make a DPIA due; none of them rules one out, so `false` means
 * «no listed criterion applies», which the officer may still overrule (art. 35(1) GDPR).
 */
export function dpiaNeedOf(answers: AiAnswers, rules: ComplianceRules = defaultComplianceRules()): DpiaNeed {
  const criteria = rules.regole.filter((r) => r.tipo === 'dpia').map((rule) => ({ rule, result: evaluate(rule.condizione, answers) }));
  const met = criteria.filter((c) => c.result.value === true).map((c) => c.rule.id);
  const open = criteria.filter((c) => c.result.value === 'unknown');
  if (met.length) return { necessaria: true, motivi: met, mancanti: [] };
  if (open.length) return { necessaria: 'unknown', motivi: [], mancanti: [...new Set(open.flatMap((c) => c.result.missing))] };
  return { necessaria: false, motivi: [], mancanti: [] };
}

/** The DPIA need of the whole proposal: one DPIA is due as soon as one system needs it. */
export function proposalDpiaNeed(systems: readonly AiAnswers[], rules: ComplianceRules = defaultComplianceRules()): DpiaNeed {
  const each = systems.map((s) => dpiaNeedOf(s, rules));
  if (each.some((e) => e.necessaria === true)) {
    return { necessaria: true, motivi: [...new Set(each.flatMap((e) => e.motivi))], mancanti: [] };
  }
  if (each.some((e) => e.necessaria === 'unknown')) {
    return { necessaria: 'unknown', motivi: [], mancanti: [...new Set(each.flatMap((e) => e.mancanti))] };
  }
  return { necessaria: false, motivi: [], mancanti: [] };
}
