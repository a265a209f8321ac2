import { howMet } from '../../compliance/measures';
import { defaultComplianceRules, ruleById } from '../../compliance/rules';
import { locateAiSystem, type AiSystemKey } from '../../compliance/systems';
import type { ObbligoIa, Proposal } from '../../generated/types';
import { unchanged, type ActionResult } from '../types';
import { updateAt } from '../update-at';

export interface SetHowMetPayload {
  readonly system: AiSystemKey;
  /** The rule of the obligation, e.g. `AIA-27`. */
  readonly ruleId: string;
  readonly text: string;
}

/**
 * Writes how the body meets an obligation of a system. An obligation that asks for a measure is met
 * by the measure's text (shared by every obligation that asks for it, e.g. the notice to people);
 * any other keeps a row of its own, removed when its text is emptied. Typing is one undo step.
 */
export function setHowMet(doc: Proposal, { system, ruleId, text }: SetHowMetPayload): ActionResult {
  const place = locateAiSystem(doc, system);
  const rule = ruleById(defaultComplianceRules(), ruleId);
  // A text for a rule the rule data no longer has can still be edited or emptied, never created.
  if (!place || (!rule && !place.valutazione.obblighi.some((o) => o.regola === ruleId))) return unchanged(doc);
  const where = howMet(place, { ruleId, misura: rule?.misura ?? null });
  if (where.text === text) return unchanged(doc);
  if (where.kind === 'misura') {
    const next = updateAt(doc, where.pointer, () => text) as Proposal;
    return { doc: next, history: { coalesce: where.pointer }, at: where.pointer };
  }
  const list = `${place.base}/obblighi`;
  const rows = place.valutazione.obblighi;
  const kept: ObbligoIa[] = text === '' ? rows.filter((o) => o.regola !== ruleId)
    : where.pointer ? rows.map((o) => (o.regola === ruleId ? { ...o, come: text } : o)) : [...rows, { regola: ruleId, come: text }];
  const next = updateAt(doc, list, () => kept) as Proposal;
  const i = kept.findIndex((o) => o.regola === ruleId);
  return { doc: next, history: { coalesce: `${list}:${ruleId}` }, at: i < 0 ? list : `${list}/${i}/come` };
}
