import { SECTION_TITLES } from '../../generated/pointers';
import type { SectionDefinition } from '../types';
import { actRules } from './acts';
import { codeRules } from './codes';
import { populationRules } from './population';

/** Ente proponente: who applies, who represents it, and who may apply at all. */
export const enteSection: SectionDefinition = {
  id: 'ente',
  title: SECTION_TITLES.ente,
  rules: [populationRules, codeRules, actRules],
};
