import type { Proposal } from '../../generated/types';
import { toCents } from '../../money';

/** Derived totals of the budget, in cents. Never stored: computed from the lines. */
export interface BudgetTotals {
  readonly totalCents: number;
  readonly netCents: number;
  readonly vatCents: number;
  readonly byComponent: ReadonlyMap<string, number>;
  readonly byCategory: ReadonlyMap<string, number>;
  /** Keyed by `capofila` or partner id. */
  readonly byBody: ReadonlyMap<string, number>;
}

function add(map: Map<string, number>, key: string, cents: number): void {
  map.set(key, (map.get(key) ?? 0) + cents);
}

/** Sums the budget lines by component, category and body (line totals, VAT included). */
export function budgetTotals(doc: Proposal): BudgetTotals {
  const byComponent = new Map<string, number>();
  const byCategory = new Map<string, number>();
  const byBody = new Map<string, number>();
  let totalCents = 0;
  let netCents = 0;
  let vatCents = 0;
  for (const v of doc.budget.voci) {
    const t = toCents(v.totale);
    totalCents += t;
    netCents += toCents(v.importoNetto);
    vatCents += toCents(v.iva);
    add(byComponent, v.componente, t);
    add(byCategory, v.categoria, t);
    add(byBody, v.ente, t);
  }
  return { totalCents, netCents, vatCents, byComponent, byCategory, byBody };
}
