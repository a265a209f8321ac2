import type { RowsPointer } from '../../generated/pointers';
import type { Proposal } from '../../generated/types';
import { recorded, type ActionResult } from '../types';
import { onRows } from './on-rows';

export interface MoveRowPayload {
  readonly pointer: RowsPointer;
  readonly from: number;
  readonly to: number;
}

/** Moves a row to another position of its list. */
export function moveRow(doc: Proposal, { pointer, from, to }: MoveRowPayload): ActionResult {
  const next = onRows(doc, pointer, (rows) => {
    if (!(from in rows) || !(to in rows) || from === to) return rows;
    const copy = rows.slice();
    const [row] = copy.splice(from, 1);
    copy.splice(to, 0, row);
    return copy;
  });
  return recorded(doc, next, `${pointer}/${to}`);
}
