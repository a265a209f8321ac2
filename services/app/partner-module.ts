/**
 * The partner's side of an aggregation: a Comune opens the `.proposta-partner` module its lead sent,
 * edits its own parts in the editor (core moduleWithProposal keeps the rest as sent), saves it, and
 * signs it as the reply (`.proposta-partner.p7m`, enveloping CAdES over the module's exact bytes).
 */
import { basename, dirname, join } from 'node:path';
import {
  loadError, MAX_PROPOSAL_BYTES, parseJsonSafely, PARTNER_MODULE_EXTENSION, proposalOfModule,
  readPartnerModule, refusalOf, serializePartnerModule, validatePartnerModule,
  type Cancelled, type Issue, type OpenedFile, type PartnerModule, type Reply,
} from '../../core';
import { writeCarefully } from '../files/careful-write';
import { readRegularFile } from '../files/read';
import { stampOf, type FileStamp } from '../files/stamp';
import { outOfScale } from './document';
import type { AppHost, Place } from './host';
import { outputPolicy, preflight, writeOutput } from './output';
import { ERR, fail, ok, type Failure } from './reply';
import { chooseSigner, type CertificateChoice, type TokenChoice } from './signer';

/** The name ending of a signed reply. */
export const REPLY_EXTENSION = `${PARTNER_MODULE_EXTENSION}.p7m`;

/** The one-page summary written beside a reply: `soleto.proposta-partner.p7m` → `soleto-riepilogo.pdf`. */
export function summaryPathOf(replyPath: string): string {
  const name = basename(replyPath);
  const stem = name.toLowerCase().endsWith(REPLY_EXTENSION) ? name.slice(0, -REPLY_EXTENSION.length)
    : name.toLowerCase().endsWith(PARTNER_MODULE_EXTENSION) ? name.slice(0, -PARTNER_MODULE_EXTENSION.length) : name.replace(/\.[^.]*$/, '');
  return join(dirname(replyPath), `${stem || 'risposta'}-riepilogo.pdf`);
}

/** A module by its name, or by its content: a JSON object whose own key `formatoModulo` says so (a proposal never has it). */
export function isPartnerModule(path: string, text: string | null): boolean {
  if (path.toLowerCase().endsWith(PARTNER_MODULE_EXTENSION)) return true;
  if (text === null || !/"formatoModulo"\s*:/.test(text)) return false;
  const parsed = parseJsonSafely(text);
  return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null && Object.hasOwn(parsed.value, 'formatoModulo');
}

const refused = (code: Parameters<typeof refusalOf>[0], issues: Issue[] = []): Failure => {
  const r = refusalOf(code);
  return fail(r.code, r.message, issues);
};

/** Checks a module from outside (a file, the window): its schema, then numbers no service computes with. */
export function checkModule(data: unknown): Reply<PartnerModule> {
  const r = readPartnerModule(data);
  if (!r.ok) return fail(r.refusal.code, r.refusal.message, r.issues);
  const scale = outOfScale(r.module);
  return scale.length ? refused('MODULO_NON_VALIDO', scale) : ok(r.module);
}

/** A module's text (already read): decoded, parsed and checked. */
export function moduleOfText(text: string): Reply<PartnerModule> {
  const parsed = parseJsonSafely(text);
  return parsed.ok ? checkModule(parsed.value) : refused('MODULO_NON_VALIDO');
}

export type ReadModule = { ok: true; module: PartnerModule; bytes: Uint8Array; stamp: FileStamp } | Failure;

/** Reads a module file: a regular file of bounded size (a FIFO is never opened), strict UTF-8, the module's schema. */
export async function readModuleFile(path: string, followLinks: boolean): Promise<ReadModule> {
  const r = await readRegularFile(path, MAX_PROPOSAL_BYTES, { followLinks });
  if (!r.ok) {
    const e = loadError(r.reason === 'FILE_NON_TROVATO' || r.reason === 'FILE_TROPPO_GRANDE' ? r.reason : 'FILE_NON_LEGGIBILE');
    return fail(e.code, e.message);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(r.bytes);
  } catch {
    return refused('MODULO_NON_VALIDO');
  }
  const m = moduleOfText(text);
  return m.ok ? { ok: true, module: m.value, bytes: new Uint8Array(r.bytes), stamp: stampOf(r.stat, r.bytes) } : m;
}

/** «Apri» on a module: it joins the session as a module (saved only as one) and the recent list. */
export async function openModuleAt(host: AppHost, path: string, text: string, stamp: FileStamp): Promise<Reply<OpenedFile>> {
  const m = moduleOfText(text);
  if (!m.ok) return m;
  const s = host.session;
  const handle = s ? s.files.register(path, 'partner', stamp) : '';
  await s?.recent.remember(path);
  return ok({ handle, name: basename(path), doc: proposalOfModule(m.value), migratedFrom: null, notes: [], partner: m.value });
}

/** «Salva» in partner mode: the module written back carefully (atomic, `.bak`, another program's change noticed). */
export async function saveModule(host: AppHost, req: { handle: string; module: PartnerModule; overwrite?: boolean }): Promise<Reply<{ name: string; savedAt: string }>> {
  const known = host.session?.files.get(req.handle);
  if (!known || known.kind !== 'partner') return ERR.handle();
  const m = checkModule(req.module);
  if (!m.ok) return m;
  // Main never trusts the window: only the partner's parts come from it; the rest is the module as
  // Proposta read or wrote it (unless the officer chose to overwrite another program's change).
  const onDisk = req.overwrite === true ? null : await readModuleFile(known.path, host.mode !== 'browser');
  const module = onDisk?.ok ? { ...onDisk.module, parti: m.value.parti } : m.value;
  const policy = { confirmed: req.overwrite === true, backup: true, ...(known.stamp ? { expected: known.stamp } : {}) };
  const w = await writeCarefully(known.path, new TextEncoder().encode(serializePartnerModule(module)), policy, host.fx);
  if (!w.ok) return fail(w.error.code, w.error.message);
  host.session?.files.register(known.path, 'partner', w.stamp);
  await host.session?.recent.remember(known.path);
  return ok({ name: basename(known.path), savedAt: host.now().toISOString() });
}

