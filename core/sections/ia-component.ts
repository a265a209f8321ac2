import type { Proposal, SoluzioneIa } from '../generated/types';
import type { Issue } from '../validation/issue';
import { blank, errore } from '../validation/make';

const IA_FIELDS: ReadonlyArray<[keyof SoluzioneIa, string]> = [
  ['tecniche', 'le tecniche di intelligenza artificiale impiegate'],
  ['rischioAiAct', "la classe di rischio secondo l'AI Act"],
  ['supervisioneUmana', 'come è garantita la supervisione umana'],
  ['metriche', 'le metriche con cui si misurano i risultati'],
];

const INCOMPLETE = { d: 'COMPONENTE_D_INCOMPLETA', e: 'COMPONENTE_E_INCOMPLETA' } as const;

/**
 * Completeness of a qualifying component (d or e) once chosen in *progetto*: the schema cannot
 * require it because an unchosen component may stay empty.
 */
export function iaComponentIssues(
  doc: Proposal,
  letter: 'd' | 'e',
  section: 'ricerca' | 'orchestrazione',
  listKey: 'fonti' | 'processi',
  listWhat: string,
): Issue[] {
  if (!doc.progetto.componentiQualificanti.includes(letter)) return [];
  const s = doc[section];
  const list: readonly unknown[] = section === 'ricerca' ? doc.ricerca.fonti : doc.orchestrazione.processi;
  const out: Issue[] = [];
  const code = INCOMPLETE[letter];
  if (blank(s.ambito)) out.push(errore(code, `/${section}/ambito`, `Hai scelto la componente ${letter}): descrivine l'ambito.`));
  if (list.length === 0) out.push(errore(code, `/${section}/${listKey}`, `Hai scelto la componente ${letter}): aggiungi almeno ${listWhat}.`));
  for (const [key, what] of IA_FIELDS) {
    if (blank(s.ia[key])) out.push(errore(code, `/${section}/ia/${key}`, `Hai scelto la componente ${letter}): indica ${what}.`));
  }
  return out;
}
