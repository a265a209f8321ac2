/**
 * Who signed a reply, against who should have: the partner's legal representative. The lead's own
 * record is the reference (a reply cannot vouch for itself); only when the lead has no codice fiscale
 * for that person is the one the reply declares used.
 */
import type { PartnerModule, Proposal } from '../generated/types';
import { refusal, type PartnerRefusal } from './codes';

/** What the signature layer found in a reply (services/sign reads it; core only judges it). */
export interface ReplySignature {
  readonly state: 'valida' | 'non-valida' | 'assente';
  readonly signer: string;
  /** The signer's codice fiscale from the certificate ('' when it carries none). */
  readonly fiscalCode: string;
}

const normal = (cf: string): string => cf.trim().toUpperCase();

/**
 * Null when the reply is validly signed by the partner's legal representative; otherwise the
 * refusal that only an explicit acceptance (`--accetta-non-firmata`, or the editor's confirmation)
 * may override.
 */
export function signerRefusal(ours: Proposal, reply: PartnerModule, signature: ReplySignature): PartnerRefusal | null {
  if (signature.state === 'assente') return refusal('RISPOSTA_NON_FIRMATA');
  if (signature.state === 'non-valida') return refusal('RISPOSTA_FIRMA_NON_VALIDA');
  const mine = ours.ente.partner.find((p) => p.id === reply.partner)?.legaleRappresentante.codiceFiscale ?? '';
  const reference = normal(mine) || normal(reply.parti.ente.legaleRappresentante.codiceFiscale);
  if (!reference) return refusal('RISPOSTA_RAPPRESENTANTE_SENZA_CF');
  return normal(signature.fiscalCode) === reference ? null : refusal('RISPOSTA_FIRMATARIO_DIVERSO');
}
