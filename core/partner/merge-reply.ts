/**
 * «Importa la risposta di un Comune»: checks that a reply belongs to this proposal and to the last
 * request sent to that partner, that it changes only the partner's own parts, then merges it three
 * ways (base: as sent; theirs: the reply; mine: the lead's document now). Pure: the caller reads the
 * file, verifies the signature and applies the result with the action `aggregazione/merge-reply`.
 */
import type { PartnerModule, Proposal, ScambioPartner, ScambioPartnerRisposta } from '../generated/types';
import { LEAD_ID, partnerParts, type PartnerParts } from '../derive/bodies';
import { refusal, type PartnerRefusal } from './codes';
import { fingerprint } from './fingerprint';
import { sameJson } from '../derive/same-json';
import { contextView, partnerContext } from './module';
import { mergeRows, mergeValue, settles, type Conflict, type MergeLog, type Resolution } from './three-way';

/** What the caller knows of the reply's signature, recorded as it is given. */
export interface ReplyReceipt {
  readonly now: Date;
  readonly firma: ScambioPartnerRisposta['firma'];
  readonly firmatario: string;
  readonly codiceFiscaleFirmatario: string;
}

export interface MergeResult {
  readonly partner: string;
  /** The partner's parts after the merge (conflicts settled by `resolution`, the lead's side when none was given). */
  readonly parts: PartnerParts;
  readonly conflicts: readonly Conflict[];
  readonly applied: readonly string[];
  /** Rows the partner added with an id another body's row already uses, renamed: [old, new]. */
  readonly renamed: ReadonlyArray<readonly [string, string]>;
  /** False while there are conflicts and no resolution was chosen: the result must not be applied. */
  readonly resolved: boolean;
  /** The partner's record with the reply received. */
  readonly record: ScambioPartner;
}

export type MergeOutcome = { ok: true; result: MergeResult } | { ok: false; refusal: PartnerRefusal };

const no = (r: PartnerRefusal): MergeOutcome => ({ ok: false, refusal: r });

/** Fields where two JSON objects differ (one level of keys), as pointers under `prefix`. */
function differingFields(a: Record<string, unknown>, b: Record<string, unknown>, prefix: string): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !sameJson(a[k], b[k])).map((k) => `${prefix}/${k}`);
}

/** Rows of the reply that name a body other than the partner, as pointers in the module. */
function foreignRows(reply: PartnerModule, list: 'banche' | 'voci' | 'allegati'): string[] {
  return reply.parti[list].flatMap((r, i) => (r.ente === reply.partner ? [] : [`/parti/${list}/${i}/ente`]));
}

/** Every check before the merge, in the order an officer can act on them; null when all pass. */
function check(ours: Proposal, reply: PartnerModule, record: ScambioPartner | undefined): PartnerRefusal | null {
  if (reply.proposta !== ours.id) return refusal('RISPOSTA_ALTRA_PROPOSTA', ['/proposta']);
  if (reply.partner === LEAD_ID || !partnerParts(ours, reply.partner)) return refusal('PARTNER_SCONOSCIUTO', ['/partner']);
  if (!record) return refusal('RISPOSTA_SENZA_RICHIESTA', ['/richiesta']);
  if (record.richiestePrecedenti.includes(reply.richiesta)) return refusal('RISPOSTA_RICHIESTA_SUPERATA', ['/richiesta']);
  if (record.richiesta !== reply.richiesta) return refusal('RISPOSTA_SENZA_RICHIESTA', ['/richiesta']);
  if (record.risposta?.unita) return refusal('RISPOSTA_GIA_UNITA', ['/richiesta']);
  if (fingerprint(reply.base) !== record.impronta) return refusal('RISPOSTA_BASE_ALTERATA', ['/base']);
  // The context as it stands needs no hash (the lead may have changed it since; then it must be the one sent).
  if (!sameJson(reply.contesto, contextView(ours)) && fingerprint(reply.contesto) !== record.improntaContesto) {
    const now = partnerContext(ours) as unknown as Record<string, unknown>;
    const fields = differingFields(reply.contesto as unknown as Record<string, unknown>, now, '/contesto');
    return refusal('RISPOSTA_FUORI_PARTE', fields.length ? fields : ['/contesto']);
  }
  const voci = foreignRows(reply, 'voci');
  if (voci.length) return refusal('RISPOSTA_VOCE_ALTRO_ENTE', voci);
  const others = [...foreignRows(reply, 'banche'), ...foreignRows(reply, 'allegati')];
  if (reply.parti.ente.id !== reply.partner) others.unshift('/parti/ente/id');
  return others.length ? refusal('RISPOSTA_FUORI_PARTE', others) : null;
}

/** A fresh id for a row the partner added whose id another body's row uses: `<id>-2`, `<id>-3`… (at most 40 characters). */
function freshId(id: string, used: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${id.slice(0, 40 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * Merges a partner's reply into the lead's document. Refused (with its code and the fields named)
 * when it is for another proposal, an older or unknown request, a base edited by hand, or a change
 * outside the partner's parts; otherwise the merged parts, the conflicts and the updated record.
 */
export function mergePartnerReply(ours: Proposal, reply: PartnerModule, receipt: ReplyReceipt, resolution?: Resolution): MergeOutcome {
  const record = ours.ente.scambi.find((s) => s.ente === reply.partner);
  const refused = check(ours, reply, record);
  if (refused || !record) return no(refused ?? refusal('RISPOSTA_SENZA_RICHIESTA'));
  const mine = partnerParts(ours, reply.partner)!;
  const log: MergeLog = { conflicts: [], applied: [] };
  const side = resolution ?? 'mio';
  const renamed: Array<[string, string]> = [];
  const lists = { banche: ours.dati.banche, voci: ours.budget.voci, allegati: ours.allegati.elenco } as const;
  const mergeList = <K extends 'banche' | 'voci' | 'allegati'>(key: K): PartnerParts[K] => {
    // An added row may carry an id another body's row uses (both sides took the next free number).
    // One pass over the lead's list against the reply's few ids: a set of every id per reply cost more than the merge.
    const replyIds = new Set(reply.parti[key].map((r) => r.id));
    const taken = new Set<string>();
    for (const r of lists[key]) if (r.ente !== reply.partner && replyIds.has(r.id)) taken.add(r.id);
    let used: Set<string> | null = null;
    const theirs = taken.size === 0 ? reply.parti[key] : reply.parti[key].map((r) => {
      if (!taken.has(r.id)) return r;
      used ??= new Set<string>([...lists[key].map((x) => x.id), ...replyIds]);
      const id = freshId(r.id, used);
      used.add(id);
      renamed.push([r.id, id]);
      return { ...r, id };
    });
    return mergeRows(reply.base[key], mine[key], theirs, `/${key}`, log, side) as unknown as PartnerParts[K];
  };
  const parts: PartnerParts = {
    ente: mergeValue(reply.base.ente, mine.ente, reply.parti.ente, '/ente', log, side) as PartnerParts['ente'],
    banche: mergeList('banche'),
    voci: mergeList('voci'),
    allegati: mergeList('allegati'),
  };
  const risposta: ScambioPartnerRisposta = {
    ricevuta: receipt.now.toISOString(),
    firma: receipt.firma,
    firmatario: receipt.firmatario,
    codiceFiscaleFirmatario: receipt.codiceFiscaleFirmatario,
    unita: true,
    impronta: fingerprint(parts),
  };
  return {
    ok: true,
    result: {
      partner: reply.partner, parts, conflicts: log.conflicts, applied: log.applied, renamed,
      resolved: settles(resolution, log.conflicts),
      record: { ...record, risposta },
    },
  };
}
