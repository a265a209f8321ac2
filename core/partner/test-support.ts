// Shared by the partner tests: a lead document with modules sent, and replies made from them.
import type { PartnerModule, Proposal } from '../generated/types';
import { applyAction } from '../actions';
import { buildPartnerModule } from './module';
import type { ReplyReceipt } from './merge-reply';

export const REQ = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'] as const;

/** Sends a module to `partner` (records the request) and returns the lead's document and the module. */
export function send(doc: Proposal, partner: string, requestId: string, now = new Date('2026-11-20T09:00:00Z')): { doc: Proposal; module: PartnerModule } {
  const r = buildPartnerModule(doc, partner, { requestId, now, requestedBy: '2026-12-10' });
  if (!r.ok) throw new Error(r.refusal.code);
  return { doc: applyAction(doc, { type: 'aggregazione/record-request', module: r.module }).doc, module: r.module };
}

/** The partner's reply: the module with its parts changed by `fn`. */
export function reply(module: PartnerModule, fn: (m: PartnerModule) => void): PartnerModule {
  const copy = JSON.parse(JSON.stringify(module)) as PartnerModule;
  fn(copy);
  return copy;
}

export const UNSIGNED: ReplyReceipt = { now: new Date('2026-11-25T09:00:00Z'), firma: 'assente', firmatario: '', codiceFiscaleFirmatario: '' };
