import type { CallProfile, ComplianceRules, Proposal } from '../generated/types';
import { assessAiSystem, type AiAssessment } from './assess';
import { inventoryFlags, proposalDpiaNeed, type DpiaNeed, type InventoryFlags } from './dpia';
import { defaultComplianceRules } from './rules';
import { aiSystemsOf, type AiSystem } from './systems';

/** One AI system of the proposal and what the helper derives for it. */
export interface SystemAssessment {
  readonly system: AiSystem;
  readonly assessment: AiAssessment;
}

/** The compliance picture of a whole proposal: each AI system assessed, and the DPIA need. */
export interface ProposalCompliance {
  readonly sistemi: readonly SystemAssessment[];
  /** What the inventory of component a) says about personal data; it fills blank data answers. */
  readonly inventario: InventoryFlags;
  /** One DPIA is due as soon as one system needs it (`false` when there is no system). */
  readonly dpia: DpiaNeed;
  readonly regole: ComplianceRules;
}

// The rules, the editor, the dossier and the CLI all ask for this on the same document: compute it once.
const cache = new WeakMap<Proposal, { profile: CallProfile; value: ProposalCompliance }>();

/**
 * The class, obligations and DPIA need of every AI system the proposal declares, from its
 * questionnaires and the inventory (blank data answers are filled from it, never a given one).
 */
export function assessProposal(doc: Proposal, profile: CallProfile): ProposalCompliance {
  const hit = cache.get(doc);
  if (hit && hit.profile === profile) return hit.value;
  const regole = defaultComplianceRules();
  const inventario = inventoryFlags(doc.dati.banche);
  const sistemi = aiSystemsOf(doc, profile).map((system) => ({ system, assessment: assessAiSystem(system.valutazione.questionario, inventario, regole) }));
  const dpia = proposalDpiaNeed(sistemi.map((s) => s.assessment.risposte), regole);
  const value: ProposalCompliance = { sistemi, inventario, dpia, regole };
  cache.set(doc, { profile, value });
  return value;
}
