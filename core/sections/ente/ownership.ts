import { bodyIds, partnerSharesCents } from '../../derive/bodies';
import { toCents } from '../../derive/money';
import { formatCents } from '../../derive/number-text';
import type { Issue } from '../../validation/issue';
import { avviso, errore } from '../../validation/make';
import { amountIssues } from '../budget/lines';
import type { RuleContext } from '../types';

/**
 * Every body-owned part names a body of the proposal (the lead or a partner of the aggregation); the
 * partners' shares of co-financing fit in the co-financing; module records name existing partners.
 * (Budget lines are checked in the budget section: VOCE_ENTE_SCONOSCIUTO.)
 */
export function ownershipRules({ doc }: RuleContext): Issue[] {
  const out: Issue[] = [];
  const bodies = bodyIds(doc);
  doc.dati.banche.forEach((b, i) => {
    if (!bodies.has(b.ente)) {
      out.push(errore('BANCA_ENTE_SCONOSCIUTO', `/dati/banche/${i}/ente`, `La banca dati «${b.nome.trim() || `n. ${i + 1}`}» è attribuita a un ente che non fa parte della proposta: scegli il capofila o uno dei Comuni aggregati.`));
    }
  });
  doc.allegati.elenco.forEach((a, i) => {
    if (!bodies.has(a.ente)) {
      out.push(errore('ALLEGATO_ENTE_SCONOSCIUTO', `/allegati/elenco/${i}/ente`, `L'allegato «${a.descrizione.trim() || a.nomeFile}» è attribuito a un ente che non fa parte della proposta: scegli il capofila o uno dei Comuni aggregati.`));
    }
  });
  if (doc.ente.tipo === 'aggregazione') {
    doc.ente.partner.forEach((p, i) => amountIssues(p.cofinanziamento, `/ente/partner/${i}/cofinanziamento`, `La quota di cofinanziamento di «${p.denominazione.trim() || `Comune aggregato n. ${i + 1}`}»`, out));
    const shares = partnerSharesCents(doc);
    if (shares > toCents(doc.budget.cofinanziamento)) {
      out.push(errore('QUOTE_COFINANZIAMENTO_OLTRE', '/budget/cofinanziamento', `Le quote di cofinanziamento dei Comuni aggregati (${formatCents(shares)}) superano il cofinanziamento della proposta (${formatCents(toCents(doc.budget.cofinanziamento))}): aumenta il cofinanziamento o correggi le quote.`));
    }
  }
  doc.ente.scambi.forEach((s, i) => {
    if (!bodies.has(s.ente) || s.ente === 'capofila') {
      out.push(avviso('SCAMBIO_ENTE_SCONOSCIUTO', `/ente/scambi/${i}/ente`, `È registrato un modulo per il Comune «${s.ente}», che non fa più parte dell'aggregazione: la sua risposta non potrà essere importata.`));
    }
  });
  return out;
}
