/**
 * Where the lead keeps a partner's reply once merged: beside the proposal, in `risposte/`, one file
 * per request. The name is derived (no path is stored in the document), so the package, the dossier
 * and the status board all find the same file.
 */
import type { Proposal } from '../generated/types';
import { bodyName } from '../derive/ente';
import type { Issue } from '../validation/issue';
import { errore } from '../validation/make';
import { PARTNER_MODULE_EXTENSION } from './module';

/** The folder, relative to the proposal file, that holds the merged replies. */
export const REPLY_FOLDER = 'risposte';

/** `risposte/<partner>-<first 8 of request>.proposta-partner[.p7m]`: stable, short, and safe as a file name. */
export function replyFileName(partnerId: string, requestId: string, signed: boolean): string {
  const safe = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, '_');
  return `${REPLY_FOLDER}/${safe(partnerId)}-${safe(requestId.slice(0, 8))}${PARTNER_MODULE_EXTENSION}${signed ? '.p7m' : ''}`;
}

/** A reply the proposal says was merged, and the file that must hold it. */
export interface MergedReply {
  /** Index of the partner's record in `ente.scambi`. */
  readonly index: number;
  readonly partner: string;
  readonly requestId: string;
  readonly signed: boolean;
  /** Relative to the proposal's folder, and the same inside the package. */
  readonly name: string;
}

/** Every merged reply of an aggregation, in the order of the records. */
export function mergedReplies(doc: Proposal): MergedReply[] {
  if (doc.ente.tipo !== 'aggregazione') return [];
  return doc.ente.scambi.flatMap((s, index) => {
    if (!s.risposta?.unita) return [];
    const signed = s.risposta.firma !== 'assente';
    return [{ index, partner: s.ente, requestId: s.richiesta, signed, name: replyFileName(s.ente, s.richiesta, signed) }];
  });
}

/** What was found of a merged reply's file: `diverso` when it is not that reply (another request, partner or proposal). */
export type ReplyFileState = 'presente' | 'mancante' | 'diverso' | 'fuori-cartella' | 'non-leggibile';

/** Whether a reply file's module is the merged reply: same proposal, partner and request. */
export function isReplyOf(doc: Proposal, reply: MergedReply, data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as { proposta?: unknown; partner?: unknown; richiesta?: unknown };
  return m.proposta === doc.id && m.partner === reply.partner && m.richiesta === reply.requestId;
}

/**
 * The issue of a merged reply whose file is not as it should be. The editor, `proposta validate` and
 * the package all read the files with the same function (services/package/reply-file.ts) and report
 * them with these codes; the lead fixes them (the pointer is the partner's exchange record).
 */
export function replyFileIssue(doc: Proposal, reply: MergedReply, state: ReplyFileState): Issue | null {
  const p = `/ente/scambi/${reply.index}/risposta`;
  const who = bodyName(doc, reply.partner);
  const name = `«${reply.name}»`;
  switch (state) {
    case 'presente': return null;
    case 'mancante': return errore('RISPOSTA_FILE_MANCANTE', p, `La risposta unita di ${who} non è nella cartella della proposta: copia il file ricevuto dal Comune come ${name} accanto alla proposta.`);
    case 'diverso': return errore('RISPOSTA_FILE_DIVERSO', p, `Il file ${name} non è la risposta di ${who} unita alla proposta (è di un'altra richiesta, di un altro Comune o di un'altra proposta, oppure è stato modificato): rimetti al suo posto il file ricevuto dal Comune.`);
    case 'fuori-cartella': return errore('RISPOSTA_FUORI_CARTELLA', p, `Il file ${name} della risposta di ${who} porta fuori dalla cartella della proposta (un collegamento): sostituiscilo con il file ricevuto dal Comune.`);
    case 'non-leggibile': return errore('RISPOSTA_NON_LEGGIBILE', p, `Il file ${name} della risposta di ${who} non si può leggere (permessi, dimensione, o non è un file normale): controllalo.`);
  }
}
