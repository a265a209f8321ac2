import type { Cancelled, Issue, Reply } from '../../core';

/** A failed reply with a stable code and an Italian message that says what to do. */
export function fail(code: string, message: string, issues?: Issue[]): Extract<Reply<never>, { ok: false }> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export type Failure = Extract<Reply<never>, { ok: false }>;

export const ERR = {
  handle: () => fail('FILE_SCONOSCIUTO', 'Il file non è più disponibile in questa sessione: usa «Salva con nome» per sceglierlo di nuovo.'),
  noDialog: () => fail('SCELTA_NON_DISPONIBILE', 'Nel browser i file si scelgono dall\'elenco della cartella di lavoro.'),
  noWorkspace: () => fail('SCELTA_NON_DISPONIBILE', "Nell'app desktop i file si scelgono con la finestra «Apri»."),
  noPath: () => fail('SCELTA_NON_DISPONIBILE', 'La finestra non può indicare un percorso: scegli il file con «Apri» o dalla cartella di lavoro.'),
  outside: () => fail('FUORI_CARTELLA', 'Il file non è nella cartella di lavoro di «proposta serve»: nel browser si usano solo i file di quella cartella.'),
  recent: () => fail('RECENTE_NON_TROVATO', "Il file non è più nell'elenco dei recenti: aprilo con «Apri»."),
  recovery: () => fail('RECUPERO_NON_TROVATO', 'La copia di recupero non esiste più: forse è già stata ripristinata o scartata.'),
  starter: () => fail('MODELLO_SCONOSCIUTO', 'Il modello scelto non esiste: scegline un altro dall\'elenco.'),
  unreadable: () => fail('FILE_NON_LEGGIBILE', 'Il file scelto non può essere letto (non esiste, non è un file normale o mancano i permessi): scegline un altro.'),
} as const;

/** A reply's value reshaped for the window (a dialog's cancellation and failures pass through). */
export function reshape<T extends object, U>(r: Reply<T | Cancelled>, f: (v: T) => U): Reply<U | Cancelled> {
  if (!r.ok) return r;
  return 'cancelled' in r.value ? ok({ cancelled: true as const }) : ok(f(r.value as T));
}
