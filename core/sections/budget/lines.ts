import { formatEuro, hasAtMostTwoDecimals, toCents } from '../../money';
import type { Issue } from '../../validation/issue';
import { errore } from '../../validation/make';
import { activeComponents } from '../components';
import type { RuleContext } from '../types';

function amountIssues(value: number, pointer: string, what: string, out: Issue[]): void {
  if (value < 0) out.push(errore('IMPORTO_NEGATIVO', pointer, `${what} non può essere negativo: inserisci un importo pari o superiore a zero.`));
  else if (!hasAtMostTwoDecimals(value)) out.push(errore('IMPORTO_DECIMALI', pointer, `${what} ha più di due decimali: arrotonda ai centesimi.`));
}

/** Each line: amounts in cents, total = net + VAT, pointing at an active component and a known body. */
export function lineRules({ doc, profile }: RuleContext): Issue[] {
  const out: Issue[] = [];
  const active = activeComponents(doc, profile);
  const bodies = new Set(['capofila', ...(doc.ente.tipo === 'aggregazione' ? doc.ente.partner.map((p) => p.id) : [])]);
  doc.budget.voci.forEach((v, i) => {
    const p = `/budget/voci/${i}`;
    const name = v.descrizione.trim() || `n. ${i + 1}`;
    amountIssues(v.importoNetto, `${p}/importoNetto`, `L'importo netto della voce «${name}»`, out);
    amountIssues(v.iva, `${p}/iva`, `L'IVA della voce «${name}»`, out);
    amountIssues(v.totale, `${p}/totale`, `Il totale della voce «${name}»`, out);
    if (toCents(v.importoNetto) + toCents(v.iva) !== toCents(v.totale)) {
      out.push(errore('VOCE_TOTALE_INCOERENTE', `${p}/totale`, `Il totale della voce «${name}» (${formatEuro(v.totale)}) non è la somma di importo netto e IVA (${formatEuro(v.importoNetto + v.iva)}): correggi gli importi.`));
    }
    if (!active.includes(v.componente)) {
      out.push(errore('VOCE_COMPONENTE_NON_SCELTA', `${p}/componente`, `La voce «${name}» è imputata alla componente ${v.componente}), che non è tra quelle scelte: cambia componente o sceglila nella sezione Progetto.`));
    }
    if (!bodies.has(v.ente)) {
      out.push(errore('VOCE_ENTE_SCONOSCIUTO', `${p}/ente`, `La voce «${name}» è attribuita a un ente che non fa parte della proposta: scegli il capofila o uno dei Comuni aggregati.`));
    }
  });
  return out;
}
