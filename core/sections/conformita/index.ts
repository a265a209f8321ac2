import type { Issue } from '../../validation/issue';
import { errore } from '../../validation/make';
import type { RuleContext, SectionDefinition } from '../types';
import { SECTION_TITLES } from '../../generated/pointers';
import { aiSystemRules } from './ai-systems';

/**
 * The DPIA must be declared. Whether it is due is derived from the AI systems' questionnaires, into
 * which the inventory's personal and special-category data flow (see `aiSystemRules`).
 */
function dpiaDeclaredRule({ doc }: RuleContext): Issue[] {
  if (doc.conformita.dpia !== '') return [];
  return [errore('DPIA_NON_INDICATA', '/conformita/dpia', "Indica se è prevista la valutazione d'impatto sulla protezione dei dati (DPIA, art. 35 GDPR).")];
}

/** Conformità: GDPR and DPIA, the AI systems under the AI Act, accessibility, DNSH, reuse, interoperability, equality. */
export const conformitaSection: SectionDefinition = {
  id: 'conformita',
  title: SECTION_TITLES.conformita,
  rules: [dpiaDeclaredRule, aiSystemRules],
};
