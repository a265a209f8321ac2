import { lstat, mkdir, readdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  applyAction, bodyName, mergePartnerReply, readPartnerModule, replyFileName, REPLY_FOLDER, REPLY_NAME, signerRefusal,
  type Cancelled, type Conflict, type MergeResult, type PartnerRefusal, type Proposal, type ReplySignature, type Resolution,
} from '../../core';
import { identitiesOf, writeCarefully } from '../files/careful-write';
import type { FileStamp } from '../files/stamp';
import { readPartnerReply } from '../partner/read-reply';
import { checkDocument } from './document';
import type { AppHost, Located, Place } from './host';
import { ERR, fail, ok, type Failure } from './reply';
import { writeProposal } from './write-proposal';

export interface ImportRequest {
  /** The lead's document as it stands (the editor's, possibly unsaved; the command line's, as read). */
  readonly doc: Proposal;
  /** The proposal's file: its folder keeps the merged replies. A handle of this session, or a path (command line). */
  readonly proposal: { readonly handle: string } | { readonly path: string; readonly expected?: FileStamp };
  /** The reply: a place, or (the window's second request, after a decision) the handle the first one returned. */
  readonly reply: Place | { readonly kind: 'handle'; readonly handle: string };
  /** The officer accepted explicitly an unsigned reply, an invalid signature or another signer. */
  readonly accept: boolean;
  /** How conflicts are settled: one side for all, or per conflict. */
  readonly resolution?: Resolution;
  /** Command line: the proposal is saved with the merge (the editor applies the document and saves as usual). */
  readonly save: boolean;
}

/** The reply was merged: the new document, what changed, and where the reply is kept. */
export interface ReplyMerged {
  readonly esito: 'unita';
  readonly doc: Proposal;
  readonly result: MergeResult;
  readonly signature: ReplySignature;
  /** The signature problem the officer accepted, if any. */
  readonly accepted: PartnerRefusal | null;
  /** `risposte/<id>-<req>.proposta-partner[.p7m]`, relative to the proposal. */
  readonly replyFile: string;
}

/** The officer must decide before anything is written: accept the signature as it is, settle the conflicts. */
export interface ReplyToDecide {
  readonly esito: 'da-decidere';
  readonly partner: string;
  readonly name: string;
  readonly signature: ReplySignature;
  /** Null when the reply is validly signed by the partner's legal representative. */
  readonly signatureRefusal: PartnerRefusal | null;
  readonly conflicts: readonly Conflict[];
  /** The reply's file for this session, to send again with the decisions (a dialog is not asked twice); null on the command line. */
  readonly handle: string | null;
}

/** Why a reply is refused (its code and the fields, nothing written), or why a read or write failed. */
export type ImportFailure = Failure & { readonly stage: 'read' | 'refused' | 'write' | 'save'; readonly fields: readonly string[] };

const stopped = (f: Failure, stage: ImportFailure['stage'], fields: readonly string[] = []): ImportFailure => ({ ...f, stage, fields });
const refused = (r: PartnerRefusal): ImportFailure => stopped(fail(r.code, r.fields.length ? `${r.message} Campi: ${r.fields.join(', ')}.` : r.message), 'refused', r.fields);

/** The proposal's path of a request (a session handle, or the command line's path). */
function proposalPath(host: AppHost, p: ImportRequest['proposal']): string | null {
  if ('path' in p) return p.path;
  const known = host.session?.files.get(p.handle);
  return known?.kind === 'proposta' ? known.path : null;
}

/**
 * Keeps the reply's bytes beside the proposal, atomically; `risposte/` is made when missing and
 * must be a real folder (a link could lead outside the proposal's folder). Returns whether the file
 * is new (so that a failed save can take it back).
 */
async function keepReply(host: AppHost, proposal: string, name: string, bytes: Uint8Array): Promise<Reply<{ created: boolean; path: string }>> {
  const folder = join(dirname(proposal), REPLY_FOLDER);
  const st = await lstat(folder).catch(() => null);
  if (st && !st.isDirectory()) return fail('CARTELLA_RISPOSTE_NON_VALIDA', `Accanto alla proposta «${REPLY_FOLDER}» non è una cartella: rinominala o spostala, poi importa di nuovo la risposta. Nulla è stato modificato.`);
  if (!st) await mkdir(folder).catch(() => undefined);
  const path = join(dirname(proposal), name);
  const existed = (await lstat(path).catch(() => null)) !== null;
  // The same request's reply may replace its earlier copy (an import never saved); never a proposal.
  const w = await writeCarefully(path, bytes, { confirmed: true, notAProposal: true, forbidden: await identitiesOf([proposal]) }, host.fx);
  return w.ok ? ok({ created: !existed, path }) : fail(w.error.code, w.error.message);
}

