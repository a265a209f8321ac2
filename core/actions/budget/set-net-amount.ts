import type { Proposal } from '../../generated/types';
import type { ActionResult } from '../types';
import { setField } from '../fields/set';

export interface SetNetAmountPayload {
  readonly index: number;
  /** Euro; VAT and total of the line follow from it and the line's rate (derive/budget.ts). */
  readonly amount: number;
}

/** The net amount of a budget line. */
export function setNetAmount(doc: Proposal, { index, amount }: SetNetAmountPayload): ActionResult {
  return setField(doc, { pointer: `/budget/voci/${index}/importoNetto`, value: amount });
}
