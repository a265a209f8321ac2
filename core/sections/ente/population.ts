import type { Issue } from '../../validation/issue';
import { avviso, errore } from '../../validation/make';
import { findComuneByIstat } from '../../reference/comuni';
import { findEnteSovracomunale } from '../../reference/enti-sovracomunali';
import { formatInteger } from '../../derive/number-text';
import { distinctComuni, membersOf, populationVerdict, type Member } from '../../derive/ente';
import type { RuleContext } from '../types';

/** Declared figures further than this from the 2011 census hint get a warning. */
export const POPULATION_HINT_TOLERANCE = 0.25;

function memberChecks(m: Member, out: Issue[]): void {
  const pop = m.data.popolazione;
  const p = `${m.pointer}/popolazione`;
  if (pop.valore === null) {
    out.push(errore('POP_MANCANTE', `${p}/valore`, `Indica la popolazione di ${m.name} con la data di riferimento e la fonte (ad esempio «ISTAT, popolazione residente al 1/1/2025»).`));
  }
  if (pop.dataRiferimento === '') out.push(errore('POP_DATA_MANCANTE', `${p}/dataRiferimento`, `Indica la data a cui si riferisce la popolazione di ${m.name}.`));
  if (pop.fonte.trim() === '') out.push(errore('POP_FONTE_MANCANTE', `${p}/fonte`, `Indica la fonte del dato di popolazione di ${m.name} (ad esempio ISTAT o anagrafe comunale).`));
  const ref = findComuneByIstat(m.data.codiceIstat);
  if (m.data.codiceIstat === '') {
    out.push(errore('ISTAT_MANCANTE', `${m.pointer}/codiceIstat`, `Indica il codice ISTAT di ${m.name}: cercalo per nome nell'elenco dei Comuni pugliesi.`));
  } else if (!ref) {
    out.push(errore('ISTAT_NON_PUGLIESE', `${m.pointer}/codiceIstat`, `Il codice ISTAT ${m.data.codiceIstat} non corrisponde a un Comune della Puglia: l'Avviso è riservato agli enti pugliesi. Controlla il codice.`));
  } else if (pop.valore !== null && ref.popolazione2011 > 0) {
    const diff = Math.abs(pop.valore - ref.popolazione2011) / ref.popolazione2011;
    if (diff > POPULATION_HINT_TOLERANCE) {
      out.push(avviso('POP_DIVERSA_DAL_CENSIMENTO', `${p}/valore`, `La popolazione dichiarata per ${m.name} (${formatInteger(pop.valore)}) è molto diversa da quella del censimento 2011 (${formatInteger(ref.popolazione2011)}): verifica il dato e la fonte.`));
    }
  }
}

/** Who may apply, by population: see the call profile's `ammissibilita` and derive/ente.ts. */
export function populationRules(ctx: RuleContext): Issue[] {
  const { doc, profile } = ctx;
  const { tipo } = doc.ente;
  const rules = profile.ammissibilita;
  const out: Issue[] = [];
  if (!rules.tipiEnte.includes(tipo)) {
    out.push(errore('TIPO_NON_AMMESSO', '/ente/tipo', "Questo tipo di ente non è tra i soggetti ammessi dall'Avviso: scegli il tipo corretto."));
    return out;
  }
  if (tipo !== 'aggregazione' && doc.ente.partner.length > 0) {
    out.push(errore('PARTNER_NON_AMMESSI', '/ente/partner', "Hai indicato Comuni aggregati ma il tipo di ente non è «aggregazione di Comuni»: cambia il tipo o rimuovi i Comuni aggregati."));
  }
  if (tipo === 'provincia' || tipo === 'citta-metropolitana') out.push(...aboveComuneChecks(ctx));
  const verdict = populationVerdict(doc, profile);
  if (verdict.kind === 'esente') return out;
  for (const m of membersOf(doc)) memberChecks(m, out);
  if (verdict.kind === 'comune') {
    if (verdict.raggiunta === false && verdict.soglia !== null && verdict.popolazione !== null) {
      out.push(errore('POP_SOTTO_SOGLIA', '/ente/capofila/popolazione/valore', `Un Comune che partecipa da solo deve avere almeno ${formatInteger(verdict.soglia)} abitanti; ne sono dichiarati ${formatInteger(verdict.popolazione)}. Sotto la soglia il Comune può partecipare in aggregazione con altri Comuni.`));
    }
    return out;
  }
  for (const x of verdict.somma?.excluded ?? []) {
    if (x.reason === 'duplicato' && x.sameAs) {
      out.push(errore('COMUNE_DUPLICATO', `${x.member.pointer}/codiceIstat`, `${x.member.name} ha lo stesso codice ISTAT di ${x.sameAs.name}: ogni Comune va indicato una sola volta.`));
    }
  }
  const minComuni = rules.comuniMinimiAggregazione;
  if (minComuni !== null && distinctComuni(doc) < minComuni) {
    out.push(errore('AGGREGAZIONE_POCHI_COMUNI', '/ente/partner', `Un'aggregazione deve riunire almeno ${minComuni} Comuni distinti (per codice ISTAT), capofila compreso: aggiungi i Comuni aggregati.`));
  }
  if (verdict.raggiunta === false && verdict.soglia !== null) {
    out.push(errore('POP_AGGREGAZIONE_SOTTO_SOGLIA', '/ente/partner', `I Comuni dell'aggregazione devono sommare almeno ${formatInteger(verdict.soglia)} abitanti; la somma dichiarata è ${formatInteger(verdict.popolazione ?? 0)}. Aggiungi altri Comuni o verifica i dati di popolazione.`));
  }
  return out;
}

/** A Provincia or the Città Metropolitana: a body of Puglia of the declared kind. */
function aboveComuneChecks({ doc }: RuleContext): Issue[] {
  const { tipo, capofila } = doc.ente;
  const ptr = '/ente/capofila/codiceIstat';
  if (capofila.codiceIstat === '') {
    return [errore('ISTAT_MANCANTE', ptr, "Indica il codice ISTAT dell'ente (3 cifre, ad esempio 075 per la Provincia di Lecce).")];
  }
  const ref = findEnteSovracomunale(capofila.codiceIstat);
  if (!ref) {
    return [errore('ISTAT_NON_PUGLIESE', ptr, `Il codice ISTAT ${capofila.codiceIstat} non corrisponde a una Provincia della Puglia né alla Città Metropolitana di Bari: controlla il codice.`)];
  }
  if (ref.tipo !== tipo) {
    return [errore('TIPO_ENTE_INCOERENTE', '/ente/tipo', `Il codice ISTAT ${capofila.codiceIstat} è di ${ref.nome}: scegli il tipo di ente corrispondente.`)];
  }
  return [];
}
