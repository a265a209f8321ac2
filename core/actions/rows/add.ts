import { ROW_TEMPLATES } from '../../generated/labels';
import type { RowsPointer } from '../../generated/pointers';
import type { Proposal } from '../../generated/types';
import { cloneJson, recorded, type ActionResult } from '../types';
import { onRows } from './on-rows';
import { freshId } from './row-id';

export interface AddRowPayload {
  readonly pointer: RowsPointer;
  /** Values that differ from the schema's empty row (e.g. the body of a new budget line). */
  readonly values?: Readonly<Record<string, unknown>>;
}

/** Appends the list's empty row (from the schema) with a fresh id. */
export function addRow(doc: Proposal, { pointer, values }: AddRowPayload): ActionResult {
  const template = ROW_TEMPLATES[pointer] as object | undefined;
  if (!template) return recorded(doc, doc, pointer);
  let at = pointer as string;
  const next = onRows(doc, pointer, (rows) => {
    at = `${pointer}/${rows.length}`;
    return [...rows, { ...cloneJson(template), ...values, id: freshId(rows, pointer) }];
  });
  return recorded(doc, next, at);
}
