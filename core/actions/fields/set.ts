import type { FieldPointer } from '../../generated/pointers';
import type { Proposal } from '../../generated/types';
import type { ActionResult } from '../types';
import { unchanged } from '../types';
import { updateAt } from '../update-at';
import { fieldLabel } from '../../validation/labels';

export interface SetFieldPayload {
  readonly pointer: FieldPointer;
  readonly value: unknown;
}

/**
 * Sets one field (codes such as the codice fiscale in capitals). Typing in a field is one undo step per burst (coalesced by pointer). A pointer
 * that leads nowhere changes nothing: the schema, not this action, judges the value.
 */
export function setField(doc: Proposal, { pointer, value: typed }: SetFieldPayload): ActionResult {
  // Codes written in capitals are stored in capitals, whatever the keyboard's state.
  const value = typeof typed === 'string' && fieldLabel(pointer)?.case === 'upper' ? typed.toUpperCase() : typed;
  const next = updateAt(doc, pointer, (old) => (Object.is(old, value) ? old : value)) as Proposal;
  return next === doc ? unchanged(doc) : { doc: next, history: { coalesce: pointer }, at: pointer };
}
