import type { Issue, Reply } from '../../core';

/** A failed reply with a stable code and an Italian message that says what to do. */
export function fail(code: string, message: string, issues?: Issue[]): Extract<Reply<never>, { ok: false }> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const ERR = {
  handle: () => fail('FILE_SCONOSCIUTO', 'Il file non è più disponibile in questa sessione: usa «Salva con nome» per sceglierlo di nuovo.'),
  noDialog: () => fail('SCELTA_NON_DISPONIBILE', 'Nel browser i file si scelgono dall\'elenco della cartella di lavoro.'),
  noWorkspace: () => fail('SCELTA_NON_DISPONIBILE', "Nell'app desktop i file si scelgono con la finestra «Apri»."),
  recent: () => fail('RECENTE_NON_TROVATO', "Il file non è più nell'elenco dei recenti: aprilo con «Apri»."),
  recovery: () => fail('RECUPERO_NON_TROVATO', 'La copia di recupero non esiste più: forse è già stata ripristinata o scartata.'),
  starter: () => fail('MODELLO_SCONOSCIUTO', 'Il modello scelto non esiste: scegline un altro dall\'elenco.'),
} as const;
