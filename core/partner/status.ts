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
    const changedSince = fingerprint(partnerParts(doc, p.id)) !== reference;
    const state: PartnerState = changedSince ? 'da-aggiornare' : record.risposta?.unita ? 'unita' : 'in-attesa';
    return { ...base, state, sent: record.inviato, requestedBy: record.entro, reply: record.risposta ?? null, changedSince };
  });
}
