/**
 * The dossier's table of each partner's contribution (its databases, its cost and co-financing, from
 * core/derive) and of who signed its reply (from the exchange record), for an aggregation.
 */
import type { Proposal, ScambioPartnerRisposta } from '../generated/types';
import { bodyFigures } from '../derive/bodies';
import { bodyName } from '../derive/ente';
import { formatCents } from '../derive/number-text';
import { formatDate, orDash } from './format';
import type { Block } from './model';

const SIGNATURE_LABEL: Readonly<Record<ScambioPartnerRisposta['firma'], string>> = {
  valida: 'firma valida',
  'non-valida': 'firma non valida',
  assente: 'non firmata',
};

/** Who signed a partner's reply, as the dossier prints it: «Risposta non ricevuta» when there is none. */
export function signerText(reply: ScambioPartnerRisposta | undefined): string {
  if (!reply) return 'Risposta non ricevuta';
  const who = reply.firma === 'assente' ? 'Risposta non firmata' : `${orDash(reply.firmatario)} (CF ${orDash(reply.codiceFiscaleFirmatario)}), ${SIGNATURE_LABEL[reply.firma]}`;
  return `${who}; ${reply.unita ? 'unita' : 'ricevuta, non unita'} il ${formatDate(reply.ricevuta)}`;
}

/** The table of the partners' contributions and signers, or nothing for a single body. */
export function contributionBlocks(doc: Proposal): Block[] {
  if (doc.ente.tipo !== 'aggregazione' || doc.ente.partner.length === 0) return [];
  const figures = new Map(bodyFigures(doc, []).map((f) => [f.id, f]));
  return [{
    kind: 'table',
    caption: 'Contributo dei Comuni aggregati e firma delle risposte',
    columns: [{ title: 'Comune', weight: 3 }, { title: 'Banche dati', align: 'right', weight: 1 }, { title: 'Costo delle voci', align: 'right', weight: 2 }, { title: 'Cofinanziamento', align: 'right', weight: 2 }, { title: 'Firma della risposta', weight: 5 }],
    rows: doc.ente.partner.map((p) => {
      const f = figures.get(p.id);
      const record = doc.ente.scambi.find((s) => s.ente === p.id);
      return [bodyName(doc, p.id), String(f?.databases ?? 0), formatCents(f?.costCents ?? 0), formatCents(f?.cofinancingCents ?? 0), signerText(record?.risposta)];
    }),
  }];
}
