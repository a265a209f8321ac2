import type { Proposal } from '../../generated/types';
import { activeComponents } from '../../derive/components';
import { defaultCallProfile } from '../../profile/profile';
import type { ActionResult } from '../types';
import { addRow } from '../rows/add';

export interface AddLinePayload {
  /** The body that bears the cost; the lead body when omitted. */
  readonly ente?: string;
}

/** A new budget line, charged to the lead body and to the first component without costs yet. */
export function addLine(doc: Proposal, { ente = 'capofila' }: AddLinePayload): ActionResult {
  const active = activeComponents(doc, defaultCallProfile());
  const charged = new Set(doc.budget.voci.map((v) => v.componente));
  const componente = active.find((c) => !charged.has(c)) ?? active[0] ?? 'a';
  return addRow(doc, { pointer: '/budget/voci', values: { ente, componente } });
}
