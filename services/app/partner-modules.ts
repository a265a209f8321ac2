import { randomUUID } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { applyAction, buildPartnerModule, PARTNER_MODULE_EXTENSION, serializePartnerModule, type Cancelled, type PartnerModule, type Proposal, type Reply } from '../../core';
import type { FileStamp } from '../files/stamp';
import { checkDocument } from './document';
import type { AppHost, Place } from './host';
import { outputPolicy, preflight, writeOutput } from './output';
import { ERR, fail, ok, type Failure } from './reply';
import { writeProposal } from './write-proposal';

/** A date as the officer types it for «Risposta entro» (AAAA-MM-GG). */
export const REQUESTED_BY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Where the modules go: one file for one partner (`--out`), or `<id>.proposta-partner` in a folder. */
export type ModulesDestination =
  | { readonly kind: 'file'; readonly place: Place }
  | { readonly kind: 'folder'; readonly place: { readonly kind: 'dialog' } | { readonly kind: 'workspace' } | { readonly kind: 'path'; readonly path: string } };

export interface ModulesRequest {
  readonly doc: Proposal;
  /** The partners asked: their ids, or every partner of the aggregation. */
  readonly partners: readonly string[] | 'tutti';
  /** «Risposta entro» (AAAA-MM-GG), or ''. */
  readonly requestedBy: string;
  readonly destination: ModulesDestination;
  /** The officer confirmed replacing existing modules (`--sovrascrivi`, «Sostituisci»). */
  readonly overwrite?: boolean;
  /** Command line: the proposal's file, saved with the requests before any module is written. */
  readonly save?: { readonly path: string; readonly expected?: FileStamp };
}

export interface PreparedModule {
  readonly partner: string;
  readonly denominazione: string;
  readonly name: string;
  readonly path: string;
  readonly richiesta: string;
  readonly entro: string;
}

export interface ModulesPrepared {
  /** The document with the requests recorded: the editor applies it as one undoable step. */
  readonly doc: Proposal;
  readonly modules: readonly PreparedModule[];
  /** The modules as written (the window records them with the action `aggregazione/record-requests`). */
  readonly sent: readonly PartnerModule[];
}

/** A failure and the step it stopped at (the command line words it and picks the exit code from it). */
export type ModulesFailure = Failure & { readonly stage: 'partner' | 'target' | 'save' | 'write'; readonly subject: string };

const stopped = (f: Failure, stage: ModulesFailure['stage'], subject: string): ModulesFailure => ({ ...f, stage, subject });

/** The folder of a destination, by host: the desktop's dialog, the serve workspace, a typed path. */
async function folderOf(host: AppHost, place: Extract<ModulesDestination, { kind: 'folder' }>['place']): Promise<Reply<string | Cancelled>> {
  if (place.kind === 'path') return host.mode === 'cli' ? ok(resolve(place.path)) : ERR.noPath();
  if (place.kind === 'workspace') return host.workspace ? ok(host.workspace) : ERR.noWorkspace();
  if (!host.pickFolder) return ERR.noDialog();
  const picked = await host.pickFolder();
  return picked === null ? ok({ cancelled: true as const }) : ok(picked);
}

/**
 * «Prepara i moduli per i Comuni» and `proposta partner export`: one module per partner asked, each
 * with a fresh request id, recorded in the document. Every target is checked before anything is
 * written (an existing module is replaced only when confirmed, never a proposal); on the command
 * line the proposal is saved with the requests first, so a module never exists without its record.
 */
export async function preparePartnerModules(host: AppHost, req: ModulesRequest): Promise<{ ok: true; value: ModulesPrepared | Cancelled } | ModulesFailure> {
  const now = host.now();
  const checked = checkDocument(req.doc, { profile: host.profile, now }, 'i moduli non sono stati preparati');
  if (!checked.ok) return stopped(checked, 'partner', '');
  if (req.requestedBy !== '' && !REQUESTED_BY.test(req.requestedBy)) {
    return stopped(fail('DATA_NON_VALIDA', 'La data «Risposta entro» non è valida: scrivila come AAAA-MM-GG, per esempio 2026-12-15.'), 'partner', '');
  }
  let doc = req.doc;
  const every = req.partners === 'tutti';
  const ids = every ? doc.ente.partner.map((p) => p.id) : [...req.partners];
  if (doc.ente.tipo !== 'aggregazione' || ids.length === 0) {
    return stopped(fail('PARTNER_NON_AGGREGAZIONE', "La proposta non ha Comuni aggregati: non c'è nessun modulo da preparare."), 'partner', '');
  }
  if (req.destination.kind === 'file' && ids.length !== 1) return stopped(fail('RICHIESTA_NON_VALIDA', 'Un file di destinazione vale per un solo Comune.'), 'partner', '');
  const built: PartnerModule[] = [];
  for (const id of ids) {
    const r = buildPartnerModule(doc, id, { requestId: randomUUID(), now, requestedBy: req.requestedBy });
    if (!r.ok) return stopped(fail(r.refusal.code, r.refusal.message), 'partner', id);
    built.push(r.module);
  }
  let paths: string[];
  let confirmed = req.overwrite === true;
  if (req.destination.kind === 'file') {
    const where = await host.locate(req.destination.place, 'modulo', 'write');
    if (!where.ok) return stopped(where, 'target', '');
    if ('cancelled' in where) return ok({ cancelled: true as const });
    confirmed ||= where.confirmed;
    paths = [where.path];
  } else {
    const folder = await folderOf(host, req.destination.place);
    if (!folder.ok) return stopped(folder, 'target', '');
    if (typeof folder.value !== 'string') return ok(folder.value);
    const dir = folder.value;
    paths = built.map((m) => join(dir, `${m.partner}${PARTNER_MODULE_EXTENSION}`));
  }
  const policy = await outputPolicy(host, confirmed, req.save ? [req.save.path] : []);
  for (const path of paths) {
    const ready = await preflight(path, policy);
    if (!ready.ok) return stopped(ready, 'target', path);
  }
  doc = applyAction(doc, { type: 'aggregazione/record-requests', modules: built }).doc;
  if (req.save) {
    const saved = await writeProposal(host, req.save.path, doc, { confirmed: false, ...(req.save.expected ? { expected: req.save.expected } : {}) });
    if (!saved.ok) return stopped(saved, 'save', req.save.path);
  }
  const modules: PreparedModule[] = [];
  for (const [i, module] of built.entries()) {
    const path = paths[i]!;
    const w = await writeOutput(host, path, new TextEncoder().encode(serializePartnerModule(module)), policy);
    if (!w.ok) return stopped(w, 'write', path);
    modules.push({ partner: module.partner, denominazione: module.parti.ente.denominazione, name: basename(path), path, richiesta: module.richiesta, entro: module.entro });
  }
  return ok({ doc, modules, sent: built });
}
