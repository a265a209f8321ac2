import type { Proposal } from '../../generated/types';
import { partnerIndex } from '../../derive/bodies';
import type { MergeResult } from '../../partner/merge-reply';
import { recorded, unchanged, type ActionResult } from '../types';

interface Owned { readonly id: string; readonly ente: string }

/**
 * The partner's rows put back into a whole list: they take the places its rows had, in the merged
 * order; rows it added go after its last row (at the end when it had none); other bodies' rows stay.
 */
export function replaceOwnedRows<T extends Owned>(list: readonly T[], owner: string, rows: readonly T[]): T[] {
  const out: T[] = [];
  let next = 0;
  let lastSlot = -1;
  for (const row of list) {
    if (row.ente !== owner) out.push(row);
    else if (next < rows.length) {
      out.push(rows[next++]!);
      lastSlot = out.length - 1;
    }
  }
  const rest = rows.slice(next);
  if (lastSlot < 0) out.push(...rest);
  else out.splice(lastSlot + 1, 0, ...rest);
  return out;
}

/**
 * «Importa la risposta di un Comune»: applies a merge result (core/partner/merge-reply) as one undo
 * step. A result with unsettled conflicts, or for a partner no longer in the proposal, changes nothing.
 */
export function mergeReply(doc: Proposal, { result }: { result: MergeResult }): ActionResult {
  const i = partnerIndex(doc, result.partner);
  if (i < 0 || !result.resolved) return unchanged(doc, result.resolved ? undefined : 'La risposta ha conflitti da risolvere: scegli per ciascuno il valore da tenere.');
  const { parts, partner } = result;
  const scambi = doc.ente.scambi.map((s) => (s.ente === partner ? result.record : s));
  const next: Proposal = {
    ...doc,
    ente: { ...doc.ente, partner: doc.ente.partner.map((p, k) => (k === i ? parts.ente : p)), scambi },
    dati: { ...doc.dati, banche: replaceOwnedRows(doc.dati.banche, partner, parts.banche) },
    budget: { ...doc.budget, voci: replaceOwnedRows(doc.budget.voci, partner, parts.voci) },
    allegati: { ...doc.allegati, elenco: replaceOwnedRows(doc.allegati.elenco, partner, parts.allegati) },
  };
  return recorded(doc, next, `/ente/partner/${i}`);
}
