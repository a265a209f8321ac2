import type { Issue } from '../../validation/issue';
import { avviso, blank, errore } from '../../validation/make';
import type { RuleContext, SectionDefinition } from '../types';
import { SECTION_TITLES } from '../../generated/pointers';

function inventoryRules({ doc }: RuleContext): Issue[] {
  const out: Issue[] = [];
  doc.dati.banche.forEach((b, i) => {
    const p = `/dati/banche/${i}`;
    if (b.datiPersonali && blank(b.baseGiuridica)) {
      out.push(errore('BASE_GIURIDICA_MANCANTE', `${p}/baseGiuridica`, `La banca dati «${b.nome}» contiene dati personali: indica la base giuridica del trattamento (art. 6 GDPR).`));
    }
    if (b.categorieParticolari && !b.datiPersonali) {
      out.push(errore('DATI_PARTICOLARI_INCOERENTI', `${p}/datiPersonali`, `La banca dati «${b.nome}» contiene categorie particolari di dati, che sono dati personali: segna anche «Contiene dati personali».`));
    }
    if (b.openData !== 'no' && blank(b.licenza)) {
      out.push(avviso('LICENZA_MANCANTE', `${p}/licenza`, `La banca dati «${b.nome}» è pubblicata come dati aperti: indica la licenza (ad esempio CC BY 4.0).`));
    }
  });
  return out;
}

/** Componente a) Raccolta e analisi delle banche dati (base component). */
export const datiSection: SectionDefinition = {
  id: 'dati',
  title: SECTION_TITLES.dati,
  rules: [inventoryRules],
};
