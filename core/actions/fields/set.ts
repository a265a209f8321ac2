import type { FieldPointer } from '../../generated/pointers';
import type { Proposal } from '../../generated/types';
import type { ActionResult } from '../types';
import { unchanged } from '../types';
import { updateAt } from '../update-at';

export interface SetFieldPayload {
  readonly pointer: FieldPointer;
  readonly value: unknown;
}

/**
 * Sets one field. Typing in a field is one undo step per burst (coalesced by pointer). A pointer
 * that leads nowhere changes nothing: the schema, not this action, judges the value.
 */
export function setField(doc: Proposal, { pointer, value }: SetFieldPayload): ActionResult {
  const next = updateAt(doc, pointer, (old) => (Object.is(old, value) ? old : value)) as Proposal;
  return next === doc ? unchanged(doc) : { doc: next, history: { coalesce: pointer }, at: pointer };
}
