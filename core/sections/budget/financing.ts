import { budgetTotals, fundingGap } from '../../derive/budget';
import { activeComponents, componentName } from '../../derive/components';
import { toCents } from '../../derive/money';
import { formatCents, formatEuro } from '../../derive/number-text';
import type { Issue } from '../../validation/issue';
import { avviso, daVerificare, errore } from '../../validation/make';
import type { RuleContext } from '../types';
import { amountIssues } from './lines';

const euro = formatCents;

/** Funding consistent with the lines; caps and limits only where the call profile sets them. */
export function financingRules({ doc, profile }: RuleContext): Issue[] {
  const out: Issue[] = [];
  const b = doc.budget;
  const t = budgetTotals(doc);
  const contrib = toCents(b.contributoRichiesto);
  const cofin = toCents(b.cofinanziamento);
  amountIssues(b.contributoRichiesto, '/budget/contributoRichiesto', 'Il contributo richiesto', out);
  amountIssues(b.cofinanziamento, '/budget/cofinanziamento', 'Il cofinanziamento', out);
  if (fundingGap(doc) !== 0) {
    out.push(errore('FINANZIAMENTO_INCOERENTE', '/budget/contributoRichiesto', `Contributo richiesto e cofinanziamento (${euro(contrib + cofin)}) devono sommare il costo totale del progetto (${euro(t.totalCents)}): correggi gli importi.`));
  }
  for (const c of activeComponents(doc, profile)) {
    if (!t.byComponent.get(c)) out.push(avviso('COMPONENTE_SENZA_SPESE', '/budget/voci', `Nessuna spesa è prevista per la componente ${componentName(c, profile)}: verifica il piano economico.`));
  }
  const par = profile.parametri;
  if (par.contributoMassimo === null) out.push(daVerificare('DA_VERIFICARE_CONTRIBUTO_MASSIMO', '/budget/contributoRichiesto', 'Contributo massimo per proposta'));
  else if (contrib > toCents(par.contributoMassimo)) {
    out.push(errore('CONTRIBUTO_OLTRE_MASSIMO', '/budget/contributoRichiesto', `Il contributo richiesto (${euro(contrib)}) supera il massimo dell'Avviso (${formatEuro(par.contributoMassimo)}): riducilo o aumenta il cofinanziamento.`));
  }
  if (par.costoTotaleMinimo === null) out.push(daVerificare('DA_VERIFICARE_COSTO_MINIMO', '/budget/voci', 'Costo totale minimo del progetto'));
  else if (t.totalCents < toCents(par.costoTotaleMinimo)) {
    out.push(errore('COSTO_SOTTO_MINIMO', '/budget/voci', `Il costo totale (${euro(t.totalCents)}) è inferiore al minimo dell'Avviso (${formatEuro(par.costoTotaleMinimo)}).`));
  }
  const pct = par.cofinanziamentoMinimoPercentuale;
  if (pct === null) out.push(daVerificare('DA_VERIFICARE_COFINANZIAMENTO', '/budget/cofinanziamento', 'Cofinanziamento minimo'));
  else if (cofin * 100 < pct * t.totalCents) {
    out.push(errore('COFINANZIAMENTO_INSUFFICIENTE', '/budget/cofinanziamento', `Il cofinanziamento deve essere almeno il ${pct}% del costo totale: aumentalo.`));
  }
  const vatPointer = '/budget/voci';
  if (par.ivaAmmissibile === null) out.push(daVerificare('DA_VERIFICARE_IVA', vatPointer, "Ammissibilità dell'IVA"));
  else if (!par.ivaAmmissibile && t.vatCents > 0) {
    out.push(errore('IVA_NON_AMMISSIBILE', vatPointer, "L'Avviso non ammette l'IVA tra le spese finanziabili: spostala nel cofinanziamento o azzerala nelle voci."));
  }
  const dot = profile.dotazione.aggiornata ?? profile.dotazione.iniziale;
  if (dot !== null && contrib > toCents(dot)) {
    out.push(avviso('CONTRIBUTO_OLTRE_DOTAZIONE', '/budget/contributoRichiesto', `Il contributo richiesto supera l'intera dotazione dell'Avviso (${formatEuro(dot)}): verifica gli importi.`));
  }
  return out;
}
