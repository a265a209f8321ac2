import type { Allegato, Proposal } from '../../generated/types';
import { ROW_TEMPLATES } from '../../generated/labels';
import { freshId } from '../rows/row-id';
import { cloneJson, recorded, type ActionResult } from '../types';

export interface AddFilePayload {
  /** Relative to the proposal's folder, as the app copied or found it (`allegati/delibera.pdf`). */
  readonly nomeFile: string;
  /** Computed by the app from the file's bytes: never typed. */
  readonly sha256: string;
  /** The row to attach the file to; a new row when omitted. */
  readonly index?: number;
}

/** Attaches a file the app has read: its name and fingerprint, to a row or to a new one. */
export function addFile(doc: Proposal, { nomeFile, sha256, index }: AddFilePayload): ActionResult {
  const list = doc.allegati.elenco;
  if (index !== undefined && list[index]) {
    const elenco = list.map((a, i) => (i === index ? { ...a, nomeFile, sha256 } : a));
    return recorded(doc, { ...doc, allegati: { ...doc.allegati, elenco } }, `/allegati/elenco/${index}/nomeFile`);
  }
  const row: Allegato = { ...cloneJson(ROW_TEMPLATES['/allegati/elenco'] as Allegato), id: freshId(list, '/allegati/elenco'), nomeFile, sha256 };
  return recorded(doc, { ...doc, allegati: { ...doc.allegati, elenco: [...list, row] } }, `/allegati/elenco/${list.length}/tipo`);
}
