import type { Issue } from './issue';
import { quotedField } from './labels';
import { errore } from './make';

/**
 * The issue of a number the officer typed that says no number (`33264,610,00`, or nothing in a
 * required amount). It is not in the document, which keeps its last number: the editor lists it with
 * the others so that it blocks the package until it is fixed.
 */
export function unreadableNumberIssue(pointer: string, text: string): Issue {
  const field = quotedField(pointer);
  return text.trim() === ''
    ? errore('NUMERO_NON_LEGGIBILE', pointer, `${field} è vuoto: scrivi un numero (0 se non c'è).`)
    : errore('NUMERO_NON_LEGGIBILE', pointer, `${field}: «${text}» non è un numero. Scrivilo come 48.500,00 oppure 48500,5.`);
}

/** The issue of a date typed that says no (real) date: like {@link unreadableNumberIssue}. */
export function unreadableDateIssue(pointer: string, text: string, month: boolean): Issue {
  const example = month ? 'mm/aaaa, ad esempio 03/2027' : 'gg/mm/aaaa, ad esempio 26/11/2026';
  return errore('DATA_NON_LEGGIBILE', pointer, `${quotedField(pointer)}: «${text}» non è ${month ? 'un mese' : 'una data'} valida. Scrivila come ${example}.`);
}
