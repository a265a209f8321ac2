/** Largest proposal file accepted: the large benchmark proposal is about 1 MB. */
export const MAX_PROPOSAL_BYTES = 20 * 1024 * 1024;

/** Why a file could not be opened as a proposal. Stable codes; tests match on them. */
export type LoadErrorCode =
  | 'FILE_NON_TROVATO'
  | 'FILE_NON_LEGGIBILE'
  | 'FILE_TROPPO_GRANDE'
  | 'FILE_VUOTO'
  | 'CODIFICA_NON_VALIDA'
  | 'JSON_TRONCATO'
  | 'JSON_NON_VALIDO'
  | 'CHIAVE_VIETATA'
  | 'NON_UNA_PROPOSTA'
  | 'VERSIONE_PIU_RECENTE'
  | 'STRUTTURA_NON_VALIDA';

export interface LoadError {
  readonly code: LoadErrorCode;
  /** Italian: what is wrong and what to do. */
  readonly message: string;
}

const MB = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;

/** The Italian message of each load error. `detail` completes it where useful. */
export function loadError(code: LoadErrorCode, detail = ''): LoadError {
  const messages: Record<LoadErrorCode, string> = {
    FILE_NON_TROVATO: `Il file non esiste o è stato spostato${detail}. Controlla il percorso o scegli un altro file.`,
    FILE_NON_LEGGIBILE: `Il file non può essere letto${detail}. Controlla di avere i permessi o copia il file in un'altra cartella.`,
    FILE_TROPPO_GRANDE: `Il file è troppo grande per essere una proposta (limite ${MB(MAX_PROPOSAL_BYTES)}${detail}). Controlla di aver scelto il file giusto.`,
    FILE_VUOTO: 'Il file è vuoto. Se una copia si è danneggiata, apri il file di backup (.bak) nella stessa cartella.',
    CODIFICA_NON_VALIDA: 'Il file non è un testo UTF-8: non sembra una proposta salvata da Proposta. Controlla di aver scelto il file giusto.',
    JSON_TRONCATO: 'Il file si interrompe a metà: probabilmente la copia o il salvataggio non sono stati completati. Apri il file di backup (.bak) nella stessa cartella o la copia di recupero.',
    JSON_NON_VALIDO: `Il file non è una proposta leggibile: il contenuto non è JSON valido${detail}. Se lo hai modificato a mano, annulla la modifica o apri il file di backup (.bak).`,
    CHIAVE_VIETATA: `Il file contiene un campo non ammesso${detail}, usato di solito per manomettere i programmi: per sicurezza non viene aperto.`,
    NON_UNA_PROPOSTA: 'Il file è JSON ma non è una proposta di Proposta (manca la versione del formato). Controlla di aver scelto il file giusto.',
    VERSIONE_PIU_RECENTE: `La proposta è stata salvata con una versione più recente di Proposta${detail}. Aggiorna Proposta per aprirla: il file non è stato modificato.`,
    STRUTTURA_NON_VALIDA: 'La proposta ha campi mancanti, in più o di tipo errato, forse per una modifica a mano: correggi gli errori elencati o apri il file di backup (.bak).',
  };
  return { code, message: messages[code] };
}
