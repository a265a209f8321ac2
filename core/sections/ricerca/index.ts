import { iaComponentIssues } from '../ia-component';
import type { SectionDefinition } from '../types';
import { SECTION_TITLES } from '../../generated/pointers';

/** Componente d) Motore di ricerca intelligente (qualifying: required only when chosen). */
export const ricercaSection: SectionDefinition = {
  id: 'ricerca',
  title: SECTION_TITLES.ricerca,
  rules: [({ doc }) => iaComponentIssues(doc, 'd', 'ricerca', 'fonti', 'una fonte da indicizzare')],
};
