import type { Allegato } from '../generated/types';
import type { Issue } from '../validation/issue';
import { errore } from '../validation/make';

/** The folder of the proposal's attachments, beside the proposal file and inside the package. */
export const ATTACHMENTS_FOLDER = 'allegati';

/** Where an attachment goes in the submission package: under `allegati/`, once (`allegati/x.pdf`, not `allegati/allegati/x.pdf`). */
export function packagedAttachmentName(nomeFile: string): string {
  const rel = nomeFile.replace(/\\/g, '/').replace(/^\.\//, '');
  return rel.startsWith(`${ATTACHMENTS_FOLDER}/`) ? rel : `${ATTACHMENTS_FOLDER}/${rel}`;
}

/** What was found of an attachment's file, beside the proposal. */
export type AttachmentFileState = 'presente' | 'mancante' | 'diverso' | 'fuori-cartella' | 'non-leggibile';

/**
 * The issue of an attachment whose file is not as declared. The editor (live), `proposta validate` and
 * the package all read the files with the same function and report them with these codes.
 */
export function attachmentFileIssue(index: number, a: Pick<Allegato, 'nomeFile'>, state: AttachmentFileState): Issue | null {
  const p = `/allegati/elenco/${index}/nomeFile`;
  const name = `«${a.nomeFile}»`;
  switch (state) {
    case 'presente': return null;
    case 'mancante': return errore('ALLEGATO_FILE_MANCANTE', p, `Il file ${name} non è nella cartella della proposta: aggiungilo di nuovo dal passo Allegati (o copialo nella cartella «allegati» accanto alla proposta).`);
    case 'diverso': return errore('ALLEGATO_FILE_DIVERSO', p, `Il file ${name} è cambiato dopo essere stato allegato: se è la versione giusta, allegalo di nuovo perché la sua impronta sia aggiornata.`);
    case 'fuori-cartella': return errore('ALLEGATO_FUORI_CARTELLA', p, `Il file ${name} è fuori dalla cartella della proposta: aggiungilo dal passo Allegati, che lo copia nella cartella «allegati».`);
    case 'non-leggibile': return errore('ALLEGATO_NON_LEGGIBILE', p, `Il file ${name} non si può leggere (permessi, o non è un file normale): controllalo e allegalo di nuovo.`);
  }
}
