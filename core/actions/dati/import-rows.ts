import type { BancaDati, Proposal } from '../../generated/types';
import { countOf } from '../../derive/number-text';
import { recorded, unchanged, type ActionResult } from '../types';

export interface ImportRowsPayload {
  /** Rows of a confirmed CSV import preview (their ids already fresh). */
  readonly rows: readonly BancaDati[];
  /** Name of the file they come from, for the message. */
  readonly source?: string;
}

/** Appends the databases of a CSV import after the existing ones, as one undo step. */
export function importRows(doc: Proposal, { rows, source }: ImportRowsPayload): ActionResult {
  if (rows.length === 0) return unchanged(doc);
  const banche = doc.dati.banche;
  const next: Proposal = { ...doc, dati: { ...doc.dati, banche: [...banche, ...rows] } };
  return recorded(doc, next, `/dati/banche/${banche.length}`, `Importate ${countOf(rows.length, 'banca dati', 'banche dati')}${source ? ` da ${source}` : ''}.`);
}
