/** The partner module (`.proposta-partner`): what the lead sends one partner, and reads back. */
import type { PartnerModule, PartnerModuleContesto, Proposal } from '../generated/types';
import { validatePartnerModuleSchema } from '../generated/validators';
import { partnerParts } from '../derive/bodies';
import { isStructuralIssue, schemaIssues } from '../validation/schema-issues';
import type { Issue } from '../validation/issue';
import { refusal, type PartnerRefusal } from './codes';

/** The format of the module this build writes (`formatoModulo`). */
export const PARTNER_MODULE_FORMAT = 1;
/** The file name ending of a module and of a signed reply. */
export const PARTNER_MODULE_EXTENSION = '.proposta-partner';

/** The read-only context a partner sees: what the proposal is about, and when. */
export function partnerContext(doc: Proposal): PartnerModuleContesto {
  return JSON.parse(JSON.stringify(contextView(doc))) as PartnerModuleContesto;
}

/** The same context sharing the document's own objects: to compare with, never to hand out or edit. */
export function contextView(doc: Proposal): PartnerModuleContesto {
  const p = doc.progetto;
  return {
    capofila: doc.ente.capofila.denominazione,
    titolo: p.titolo,
    sintesi: p.sintesi,
    componentiQualificanti: p.componentiQualificanti,
    durataMesi: p.durataMesi,
    avvioPrevisto: p.avvioPrevisto,
    cronoprogramma: doc.cronoprogramma,
  };
}

export interface ModuleOptions {
  /** A fresh random UUID: the caller draws it (core has no randomness). */
  readonly requestId: string;
  readonly now: Date;
  /** The date (AAAA-MM-GG) by which the lead asks for the reply, or ''. */
  readonly requestedBy: string;
}

/**
 * The module for one partner: its parts as they stand now, twice (`base`, frozen, and `parti`, which
 * the partner edits), the read-only context, and who asks what by when.
 */
export function buildPartnerModule(doc: Proposal, partnerId: string, opts: ModuleOptions): { ok: true; module: PartnerModule } | { ok: false; refusal: PartnerRefusal } {
  if (doc.ente.tipo !== 'aggregazione') return { ok: false, refusal: refusal('PARTNER_NON_AGGREGAZIONE') };
  const parts = partnerParts(doc, partnerId);
  if (!parts) return { ok: false, refusal: refusal('PARTNER_SCONOSCIUTO') };
  const copy = (): PartnerModule['base'] => JSON.parse(JSON.stringify(parts)) as PartnerModule['base'];
  return {
    ok: true,
    module: {
      formatoModulo: PARTNER_MODULE_FORMAT,
      formatoProposta: 5,
      proposta: doc.id,
      richiesta: opts.requestId,
      partner: partnerId,
      creato: opts.now.toISOString(),
      entro: opts.requestedBy,
      contesto: partnerContext(doc),
      base: copy(),
      parti: copy(),
    },
  };
}

/** The module's bytes as Proposta writes them (export, save, the content of a signed reply). */
export const serializePartnerModule = (module: PartnerModule): string => `${JSON.stringify(module, null, 2)}\n`;

/** Reads a parsed module: a newer format is refused as such, anything else off the schema with its issues. */
export function readPartnerModule(data: unknown): { ok: true; module: PartnerModule } | { ok: false; refusal: PartnerRefusal; issues: Issue[] } {
  const format = typeof data === 'object' && data !== null ? (data as { formatoModulo?: unknown }).formatoModulo : undefined;
  if (typeof format === 'number' && Number.isInteger(format) && format > PARTNER_MODULE_FORMAT) {
    return { ok: false, refusal: refusal('MODULO_VERSIONE_PIU_RECENTE'), issues: [] };
  }
  // Like a proposal: a value too long or badly written is the partner's to fix and shows after the
  // merge; a module of the wrong shape (a missing, unknown or mistyped field) is refused.
  if (!validatePartnerModuleSchema(data)) {
    const issues = schemaIssues(validatePartnerModuleSchema.errors ?? [], data).filter(isStructuralIssue);
    if (issues.length) return { ok: false, refusal: refusal('MODULO_NON_VALIDO', issues.map((i) => i.pointer)), issues };
  }
  return { ok: true, module: data as PartnerModule };
}
