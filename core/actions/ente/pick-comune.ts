import type { Proposal } from '../../generated/types';
import { findComuneByIstat } from '../../reference/comuni';
import { recorded, unchanged, type ActionResult } from '../types';
import { updateAt } from '../update-at';
import { withComune } from './fill-from-comune';

export interface PickComunePayload {
  /** The lead body or a partner. */
  readonly pointer: '/ente/capofila' | `/ente/partner/${number}`;
  /** ISTAT code of a Comune of Puglia, as the reference list gives it. */
  readonly istat: string;
}

/** Fills a body from the reference list of the Comuni of Puglia, as one undo step. */
export function pickComune(doc: Proposal, { pointer, istat }: PickComunePayload): ActionResult {
  const c = findComuneByIstat(istat);
  if (!c) return unchanged(doc);
  const next = updateAt(doc, pointer, (body) => (body && typeof body === 'object' ? withComune(body as Proposal['ente']['capofila'], c) : body)) as Proposal;
  return recorded(doc, next, `${pointer}/denominazione`);
}
