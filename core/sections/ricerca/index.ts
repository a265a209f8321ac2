import { iaComponentIssues } from '../ia-component';
import type { SectionDefinition } from '../types';

/** Componente d) Motore di ricerca intelligente (qualifying: required only when chosen). */
export const ricercaSection: SectionDefinition = {
  id: 'ricerca',
  title: 'Componente d) Motore di ricerca intelligente',
  component: 'd',
  rules: [({ doc }) => iaComponentIssues(doc, 'd', 'ricerca', 'fonti', 'una fonte da indicizzare')],
};
