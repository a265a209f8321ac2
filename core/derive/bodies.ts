/**
 * Ownership: which body each part of the proposal belongs to (format 5). A partner owns its row in
 * `ente.partner` (codes, PEC, population, legal representative, contact, act of adhesion, its share
 * of co-financing) and the databases, budget lines and declared attachments that name it in `ente`.
 * Everything else is the lead's. The partner modules, the merge, the per-body totals and the
 * restricted validation all read these functions.
 */
import type { Allegato, BancaDati, Partner, Proposal, VoceBudget } from '../generated/types';
import type { Issue } from '../validation/issue';
import { budgetTotals } from './budget';
import { membersOf } from './ente';
import { toCents } from './money';

/** `capofila`, the lead's id in every `ente` field. */
export const LEAD_ID = 'capofila';

/** The lists whose rows name their owning body, by JSON pointer. */
export const OWNED_LISTS = { banche: '/dati/banche', voci: '/budget/voci', allegati: '/allegati/elenco' } as const;
export type OwnedList = keyof typeof OWNED_LISTS;

/** What one partner owns, as a partner module carries it. */
export interface PartnerParts {
  readonly ente: Partner;
  readonly banche: readonly BancaDati[];
  readonly voci: readonly VoceBudget[];
  readonly allegati: readonly Allegato[];
}

/** The rows of one list, whatever their type. */
export function listOf(doc: Proposal, list: OwnedList): ReadonlyArray<BancaDati | VoceBudget | Allegato> {
  return list === 'banche' ? doc.dati.banche : list === 'voci' ? doc.budget.voci : doc.allegati.elenco;
}

/** The index of a partner's row, or -1. */
export function partnerIndex(doc: Proposal, id: string): number {
  return doc.ente.partner.findIndex((p) => p.id === id);
}

/** A partner's parts as they stand, or null when there is no such partner. */
export function partnerParts(doc: Proposal, id: string): PartnerParts | null {
  const i = partnerIndex(doc, id);
  if (i < 0 || id === LEAD_ID) return null;
  return {
    ente: doc.ente.partner[i]!,
    banche: doc.dati.banche.filter((b) => b.ente === id),
    voci: doc.budget.voci.filter((v) => v.ente === id),
    allegati: doc.allegati.elenco.filter((a) => a.ente === id),
  };
}

/** The ids a part may name as its owner: the lead and, in an aggregation, each partner. */
export function bodyIds(doc: Proposal): Set<string> {
  return new Set(membersOf(doc).map((m) => m.id));
}

/**
 * The body that owns the field at `pointer` (`capofila` or a partner id): a partner row, or a row of
 * an owned list that names its body. Everything else (the project, the funding totals…) is the lead's.
 */
export function ownerOfPointer(doc: Proposal, pointer: string): string {
  const seg = pointer.split('/');
  if (seg[1] === 'ente' && seg[2] === 'partner' && seg[3] !== undefined) return doc.ente.partner[Number(seg[3])]?.id ?? LEAD_ID;
  for (const list of Object.keys(OWNED_LISTS) as OwnedList[]) {
    const base = OWNED_LISTS[list];
    if (pointer.startsWith(`${base}/`)) {
      const row = listOf(doc, list)[Number(pointer.slice(base.length + 1).split('/')[0])];
      return row?.ente ?? LEAD_ID;
    }
  }
  return LEAD_ID;
}

/** The issues about a body's own parts: what that body must fix (the lead: everything no partner owns). */
export function issuesOfBody(doc: Proposal, issues: readonly Issue[], id: string): Issue[] {
  return issues.filter((i) => ownerOfPointer(doc, i.pointer) === id);
}

/** One body's figures: its cost, its share of co-financing, its databases and attachments. */
export interface BodyFigures {
  readonly id: string;
  /** Total of its budget lines (VAT included), in cents. */
  readonly costCents: number;
  /** Its declared share of co-financing, in cents (the lead's is what the partners' shares leave). */
  readonly cofinancingCents: number;
  readonly databases: number;
  readonly attachments: number;
  /** Errors and warnings in its own parts (from the issues given). */
  readonly errors: number;
  readonly warnings: number;
}

/** The sum of the partners' declared shares of co-financing, in cents. */
export function partnerSharesCents(doc: Proposal): number {
  return doc.ente.tipo === 'aggregazione' ? doc.ente.partner.reduce((s, p) => s + toCents(p.cofinanziamento), 0) : 0;
}

/** Per body, in member order: totals, databases, attachments and completeness (its own errors). */
export function bodyFigures(doc: Proposal, issues: readonly Issue[]): BodyFigures[] {
  const t = budgetTotals(doc);
  return membersOf(doc).map((m) => {
    const own = issuesOfBody(doc, issues, m.id);
    const share = m.id === LEAD_ID ? toCents(doc.budget.cofinanziamento) - partnerSharesCents(doc) : toCents((m.data as Partner).cofinanziamento);
    return {
      id: m.id,
      costCents: t.byBody.get(m.id) ?? 0,
      cofinancingCents: share,
      databases: doc.dati.banche.filter((b) => b.ente === m.id).length,
      attachments: doc.allegati.elenco.filter((a) => a.ente === m.id).length,
      errors: own.filter((i) => i.severity === 'errore').length,
      warnings: own.filter((i) => i.severity === 'avviso').length,
    };
  });
}
