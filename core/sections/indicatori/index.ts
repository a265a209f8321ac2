import type { Issue } from '../../validation/issue';
import { avviso, daVerificare, errore } from '../../validation/make';
import type { RuleContext, SectionDefinition } from '../types';
import { SECTION_TITLES } from '../../generated/pointers';

function indicatorRules({ doc, profile }: RuleContext): Issue[] {
  const out: Issue[] = [];
  const list = doc.indicatori.risultato;
  if (profile.indicatori.risultato === null) {
    out.push(daVerificare('DA_VERIFICARE_INDICATORI', '/indicatori/risultato', "Indicatori di risultato richiesti dall'Avviso"));
  }
  if (list.length === 0) {
    out.push(avviso('INDICATORI_RISULTATO_MANCANTI', '/indicatori/risultato', 'Aggiungi almeno un indicatore di risultato, con valore di partenza e valore obiettivo, per misurare gli effetti del progetto.'));
  }
  list.forEach((ind, i) => {
    if (ind.target === null) {
      out.push(errore('INDICATORE_TARGET_MANCANTE', `/indicatori/risultato/${i}/target`, `Indica il valore obiettivo dell'indicatore «${ind.nome}».`));
    }
    if (ind.baseline === null) {
      out.push(avviso('INDICATORE_BASELINE_MANCANTE', `/indicatori/risultato/${i}/baseline`, `Indica il valore di partenza dell'indicatore «${ind.nome}» (0 se il servizio non esiste ancora).`));
    }
  });
  return out;
}

/** Indicatori: RCO14 is derived (see ente/members.ts); result indicators are the officer's. */
export const indicatoriSection: SectionDefinition = {
  id: 'indicatori',
  title: SECTION_TITLES.indicatori,
  rules: [indicatorRules],
};
