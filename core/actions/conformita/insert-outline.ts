import { howMet, outlineOf } from '../../compliance/measures';
import { outlineText } from '../../compliance/outlines';
import { defaultComplianceRules, ruleById } from '../../compliance/rules';
import { locateAiSystem, type AiSystemKey } from '../../compliance/systems';
import type { Proposal } from '../../generated/types';
import { recorded, unchanged, type ActionResult } from '../types';
import { setHowMet } from './set-how-met';

export interface InsertOutlinePayload {
  readonly system: AiSystemKey;
  /** The obligation whose text (or measure) gets the outline. */
  readonly ruleId: string;
}

/**
 * Starts the «come lo soddisfiamo» text of an obligation from its outline (the points the law asks
 * about, one per line). Only an empty text gets it: what the officer wrote is never replaced.
 */
export function insertOutline(doc: Proposal, { system, ruleId }: InsertOutlinePayload): ActionResult {
  const place = locateAiSystem(doc, system);
  const rule = ruleById(defaultComplianceRules(), ruleId);
  if (!place || !rule) return unchanged(doc);
  if (howMet(place, { ruleId, misura: rule.misura }).text.trim() !== '') {
    return unchanged(doc, 'Il testo non è vuoto: la traccia si inserisce solo in un testo vuoto, per non cancellare ciò che hai scritto.');
  }
  const r = setHowMet(doc, { system, ruleId, text: outlineText(outlineOf(rule.misura)) });
  return recorded(doc, r.doc, r.at ?? place.base);
}
