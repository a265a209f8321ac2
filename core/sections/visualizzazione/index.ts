import type { Issue } from '../../validation/issue';
import { avviso, blank } from '../../validation/make';
import type { SectionDefinition } from '../types';
import { SECTION_TITLES } from '../../generated/pointers';

/** Componente c) Visualizzazione dei dati (base component). */
export const visualizzazioneSection: SectionDefinition = {
  id: 'visualizzazione',
  title: SECTION_TITLES.visualizzazione,
  rules: [
    ({ doc }): Issue[] =>
      doc.visualizzazione.cruscotti.flatMap((c, i) =>
        c.pubblico === 'pubblico' && blank(c.accessibilita)
          ? [avviso('ACCESSIBILITA_CRUSCOTTO', `/visualizzazione/cruscotti/${i}/accessibilita`, `Il cruscotto «${c.titolo}» è pubblico: descrivi come rispetta i requisiti di accessibilità (Linee guida AgID, WCAG 2.1 AA).`)]
          : [],
      ),
  ],
};
