import { checkCup } from '../../codes';
import type { Issue } from '../../validation/issue';
import { avviso, blank, daVerificare, errore } from '../../validation/make';
import type { RuleContext, SectionDefinition } from '../types';
import { SECTION_TITLES } from '../../generated/pointers';

function projectRules({ doc, profile, now }: RuleContext): Issue[] {
  const p = doc.progetto;
  const out: Issue[] = [];
  if (!blank(p.cup)) {
    const r = checkCup(p.cup, now);
    if (!r.ok && r.reason === 'formato') {
      out.push(errore('CUP_FORMATO', '/progetto/cup', 'Il CUP deve avere 15 caratteri (lettere maiuscole e cifre), con una lettera al 1° e al 4° posto, ad esempio C99B25000020006. Se non lo hai ancora, lascia il campo vuoto.'));
    } else if (!r.ok) {
      out.push(errore('CUP_ANNO_FUTURO', '/progetto/cup', "Il 5° e il 6° carattere del CUP indicano l'anno della decisione e non possono essere nel futuro: controlla il codice."));
    }
  }
  if (p.componentiQualificanti.length < profile.componenti.qualificantiMinime) {
    out.push(errore('QUALIFICANTE_MANCANTE', '/progetto/componentiQualificanti', "Scegli almeno una componente qualificante: d) motore di ricerca intelligente oppure e) sistema di orchestrazione dei processi (anche entrambe)."));
  }
  if (p.ambiti.includes('altro') && blank(p.ambitoAltro)) {
    out.push(errore('AMBITO_ALTRO_MANCANTE', '/progetto/ambitoAltro', "Hai scelto l'ambito «altro»: descrivilo in poche parole."));
  }
  if (p.durataMesi === null) {
    out.push(errore('DURATA_MANCANTE', '/progetto/durataMesi', 'Indica la durata del progetto in mesi.'));
  } else {
    const max = profile.parametri.durataMassimaMesi;
    if (max === null) out.push(daVerificare('DA_VERIFICARE_DURATA', '/progetto/durataMesi', 'Durata massima del progetto'));
    else if (p.durataMesi > max) {
      out.push(errore('DURATA_OLTRE_MASSIMO', '/progetto/durataMesi', `La durata supera il massimo di ${max} mesi fissato dall'Avviso: riduci la durata.`));
    }
  }
  if (p.avvioPrevisto === '') {
    out.push(avviso('AVVIO_MANCANTE', '/progetto/avvioPrevisto', "Indica il mese di avvio previsto: serve a collocare il cronoprogramma nel calendario."));
  }
  return out;
}

/** Progetto: what the project is, how long it lasts, which qualifying components it brings. */
export const progettoSection: SectionDefinition = {
  id: 'progetto',
  title: SECTION_TITLES.progetto,
  rules: [projectRules],
};