type Reply<T> = { ok: true; value: T } | Failure;

/** Where the reply is: asked (dialog, workspace name, typed path) or, the second time, a file of this session. */
async function replyPlace(host: AppHost, reply: ImportRequest['reply']): Promise<Located> {
  if (reply.kind !== 'handle') return host.locate(reply, 'risposta-comune', 'read');
  const known = host.session?.files.get(reply.handle);
  return known?.kind === 'risposta' ? { ok: true, path: known.path, confirmed: false, followLinks: host.mode !== 'browser' } : ERR.handle();
}

/**
 * «Importa la risposta di un Comune» and `proposta partner import`: reads the reply (plain or signed
 * `.p7m`, verified), checks it belongs to this proposal and to the last request and touches only the
 * partner's parts, judges the signer, merges three ways. Nothing is written while anything is refused
 * or left to decide; then the reply is kept under `risposte/` and (command line) the proposal saved.
 */
export async function importPartnerReply(host: AppHost, req: ImportRequest): Promise<{ ok: true; value: ReplyMerged | ReplyToDecide | Cancelled } | ImportFailure> {
  const now = host.now();
  const path = proposalPath(host, req.proposal);
  if (!path) return stopped('handle' in req.proposal ? fail('PROPOSTA_NON_SALVATA', 'Salva la proposta prima di importare le risposte: le risposte unite si conservano nella sua cartella.') : ERR.handle(), 'read');
  const checked = checkDocument(req.doc, { profile: host.profile, now }, 'la risposta non è stata importata');
  if (!checked.ok) return stopped(checked, 'read');
  const where = await replyPlace(host, req.reply);
  if (!where.ok) return stopped(where, 'read');
  if ('cancelled' in where) return ok({ cancelled: true as const });
  const read = await readPartnerReply(where.path, now, { followLinks: where.followLinks });
  if (!read.ok) return stopped(fail(read.code, `La risposta non è stata importata: ${read.message}`), 'read');
  const module = readPartnerModule(read.data);
  if (!module.ok) return refused(module.refusal);
  const { signature } = read;
  const receipt = { now, firma: signature.state, firmatario: signature.signer, codiceFiscaleFirmatario: signature.fiscalCode };
  const merged = mergePartnerReply(req.doc, module.module, receipt, req.resolution);
  if (!merged.ok) return refused(merged.refusal);
  const signer = signerRefusal(req.doc, module.module, signature);
  const { result } = merged;
  if ((signer && !req.accept) || !result.resolved) {
    const handle = host.session ? host.session.files.register(where.path, 'risposta', null) : null;
    return ok({ esito: 'da-decidere', partner: result.partner, name: bodyName(req.doc, result.partner), signature, signatureRefusal: signer, conflicts: result.conflicts, handle });
  }
  const doc = applyAction(req.doc, { type: 'aggregazione/merge-reply', result }).doc;
  const replyFile = replyFileName(result.partner, module.module.richiesta, read.signed);
  const kept = await keepReply(host, path, replyFile, read.bytes);
  if (!kept.ok) return stopped(kept, 'write');
  if (req.save) {
    const expected = 'expected' in req.proposal ? req.proposal.expected : undefined;
    const saved = await writeProposal(host, path, doc, { confirmed: false, ...(expected ? { expected } : {}) });
    if (!saved.ok) {
      // Nothing written when the proposal could not be: the reply kept a moment ago goes too.
      if (kept.value.created) await unlink(kept.value.path).catch(() => undefined);
      return stopped(saved, 'save');
    }
  }
  return ok({ esito: 'unita', doc, result, signature, accepted: signer, replyFile });
}

/** The replies the browser may import: regular files of the workspace folder with a reply's name (no links). */
export async function replyCandidates(host: AppHost): Promise<{ ok: true; value: { files: Array<{ name: string; size: number }> } }> {
  const dir = host.workspace;
  if (!dir) return ok({ files: [] });
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => REPLY_NAME.test(n)).sort();
  const found = await Promise.all(names.map(async (name) => {
    const st = await lstat(join(dir, name)).catch(() => null);
    return st?.isFile() ? { name, size: st.size } : null;
  }));
  return ok({ files: found.filter((f): f is { name: string; size: number } => f !== null) });
}
