import type { Partner, Proposal } from '../../generated/types';
import { ROW_TEMPLATES } from '../../generated/labels';
import { findComuneByIstat } from '../../reference/comuni';
import { membersOf } from '../../derive/ente';
import { freshId } from '../rows/row-id';
import { cloneJson, recorded, unchanged, type ActionResult } from '../types';
import { withComune } from './fill-from-comune';

export interface AddComunePayload {
  readonly istat: string;
}

/** Adds a Comune of the reference list to the aggregation; one already in it is not added twice. */
export function addComune(doc: Proposal, { istat }: AddComunePayload): ActionResult {
  const c = findComuneByIstat(istat);
  if (!c) return unchanged(doc);
  const already = membersOf(doc).find((m) => m.data.codiceIstat === c.istat);
  if (already) return unchanged(doc, `${already.label} fa già parte dell'aggregazione: non è stato aggiunto di nuovo.`);
  const partners = doc.ente.partner;
  const row = withComune({ ...cloneJson(ROW_TEMPLATES['/ente/partner'] as Partner), id: freshId(partners, '/ente/partner') }, c);
  const next: Proposal = { ...doc, ente: { ...doc.ente, partner: [...partners, row] } };
  return recorded(doc, next, `/ente/partner/${partners.length}`);
}
