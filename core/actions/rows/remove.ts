import type { RowsPointer } from '../../generated/pointers';
import type { Proposal } from '../../generated/types';
import { recorded, type ActionResult } from '../types';
import { onRows } from './on-rows';

export interface RemoveRowPayload {
  readonly pointer: RowsPointer;
  readonly index: number;
}

/** Removes one row; an index outside the list changes nothing. */
export function removeRow(doc: Proposal, { pointer, index }: RemoveRowPayload): ActionResult {
  const next = onRows(doc, pointer, (rows) => (Number.isInteger(index) && index in rows ? rows.filter((_, i) => i !== index) : rows));
  return recorded(doc, next, pointer);
}
