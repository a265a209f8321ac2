import type { CallProfile, Proposal, VoceBudget } from '../generated/types';
import { optionLabel } from '../validation/labels';
import { componentName, type ComponentLetter } from './components';
import { bodyName } from './ente';
import { toCents } from './money';
import { sharesInTenths } from './percentages';

/** VAT rates offered by the editor; any other rate (0–100) can still be typed. */
export const VAT_RATES = [22, 10, 5, 4, 0] as const;

/** The amounts of one line, in cents: VAT is the net at the line's rate, rounded to the cent. */
export interface LineAmounts {
  readonly netCents: number;
  readonly vatCents: number;
  readonly totalCents: number;
}

/** Net, VAT and total of a budget line (total = net + VAT exactly). The only VAT arithmetic of Proposta. */
export function lineAmounts(line: Pick<VoceBudget, 'importoNetto' | 'aliquotaIva'>): LineAmounts {
  const netCents = toCents(line.importoNetto);
  const vatCents = Math.round((netCents * line.aliquotaIva) / 100);
  return { netCents, vatCents, totalCents: netCents + vatCents };
}

/** Derived totals of the budget, in cents. Never stored: computed from the lines. */
export interface BudgetTotals {
  readonly totalCents: number;
  readonly netCents: number;
  readonly vatCents: number;
  readonly byComponent: ReadonlyMap<string, number>;
  readonly byCategory: ReadonlyMap<string, number>;
  /** Keyed by `capofila` or partner id. */
  readonly byBody: ReadonlyMap<string, number>;
  /** Each line's amounts, in the order of the lines. */
  readonly lines: readonly LineAmounts[];
}

const add = (map: Map<string, number>, key: string, cents: number): void => {
  map.set(key, (map.get(key) ?? 0) + cents);
};

// The lines array changes identity whenever a line changes: one computation per version of the lines.
const totalsCache = new WeakMap<readonly VoceBudget[], BudgetTotals>();

/** Sums the budget lines by component, category and body (line totals, VAT included). */
export function budgetTotals(doc: Proposal): BudgetTotals {
  const voci = doc.budget.voci;
  const cached = totalsCache.get(voci);
  if (cached) return cached;
  const byComponent = new Map<string, number>();
  const byCategory = new Map<string, number>();
  const byBody = new Map<string, number>();
  let totalCents = 0;
  let netCents = 0;
  let vatCents = 0;
  const lines = voci.map((v) => {
    const a = lineAmounts(v);
    totalCents += a.totalCents;
    netCents += a.netCents;
    vatCents += a.vatCents;
    add(byComponent, v.componente, a.totalCents);
    add(byCategory, v.categoria, a.totalCents);
    add(byBody, v.ente, a.totalCents);
    return a;
  });
  const t = { totalCents, netCents, vatCents, byComponent, byCategory, byBody, lines };
  totalsCache.set(voci, t);
  return t;
}

/** What contribution and co-financing leave uncovered (negative: they exceed the cost), in cents. */
export function fundingGap(doc: Proposal): number {
  return budgetTotals(doc).totalCents - toCents(doc.budget.contributoRichiesto) - toCents(doc.budget.cofinanziamento);
}

/** One row of a breakdown of the cost: its label, its cents and its share in tenths of a percent. */
export interface Share {
  readonly key: string;
  readonly label: string;
  readonly cents: number;
  /** Tenths of a percent; the shares of one breakdown add up to exactly 1000 (null when there is no cost). */
  readonly tenths: number | null;
}

function shares(entries: ReadonlyArray<readonly [string, string, number]>): Share[] {
  const tenths = sharesInTenths(entries.map(([, , c]) => c));
  return entries.map(([key, label, cents], i) => ({ key, label, cents, tenths: tenths?.[i] ?? null }));
}

/** The cost by component, by category and by body (each in the order the lines first name it), with shares. */
export interface Breakdown {
  readonly byComponent: readonly Share[];
  readonly byCategory: readonly Share[];
  readonly byBody: readonly Share[];
}

export function budgetBreakdown(doc: Proposal, profile: CallProfile): Breakdown {
  const t = budgetTotals(doc);
  return {
    byComponent: shares([...t.byComponent].map(([k, c]) => [k, componentName(k as ComponentLetter, profile), c] as const)),
    byCategory: shares([...t.byCategory].map(([k, c]) => [k, optionLabel('/budget/voci/*/categoria', k), c] as const)),
    byBody: shares([...t.byBody].map(([k, c]) => [k, bodyName(doc, k), c] as const)),
  };
}
