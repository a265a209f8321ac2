import { errore } from '../../validation/make';
import type { SectionDefinition } from '../types';
import { SECTION_TITLES } from '../../generated/pointers';

/** Componente b) Infrastruttura tecnologica ed applicativa (base component). */
export const infrastrutturaSection: SectionDefinition = {
  id: 'infrastruttura',
  title: SECTION_TITLES.infrastruttura,
  rules: [
    ({ doc }) =>
      doc.infrastruttura.hosting === ''
        ? [errore('HOSTING_MANCANTE', '/infrastruttura/hosting', "Scegli il modello di hosting: cloud qualificato ACN, Polo Strategico Nazionale (PSN) o infrastruttura dell'ente (on premises).")]
        : [],
  ],
};
