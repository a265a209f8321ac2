import type { SectionDefinition } from '../types';
import { categoryRules } from './categories';
import { financingRules } from './financing';
import { lineRules } from './lines';

export { budgetTotals, type BudgetTotals } from './totals';
export { impliedRate, lineAmounts, VAT_RATES } from './amounts';

/** Piano economico: budget lines, funding, and the call's caps where known. */
export const budgetSection: SectionDefinition = {
  id: 'budget',
  title: 'Piano economico',
  rules: [lineRules, financingRules, categoryRules],
};
