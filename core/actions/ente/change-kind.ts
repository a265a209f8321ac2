import type { Ente, Proposal } from '../../generated/types';
import { bodyName } from '../../derive/ente';
import { countOf } from '../../derive/number-text';
import { recorded, unchanged, type ActionResult } from '../types';

export interface ChangeKindPayload {
  readonly tipo: Ente['tipo'];
}

/**
 * Changes the kind of body. Leaving an aggregation takes its partner Comuni out of the proposal
 * (Annulla brings them back) and gives their budget lines, databases and attachments to the body
 * that remains, and forgets the modules sent to them: nothing is left behind as hidden, invalid data.
 */
export function changeKind(doc: Proposal, { tipo }: ChangeKindPayload): ActionResult {
  if (doc.ente.tipo === tipo) return unchanged(doc);
  const partners = doc.ente.partner;
  if (tipo === 'aggregazione' || partners.length === 0) {
    return recorded(doc, { ...doc, ente: { ...doc.ente, tipo } }, '/ente/tipo');
  }
  const ids = new Set(partners.map((p) => p.id));
  let moved = 0;
  // Every part a partner owned (format 5: lines, databases, attachments) passes to the body that remains.
  const toLead = <T extends { ente: string }>(rows: T[]): T[] => rows.map((r) => {
    if (!ids.has(r.ente)) return r;
    moved += 1;
    return { ...r, ente: 'capofila' };
  });
  const voci = toLead(doc.budget.voci);
  const lines = moved;
  const banche = toLead(doc.dati.banche);
  const elenco = toLead(doc.allegati.elenco);
  const others = moved - lines;
  const names = partners.map((p) => bodyName(doc, p.id)).join(', ');
  const lineText = lines ? ` ${countOf(lines, 'voce di spesa che era loro attribuita è ora', 'voci di spesa che erano loro attribuite sono ora')} dell'ente proponente.` : '';
  const otherText = others ? ` ${countOf(others, 'banca dati o allegato loro è ora', 'banche dati e allegati loro sono ora')} dell'ente proponente.` : '';
  const notice = `Tolti dalla proposta ${countOf(partners.length, 'Comune aggregato', 'Comuni aggregati')} (${names}).${lineText}${otherText} Per ripristinarli usa Annulla (Ctrl+Z).`;
  // The modules sent to them are forgotten too: their replies could no longer be merged.
  const next: Proposal = {
    ...doc,
    ente: { ...doc.ente, tipo, partner: [], scambi: [] },
    budget: lines ? { ...doc.budget, voci } : doc.budget,
    dati: banche.some((b, i) => b !== doc.dati.banche[i]) ? { ...doc.dati, banche } : doc.dati,
    allegati: elenco.some((a, i) => a !== doc.allegati.elenco[i]) ? { elenco } : doc.allegati,
  };
  return recorded(doc, next, '/ente/tipo', notice);
}
