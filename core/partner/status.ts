/** «Stato dei Comuni»: for each partner, module sent, reply received, signer, merged, to update. */
import type { Proposal, ScambioPartnerRisposta } from '../generated/types';
import { partnerParts } from '../derive/bodies';
import { bodyName } from '../derive/ente';
import { fingerprint } from './fingerprint';

export type PartnerState = 'da-inviare' | 'in-attesa' | 'unita' | 'da-aggiornare';

export const PARTNER_STATE_LABEL: Readonly<Record<PartnerState, string>> = {
  'da-inviare': 'Modulo non inviato',
  'in-attesa': 'In attesa di risposta',
  unita: 'Risposta unita',
  'da-aggiornare': 'Da aggiornare',
};

export interface PartnerStatus {
  readonly id: string;
  readonly name: string;
  readonly state: PartnerState;
  /** When the last module was prepared, and the reply asked for by (AAAA-MM-GG or ''). */
  readonly sent: string | null;
  readonly requestedBy: string | null;
  readonly reply: ScambioPartnerRisposta | null;
  /** True when the lead changed the partner's parts after sending (or after merging the reply). */
  readonly changedSince: boolean;
}

// The board is drawn on every change of the Ente step: a partner's fingerprint is kept while its
// record and its rows are the same objects (documents are never changed in place), so typing in one
// field rehashes at most one partner instead of thirty.
const printed = new WeakMap<object, { rows: readonly object[]; fp: string }>();

function partsFingerprint(doc: Proposal, id: string): string {
  const parts = partnerParts(doc, id)!;
  const rows: object[] = [...parts.banche, ...parts.voci, ...parts.allegati];
  const hit = printed.get(parts.ente);
  if (hit && hit.rows.length === rows.length && hit.rows.every((r, i) => r === rows[i])) return hit.fp;
  const fp = fingerprint(parts);
  printed.set(parts.ente, { rows, fp });
  return fp;
}

/**
 * The status of every partner of an aggregation. «Da aggiornare»: the partner's parts no longer have
 * the fingerprint they had when the module was sent (or when its reply was merged), so the partner
 * is working on an outdated module and a new one should be sent.
 */
export function partnerStatuses(doc: Proposal): PartnerStatus[] {
  if (doc.ente.tipo !== 'aggregazione') return [];
  return doc.ente.partner.map((p) => {
    const record = doc.ente.scambi.find((s) => s.ente === p.id);
    const base = { id: p.id, name: bodyName(doc, p.id) };
    if (!record) return { ...base, state: 'da-inviare', sent: null, requestedBy: null, reply: null, changedSince: false };
    const reference = record.risposta?.unita ? record.risposta.impronta : record.impronta;
    const changedSince = partsFingerprint(doc, p.id) !== reference;
    const state: PartnerState = changedSince ? 'da-aggiornare' : record.risposta?.unita ? 'unita' : 'in-attesa';
    return { ...base, state, sent: record.inviato, requestedBy: record.entro, reply: record.risposta ?? null, changedSince };
  });
}
