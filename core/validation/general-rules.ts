import { submissionWindow, timeLeftPhrase } from '../derive/window';
import type { RuleContext } from '../sections/types';
import type { Issue } from './issue';
import { avviso, daVerificare, errore } from './make';

/** The proposal belongs to this call profile. */
export function callRule({ doc, profile }: RuleContext): Issue[] {
  if (doc.avviso.id !== profile.id) {
    return [errore('AVVISO_DIVERSO', '/avviso/id', `Questa proposta è stata preparata per un altro Avviso («${doc.avviso.id}»), non per «${profile.titolo.slice(0, 80)}…»: aprila con la versione di Proposta adatta o crea una nuova proposta.`)];
  }
  if (doc.avviso.versione !== profile.versione) {
    return [avviso('AVVISO_VERSIONE_DIVERSA', '/avviso/versione', `La proposta è stata controllata con la versione ${doc.avviso.versione} del profilo dell'Avviso; ora è in uso la versione ${profile.versione}. Rivedi i controlli prima di presentarla.`)];
  }
  return [];
}

/** The "a sportello" submission window, in Europe/Rome time (derive/window.ts). */
export function windowRule({ profile, now }: RuleContext): Issue[] {
  const w = submissionWindow(profile, now);
  if (w.stato === 'sconosciuta') return [daVerificare('DA_VERIFICARE_FINESTRA', '', 'Date di apertura e chiusura della presentazione')];
  const where = w.portale ? ` sul portale ${w.portale}` : '';
  if (w.stato === 'chiusa') {
    return [errore('SPORTELLO_CHIUSO', '', `La presentazione delle domande si è chiusa il ${w.chiude}: non è più possibile presentare la proposta su questo Avviso.`)];
  }
  if (w.stato === 'non-aperta') return [avviso('SPORTELLO_NON_APERTO', '', `La presentazione delle domande apre il ${w.apre}${where}.`)];
  if (w.urgente) {
    return [avviso('SPORTELLO_IN_CHIUSURA', '', `La presentazione si chiude il ${w.chiude}${where} (${timeLeftPhrase(w.giorniRimasti)}). La procedura è a sportello: presentare prima aumenta le possibilità di finanziamento.`)];
  }
  return [];
}

/** Row ids are unique within each list: commands, exports and the budget refer to them. */
export function uniqueIdsRule({ doc }: RuleContext): Issue[] {
  const lists: Array<[string, ReadonlyArray<{ id: string }>]> = [
    ['/ente/partner', doc.ente.partner], ['/progetto/obiettivi', doc.progetto.obiettivi], ['/dati/banche', doc.dati.banche],
    ['/visualizzazione/cruscotti', doc.visualizzazione.cruscotti], ['/ricerca/fonti', doc.ricerca.fonti],
    ['/orchestrazione/processi', doc.orchestrazione.processi], ['/cronoprogramma/attivita', doc.cronoprogramma.attivita],
    ['/budget/voci', doc.budget.voci], ['/indicatori/risultato', doc.indicatori.risultato], ['/allegati/elenco', doc.allegati.elenco],
    ['/conformita/sistemiIa/altri', doc.conformita.sistemiIa.altri],
  ];
  const out: Issue[] = [];
  for (const [base, rows] of lists) {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (seen.has(r.id) || r.id === 'capofila') {
        out.push(errore('ID_DUPLICATO', `${base}/${i}/id`, `La riga n. ${i + 1} ha un identificativo già usato («${r.id}»): il file è stato modificato a mano? Duplica le righe dall'editor invece di copiarle nel file.`));
      }
      seen.add(r.id);
    });
  }
  return out;
}
