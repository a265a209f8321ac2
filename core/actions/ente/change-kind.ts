import type { Ente, Proposal } from '../../generated/types';
import { bodyName } from '../../derive/ente';
import { countOf } from '../../derive/number-text';
import { recorded, unchanged, type ActionResult } from '../types';

export interface ChangeKindPayload {
  readonly tipo: Ente['tipo'];
}

/**
 * Changes the kind of body. Leaving an aggregation takes its partner Comuni out of the proposal
 * (Annulla brings them back) and charges their budget lines to the body that remains: nothing is
 * left behind as hidden, invalid data.
 */
export function changeKind(doc: Proposal, { tipo }: ChangeKindPayload): ActionResult {
  if (doc.ente.tipo === tipo) return unchanged(doc);
  const partners = doc.ente.partner;
  if (tipo === 'aggregazione' || partners.length === 0) {
    return recorded(doc, { ...doc, ente: { ...doc.ente, tipo } }, '/ente/tipo');
  }
  const ids = new Set(partners.map((p) => p.id));
  let moved = 0;
  const voci = doc.budget.voci.map((v) => {
    if (!ids.has(v.ente)) return v;
    moved += 1;
    return { ...v, ente: 'capofila' };
  });
  const names = partners.map((p) => bodyName(doc, p.id)).join(', ');
  const lines = moved ? ` ${countOf(moved, 'voce di spesa che era loro attribuita è ora', 'voci di spesa che erano loro attribuite sono ora')} dell'ente proponente.` : '';
  const notice = `Tolti dalla proposta ${countOf(partners.length, 'Comune aggregato', 'Comuni aggregati')} (${names}).${lines} Per ripristinarli usa Annulla (Ctrl+Z).`;
  const next: Proposal = { ...doc, ente: { ...doc.ente, tipo, partner: [] }, budget: moved ? { ...doc.budget, voci } : doc.budget };
  return recorded(doc, next, '/ente/tipo', notice);
}