export interface SignModuleRequest {
  /** The module as the window holds it, or (command line) the bytes of a module file, signed as they are. */
  readonly module: { readonly data: PartnerModule } | { readonly path: string };
  readonly target: Place;
  readonly certificate?: CertificateChoice | null;
  readonly token?: TokenChoice | null;
  readonly overwrite?: boolean;
}

export interface SignedReply {
  readonly name: string;
  readonly path: string;
  readonly handle: string | null;
  /** The one-page summary of the contribution written beside it, for the legal representative to sign too. */
  readonly summary: string;
  /** The partner's own open errors: shown, never blocking (the lead decides). */
  readonly issues: Issue[];
}

const NOT_SIGNED = 'la risposta non è stata firmata';

/**
 * «Firma e prepara la risposta» and `proposta partner firma`: the module must read as a module; its
 * own errors are reported but do not stop the signature. The reply is written like any output: an
 * existing file only when confirmed, never the module itself.
 */
export async function signModule(host: AppHost, req: SignModuleRequest): Promise<Reply<SignedReply | Cancelled>> {
  let bytes: Uint8Array;
  let module: PartnerModule;
  const inputs: string[] = [];
  if ('path' in req.module) {
    const r = await readModuleFile(req.module.path, true);
    if (!r.ok) return r;
    [bytes, module] = [r.bytes, r.module];
    inputs.push(req.module.path);
  } else {
    const m = checkModule(req.module.data);
    if (!m.ok) return m;
    module = m.value;
    bytes = new TextEncoder().encode(serializePartnerModule(module));
  }
  if (!req.certificate && !req.token) return fail('FIRMA_MANCANTE', `Scegli un certificato (.p12) o una smart card: ${NOT_SIGNED}.`);
  const where = await host.locate(req.target, 'risposta', 'write');
  if (!where.ok) return where;
  if ('cancelled' in where) return ok({ cancelled: true as const });
  const policy = await outputPolicy(host, where.confirmed || req.overwrite === true, inputs);
  const pre = await preflight(where.path, policy);
  if (!pre.ok) return pre;
  // The summary is drawn and its place checked before signing: a refusal writes neither file.
  const summaryPath = summaryPathOf(where.path);
  const preSummary = await preflight(summaryPath, policy);
  if (!preSummary.ok) return preSummary;
  const { partnerSummaryPdf } = await import('../partner/summary');
  const summary = await partnerSummaryPdf({ module });
  if (!summary.ok) return fail(summary.code, summary.message);
  const chosen = await chooseSigner(host, { certificate: req.certificate ?? null, token: req.token ?? null }, NOT_SIGNED);
  if (!chosen.ok) return chosen;
  if (!chosen.value) return fail('FIRMA_MANCANTE', `Scegli un certificato (.p12) o una smart card: ${NOT_SIGNED}.`);
  if ('cancelled' in chosen.value) return ok(chosen.value);
  const signer = chosen.value;
  let signed: Uint8Array;
  try {
    const { signCadesEnveloping } = await import('../sign');
    signed = await signCadesEnveloping(bytes, signer.signer, { signingTime: host.now() });
  } catch (e) {
    const { SignError, MESSAGES } = await import('../sign');
    if (e instanceof SignError) return fail(e.code, MESSAGES[e.code]);
    return fail('FIRMA_NON_RIUSCITA', `La firma non è riuscita per un errore interno: ${NOT_SIGNED} e nessun file è stato scritto.`);
  } finally {
    signer.close();
  }
  const w = await writeOutput(host, where.path, signed, policy);
  if (!w.ok) return w;
  const ws = await writeOutput(host, summaryPath, summary.bytes, policy);
  if (!ws.ok) return ws;
  const issues = validatePartnerModule(module, { profile: host.profile, now: host.now() });
  return ok({ name: basename(where.path), path: where.path, handle: w.value.handle, summary: basename(summaryPath), issues });
}

/**
 * «Senza firma»: the module saved, its one-page summary written beside it (`soleto-riepilogo.pdf`),
 * both to be signed with the card's software. From the module as saved on disk, never the window's.
 */
export async function writeModuleSummary(host: AppHost, req: { handle: string; overwrite?: boolean }): Promise<Reply<{ name: string }>> {
  const known = host.session?.files.get(req.handle);
  if (!known || known.kind !== 'partner') return ERR.handle();
  const read = await readModuleFile(known.path, host.mode !== 'browser');
  if (!read.ok) return read;
  const target = summaryPathOf(known.path);
  const policy = await outputPolicy(host, req.overwrite === true, [known.path]);
  const pre = await preflight(target, policy);
  if (!pre.ok) return pre;
  const { partnerSummaryPdf } = await import('../partner/summary');
  const summary = await partnerSummaryPdf({ module: read.module });
  if (!summary.ok) return fail(summary.code, summary.message);
  const w = await writeOutput(host, target, summary.bytes, policy);
  return w.ok ? ok({ name: basename(target) }) : w;
}
