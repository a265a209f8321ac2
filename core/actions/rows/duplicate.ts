import type { RowsPointer } from '../../generated/pointers';
import type { Proposal } from '../../generated/types';
import { cloneJson, recorded, type ActionResult } from '../types';
import { onRows } from './on-rows';
import { freshId } from './row-id';

export interface DuplicateRowPayload {
  readonly pointer: RowsPointer;
  readonly index: number;
}

/** Inserts a copy of a row right after it, with a fresh id. */
export function duplicateRow(doc: Proposal, { pointer, index }: DuplicateRowPayload): ActionResult {
  const next = onRows(doc, pointer, (rows) => {
    const row = rows[index];
    if (row === undefined) return rows;
    const copy = rows.slice();
    copy.splice(index + 1, 0, { ...cloneJson(row as object), id: freshId(rows, pointer) });
    return copy;
  });
  return recorded(doc, next, `${pointer}/${index + 1}`);
}
