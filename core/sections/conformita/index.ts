import type { Issue } from '../../validation/issue';
import { avviso, errore } from '../../validation/make';
import type { RuleContext, SectionDefinition } from '../types';
import { SECTION_TITLES } from '../../generated/pointers';

function complianceRules({ doc }: RuleContext): Issue[] {
  const out: Issue[] = [];
  const dpia = doc.conformita.dpia;
  if (dpia === '') {
    out.push(errore('DPIA_NON_INDICATA', '/conformita/dpia', "Indica se è prevista la valutazione d'impatto sulla protezione dei dati (DPIA, art. 35 GDPR)."));
  }
  const special = doc.dati.banche.some((b) => b.categorieParticolari);
  if (special && dpia === 'non-necessaria') {
    out.push(avviso('DPIA_CONSIGLIATA', '/conformita/dpia', "L'inventario comprende categorie particolari di dati: la DPIA è di norma necessaria. Verifica la scelta con il responsabile della protezione dei dati (RPD)."));
  }
  return out;
}

/** Conformità: GDPR and DPIA, AI Act, accessibility, DNSH, reuse, interoperability, equality. */
export const conformitaSection: SectionDefinition = {
  id: 'conformita',
  title: SECTION_TITLES.conformita,
  rules: [complianceRules],
};
