/** Why a write was refused or failed. Stable codes; tests and the window match on them. */
export type WriteErrorCode =
  | 'SALVATAGGIO_FALLITO'
  | 'CARTELLA_NON_SCRIVIBILE'
  | 'DISCO_PIENO'
  | 'DESTINAZIONE_COLLEGAMENTO'
  | 'DESTINAZIONE_NON_FILE'
  | 'DESTINAZIONE_PROPOSTA'
  | 'DESTINAZIONE_FILE_USATO'
  | 'FILE_SOLA_LETTURA'
  | 'FILE_ESISTENTE'
  | 'FILE_MODIFICATO_ESTERNAMENTE'
  | 'FILE_VERSIONE_PIU_RECENTE';

export interface WriteError {
  readonly code: string;
  readonly message: string;
}

const UNCHANGED = "il file che c'era è rimasto com'era";

const MESSAGES: Readonly<Record<WriteErrorCode, string>> = {
  SALVATAGGIO_FALLITO: `Il file non è stato scritto: ${UNCHANGED}. Riprova o scegli un'altra cartella.`,
  CARTELLA_NON_SCRIVIBILE: `Non è possibile scrivere nella cartella scelta (permessi insufficienti o supporto in sola lettura): ${UNCHANGED}. Scegli un'altra cartella.`,
  DISCO_PIENO: `Il disco è pieno: il file non è stato scritto e ${UNCHANGED}. Libera spazio e riprova.`,
  DESTINAZIONE_COLLEGAMENTO: 'Il file scelto è un collegamento simbolico: per sicurezza Proposta non scrive attraverso i collegamenti. Scegli il file vero o un altro nome.',
  DESTINAZIONE_NON_FILE: 'Il nome scelto non è un file normale (è una cartella, una pipe o un dispositivo): non è stato scritto nulla. Scegli un altro nome.',
  DESTINAZIONE_PROPOSTA: 'Il file scelto è una proposta (forse quella aperta): non viene sostituito da un\'esportazione. Scegli un altro nome.',
  DESTINAZIONE_FILE_USATO: 'Il file scelto è uno di quelli da cui si parte (la proposta o un suo allegato, forse con un altro nome): non viene sostituito. Scegli un altro nome.',
  FILE_SOLA_LETTURA: `Il file è in sola lettura: ${UNCHANGED}. Salva con un altro nome, oppure togli la protezione dal file e riprova.`,
  FILE_ESISTENTE: 'Esiste già un file con questo nome: confermi di volerlo sostituire? Altrimenti scegli un altro nome.',
  FILE_MODIFICATO_ESTERNAMENTE: 'Il file è stato modificato da un altro programma dopo che lo hai aperto: puoi sovrascriverlo con la tua versione, salvare la tua versione con un altro nome o ricaricare quella sul disco (perdendo le modifiche non salvate).',
  FILE_VERSIONE_PIU_RECENTE: `Il file è una proposta salvata da una versione più recente di Proposta: non viene mai riscritto, ${UNCHANGED}. Salva con un altro nome.`,
};

export const writeError = (code: WriteErrorCode): WriteError => ({ code, message: MESSAGES[code] });

/**
 * An error that already carries its code and Italian message: streams are destroyed with it, so
 * that the writer reports the cause (e.g. an attachment that changed) rather than a generic failure.
 */
export class CodedError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'CodedError';
  }
}

/** The coded failure for an exception of a write: a CodedError as it is, an OS error by errno. */
export function writeFailure(e: unknown): WriteError {
  if (e instanceof CodedError) return { code: e.code, message: e.message };
  const errno = (e as NodeJS.ErrnoException | null)?.code;
  if (errno === 'ENOSPC' || errno === 'EDQUOT') return writeError('DISCO_PIENO');
  if (errno === 'EACCES' || errno === 'EPERM' || errno === 'EROFS') return writeError('CARTELLA_NON_SCRIVIBILE');
  if (errno === 'ELOOP') return writeError('DESTINAZIONE_COLLEGAMENTO');
  if (errno === 'EISDIR') return writeError('DESTINAZIONE_NON_FILE');
  return writeError('SALVATAGGIO_FALLITO');
}
