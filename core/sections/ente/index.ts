import type { SectionDefinition } from '../types';
import { actRules } from './acts';
import { codeRules } from './codes';
import { populationRules } from './population';

export { countBodies, membersOf, type Member } from './members';

/** Ente proponente: who applies, who represents it, and who may apply at all. */
export const enteSection: SectionDefinition = {
  id: 'ente',
  title: 'Ente proponente',
  rules: [populationRules, codeRules, actRules],
};
