import type { PartnerModule, Proposal, ScambioPartner } from '../../generated/types';
import { fingerprint } from '../../partner/fingerprint';
import { partnerIndex } from '../../derive/bodies';
import { recorded, unchanged, type ActionResult } from '../types';

/**
 * «Prepara i moduli per i Comuni»: records that a module was prepared for a partner (its request id,
 * date, deadline and the fingerprints of what it carries). A later request supersedes the earlier one,
 * whose id is kept so that a reply to it is refused as old rather than unknown.
 */
export function recordRequest(doc: Proposal, { module }: { module: PartnerModule }): ActionResult {
  if (module.proposta !== doc.id || partnerIndex(doc, module.partner) < 0) return unchanged(doc);
  const previous = doc.ente.scambi.find((s) => s.ente === module.partner);
  const earlier = previous ? [...previous.richiestePrecedenti, previous.richiesta].filter((id) => id !== module.richiesta) : [];
  const record: ScambioPartner = {
    ente: module.partner,
    richiesta: module.richiesta,
    inviato: module.creato,
    entro: module.entro,
    impronta: fingerprint(module.base),
    improntaContesto: fingerprint(module.contesto),
    richiestePrecedenti: earlier.slice(-1000),
  };
  const scambi = previous ? doc.ente.scambi.map((s) => (s === previous ? record : s)) : [...doc.ente.scambi, record];
  return recorded(doc, { ...doc, ente: { ...doc.ente, scambi } }, '/ente/scambi');
}

/** «Prepara i moduli per i Comuni» for several partners at once: every request recorded, one undo step. */
export function recordRequests(doc: Proposal, { modules }: { modules: readonly PartnerModule[] }): ActionResult {
  const next = modules.reduce((d, module) => recordRequest(d, { module }).doc, doc);
  return recorded(doc, next, '/ente/scambi');
}
