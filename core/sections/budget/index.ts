import type { SectionDefinition } from '../types';
import { categoryRules } from './categories';
import { financingRules } from './financing';
import { lineRules } from './lines';
import { SECTION_TITLES } from '../../generated/pointers';

/** Piano economico: budget lines, funding, and the call's caps where known. */
export const budgetSection: SectionDefinition = {
  id: 'budget',
  title: SECTION_TITLES.budget,
  rules: [lineRules, financingRules, categoryRules],
};
