import { hasAtMostTwoDecimals } from '../../derive/money';
import { activeComponents } from '../../derive/components';
import { membersOf } from '../../derive/ente';
import type { Issue } from '../../validation/issue';
import { errore } from '../../validation/make';
import type { RuleContext } from '../types';

/** An amount of euro: not negative, in cents. Shared by the lines and the funding. */
export function amountIssues(value: number, pointer: string, what: string, out: Issue[]): void {
  if (value < 0) out.push(errore('IMPORTO_NEGATIVO', pointer, `${what} non può essere negativo: inserisci un importo pari o superiore a zero.`));
  else if (!hasAtMostTwoDecimals(value)) out.push(errore('IMPORTO_DECIMALI', pointer, `${what} ha più di due decimali: arrotonda ai centesimi.`));
}

/** Each line: its net amount in cents, pointing at an active component and a body of the proposal. */
export function lineRules({ doc, profile }: RuleContext): Issue[] {
  const out: Issue[] = [];
  const active = activeComponents(doc, profile);
  const bodies = new Set(membersOf(doc).map((m) => m.id));
  doc.budget.voci.forEach((v, i) => {
    const p = `/budget/voci/${i}`;
    const name = v.descrizione.trim() || `n. ${i + 1}`;
    amountIssues(v.importoNetto, `${p}/importoNetto`, `L'importo netto della voce «${name}»`, out);
    if (!active.includes(v.componente)) {
      out.push(errore('VOCE_COMPONENTE_NON_SCELTA', `${p}/componente`, `La voce «${name}» è imputata alla componente ${v.componente}), che non è tra quelle scelte: cambia componente o sceglila nella sezione Progetto.`));
    }
    if (!bodies.has(v.ente)) {
      out.push(errore('VOCE_ENTE_SCONOSCIUTO', `${p}/ente`, `La voce «${name}» è attribuita a un ente che non fa parte della proposta: scegli il capofila o uno dei Comuni aggregati.`));
    }
  });
  return out;
}
