import type { Proposal } from '../../generated/types';
import type { RowsPointer } from '../../generated/pointers';
import { updateAt } from '../update-at';

/** The document with the list at `pointer` replaced by `fn(rows)`; the same document when `fn` returns the same list. */
export function onRows(doc: Proposal, pointer: RowsPointer, fn: (rows: unknown[]) => unknown[]): Proposal {
  return updateAt(doc, pointer, (old) => (Array.isArray(old) ? fn(old) : old)) as Proposal;
}
