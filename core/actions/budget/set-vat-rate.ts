import type { Proposal } from '../../generated/types';
import { recorded, type ActionResult } from '../types';
import { setField } from '../fields/set';

export interface SetVatRatePayload {
  readonly index: number;
  /** Percent, 0–100. */
  readonly rate: number;
}

/** The VAT rate of a budget line: one step of its own (a choice, not typing). */
export function setVatRate(doc: Proposal, { index, rate }: SetVatRatePayload): ActionResult {
  const r = setField(doc, { pointer: `/budget/voci/${index}/aliquotaIva`, value: rate });
  return recorded(doc, r.doc, `/budget/voci/${index}/aliquotaIva`);
}
