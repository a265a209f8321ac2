/**
 * Where the lead keeps a partner's reply once merged: beside the proposal, in `risposte/`, one file
 * per request. The name is derived (no path is stored in the document), so the package, the dossier
 * and the status board all find the same file.
 */
import { PARTNER_MODULE_EXTENSION } from './module';

/** The folder, relative to the proposal file, that holds the merged replies. */
export const REPLY_FOLDER = 'risposte';

/** `risposte/<partner>-<first 8 of request>.proposta-partner[.p7m]`: stable, short, and safe as a file name. */
export function replyFileName(partnerId: string, requestId: string, signed: boolean): string {
  const safe = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, '_');
  return `${REPLY_FOLDER}/${safe(partnerId)}-${safe(requestId.slice(0, 8))}${PARTNER_MODULE_EXTENSION}${signed ? '.p7m' : ''}`;
}
