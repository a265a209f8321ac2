import type { Proposal } from '../../generated/types';
import { findEnteSovracomunale } from '../../reference/enti-sovracomunali';
import { recorded, unchanged, type ActionResult } from '../types';

export interface PickEnteSovracomunalePayload {
  /** ISTAT code of a Provincia of Puglia or of the Città Metropolitana di Bari. */
  readonly istat: string;
}

/** A Provincia or the Città Metropolitana chosen from the list: its ISTAT code and name. */
export function pickEnteSovracomunale(doc: Proposal, { istat }: PickEnteSovracomunalePayload): ActionResult {
  const ref = findEnteSovracomunale(istat);
  if (!ref) return unchanged(doc);
  const c = doc.ente.capofila;
  if (c.codiceIstat === ref.istat && c.denominazione === ref.nome) return unchanged(doc);
  const next: Proposal = { ...doc, ente: { ...doc.ente, capofila: { ...c, codiceIstat: ref.istat, denominazione: ref.nome } } };
  return recorded(doc, next, '/ente/capofila/denominazione');
}
