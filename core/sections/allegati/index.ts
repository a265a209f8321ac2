import type { Issue } from '../../validation/issue';
import { avviso, daVerificare, errore } from '../../validation/make';
import { optionLabel } from '../../validation/labels';
import type { RuleContext, SectionDefinition } from '../types';
import { SECTION_TITLES } from '../../generated/pointers';

function attachmentRules({ doc, profile }: RuleContext): Issue[] {
  const out: Issue[] = [];
  const list = doc.allegati.elenco;
  const seen = new Map<string, number>();
  list.forEach((a, i) => {
    const key = a.nomeFile.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      out.push(errore('ALLEGATO_DUPLICATO', `/allegati/elenco/${i}/nomeFile`, `Il file «${a.nomeFile}» è già indicato come allegato n. ${first + 1}: ogni file va allegato una sola volta.`));
    } else seen.set(key, i);
  });
  const kinds = new Set(list.map((a) => a.tipo));
  const required = profile.parametri.allegatiRichiesti;
  if (required === null) {
    out.push(daVerificare('DA_VERIFICARE_ALLEGATI', '/allegati/elenco', "Elenco degli allegati richiesti dall'Avviso"));
    if (!kinds.has('delibera-approvazione')) {
      out.push(avviso('ALLEGATO_DELIBERA_MANCANTE', '/allegati/elenco', "Allega l'atto che approva la proposta e nomina il RUP (per un Comune, la delibera di Giunta)."));
    }
  } else {
    for (const k of required) {
      if (!kinds.has(k)) out.push(errore('ALLEGATO_RICHIESTO_MANCANTE', '/allegati/elenco', `Manca un allegato richiesto dall'Avviso: ${optionLabel('/allegati/elenco/*/tipo', k)}.`));
    }
  }
  if (doc.ente.tipo === 'aggregazione' && !kinds.has('atto-adesione')) {
    out.push(avviso('ALLEGATO_ADESIONE_MANCANTE', '/allegati/elenco', "Allega gli atti di adesione dei Comuni aggregati."));
  }
  return out;
}

/** Allegati: declared attachments, their file names and, once attached, their SHA-256. */
export const allegatiSection: SectionDefinition = {
  id: 'allegati',
  title: SECTION_TITLES.allegati,
  rules: [attachmentRules],
};
