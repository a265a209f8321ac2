/**
 * The one-page PDF summary of a partner's contribution, for its legal representative to sign: from
 * the lead's proposal and a partner id, or from a partner module (plain or signed). Bytes out; the
 * caller (CLI, services/app) decides where they go.
 */
import { buildModuleSummary, buildPartnerSummary, readPartnerModule, refusalOf, SUMMARY_MAX_ROWS, type PartnerModule, type PartnerSummaryModel, type Proposal, type SummaryLimits } from '../../core';
import { renderPartnerSummaryPdf } from '../export/pdf/partner-summary';
import { readPartnerReply } from './read-reply';

export type SummaryPdf = { ok: true; bytes: Uint8Array; partner: string } | { ok: false; code: string; message: string };

/** From the proposal (the lead's side): refused when it is not an aggregation or has no such partner. */
export async function partnerSummaryPdf(source: { doc: Proposal; partnerId: string } | { module: PartnerModule }): Promise<SummaryPdf> {
  if ('doc' in source && source.doc.ente.tipo !== 'aggregazione') return fromRefusal('PARTNER_NON_AGGREGAZIONE');
  const build = (limits: SummaryLimits): PartnerSummaryModel | null =>
    'doc' in source ? buildPartnerSummary(source.doc, source.partnerId, null, limits) : buildModuleSummary(source.module, limits);
  const first = build(SUMMARY_MAX_ROWS);
  if (!first) return fromRefusal('PARTNER_SCONOSCIUTO');
  const bytes = await renderPartnerSummaryPdf((limits) => build(limits) ?? first);
  return { ok: true, bytes, partner: 'doc' in source ? source.partnerId : source.module.partner };
}

/** From a module file (`.proposta-partner`, or its signed `.p7m`): the partner's side. */
export async function moduleSummaryPdf(path: string): Promise<SummaryPdf> {
  const read = await readPartnerReply(path);
  if (!read.ok) return { ok: false, code: read.code, message: read.message };
  const module = readPartnerModule(read.data);
  if (!module.ok) return fromRefusal(module.refusal.code);
  return partnerSummaryPdf({ module: module.module });
}

function fromRefusal(code: Parameters<typeof refusalOf>[0]): SummaryPdf {
  const r = refusalOf(code);
  return { ok: false, code: r.code, message: r.message };
}
