import { copyFile, lstat, mkdir, readdir, realpath } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { ATTACHMENTS_FOLDER, attachmentFileIssue, mergedReplies, replyFileIssue, type AttachmentCheck, type Cancelled, type Issue, type Proposal, type Reply } from '../../core';
import { insideFolder as inside, readAttachment } from '../package/attachment-file';
import { readMergedReply } from '../package/reply-file';
import { hashFile } from '../package/hash';
import { checkDocument } from './document';
import type { AppHost, Place } from './host';
import { ERR, fail, ok } from './reply';


/** One attachment's file, as the package would read it (services/package/attachments.ts). */
async function checkOne(folder: string, nomeFile: string, declared: string): Promise<AttachmentCheck> {
  const r = await readAttachment(folder, nomeFile, declared, hashFile);
  return 'digest' in r ? { nomeFile, state: r.state, size: r.digest.size, sha256: r.digest.sha256 } : { nomeFile, state: r.state };
}

/**
 * The files of the declared attachments and of the partners' merged replies, read beside the proposal.
 * One function for the editor (live), `proposta validate` and the package, so that the three always agree.
 */
export async function checkAttachmentFiles(doc: Proposal, proposalPath: string): Promise<{ checks: AttachmentCheck[]; issues: Issue[] }> {
  const folder = await realpath(dirname(proposalPath)).catch(() => dirname(proposalPath));
  const checks = await Promise.all(doc.allegati.elenco.map((a) => checkOne(folder, a.nomeFile, a.sha256)));
  const issues = checks.flatMap((c, i) => attachmentFileIssue(i, doc.allegati.elenco[i]!, c.state) ?? []);
  const replies = mergedReplies(doc);
  const states = await Promise.all(replies.map((r) => readMergedReply(folder, doc, r)));
  issues.push(...replies.flatMap((r, i) => replyFileIssue(doc, r, states[i]!.state) ?? []));
  return { checks, issues };
}

/** The proposal's file of a request: a handle of this session, or a path on the command line. */
function proposalPathOf(host: AppHost, proposal: { readonly handle: string } | { readonly path: string }): string | null {
  if ('path' in proposal) return proposal.path;
  const known = host.session?.files.get(proposal.handle);
  return known?.kind === 'proposta' ? known.path : null;
}

/** «Allegati»: what the window shows beside each attachment, and the issues it adds to Problemi. */
export async function checkAttachments(host: AppHost, req: { doc: Proposal; proposal: { readonly handle: string } }): Promise<Reply<{ issues: Issue[]; files: AttachmentCheck[] }>> {
  const path = proposalPathOf(host, req.proposal);
  if (!path) return ERR.handle();
  const checked = checkDocument(req.doc, { profile: host.profile, now: host.now() }, 'gli allegati non sono stati controllati');
  if (!checked.ok) return checked;
  const r = await checkAttachmentFiles(checked.doc, path);
  return ok({ issues: r.issues, files: r.checks });
}

/** Formats an officer attaches: documents, signed documents, spreadsheets, images, archives. */
export const ATTACHMENT_EXTENSIONS = ['pdf', 'p7m', 'p7s', 'docx', 'doc', 'odt', 'xlsx', 'xls', 'ods', 'csv', 'xml', 'zip', 'jpg', 'jpeg', 'png', 'tif', 'tiff', 'txt'];

/** A name not yet used in the folder: `delibera.pdf`, then `delibera (2).pdf`… */
async function freeName(folder: string, name: string): Promise<string> {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${stem} (${n})${ext}`;
    if (!(await lstat(join(folder, candidate)).catch(() => null))) return candidate;
  }
}

/**
 * «Aggiungi un file»: the file the officer chose (a dialog on the desktop, a file of the workspace folder
 * in the browser) becomes an attachment. A file already in `allegati/` beside the proposal is referenced
 * where it is; any other is copied there once (never over another file). The app
 * computes the fingerprint: nobody types a SHA-256.
 */
export async function addAttachment(host: AppHost, req: { proposal: { readonly handle: string }; source: Place }): Promise<Reply<{ nomeFile: string; sha256: string; size: number } | Cancelled>> {
  const proposalPath = proposalPathOf(host, req.proposal);
  if (!proposalPath) return fail('PROPOSTA_NON_SALVATA', 'Salva la proposta prima di allegare file: gli allegati stanno nella sua cartella.');
  const folder = await realpath(dirname(proposalPath));
  const source = await sourcePath(host, req.source, folder);
  if (!source.ok) return source;
  if ('cancelled' in source.value) return ok({ cancelled: true as const });
  const from = source.value.path;
  const info = await lstat(from).catch(() => null);
  if (!info?.isFile()) return fail('ALLEGATO_NON_LEGGIBILE', 'Il file scelto non è un file normale che si possa allegare: scegline un altro.');
  if (!ATTACHMENT_EXTENSIONS.includes(extname(from).slice(1).toLowerCase())) {
    return fail('ALLEGATO_FORMATO', `I file «${extname(from) || 'senza estensione'}» non si allegano: usa PDF (anche firmato .p7m), documenti, fogli di calcolo o immagini.`);
  }
  let target = from;
  const dir = join(folder, ATTACHMENTS_FOLDER);
  if (!inside(dir, await realpath(from))) {
    await mkdir(dir, { recursive: true });
    target = join(dir, await freeName(dir, basename(from)));
    await copyFile(from, target, 1 /* COPYFILE_EXCL: never over another file */);
  }
  const d = await hashFile(target).catch(() => null);
  if (!d) return fail('ALLEGATO_NON_LEGGIBILE', 'Il file scelto non si può leggere: controlla i permessi e riprova.');
  return ok({ nomeFile: relative(folder, target).split(sep).join('/'), sha256: d.sha256, size: d.size });
}

/** The chosen file: from a dialog, or a name in the workspace folder (or its `allegati/`), never a link. */
async function sourcePath(host: AppHost, place: Place, folder: string): Promise<Reply<{ path: string } | { cancelled: true }>> {
  if (place.kind !== 'workspace') {
    const where = await host.locate(place, 'allegato', 'read');
    if (!where.ok) return where;
    return 'cancelled' in where ? ok({ cancelled: true as const }) : ok({ path: where.path });
  }
  if (!host.workspace) return ERR.noWorkspace();
  const path = join(host.workspace, place.name);
  const info = await lstat(path).catch(() => null);
  if (!info || info.isSymbolicLink() || !inside(host.workspace, path) || dirname(path) !== folder && dirname(path) !== join(folder, ATTACHMENTS_FOLDER)) return ERR.outside();
  return ok({ path });
}

/** The browser's choice of files to attach: the workspace folder and its `allegati/`, regular files of the formats above. */
export async function attachmentCandidates(host: AppHost): Promise<Reply<{ files: Array<{ name: string; size: number }> }>> {
  if (!host.workspace) return ok({ files: [] });
  const out: Array<{ name: string; size: number }> = [];
  for (const sub of ['', ATTACHMENTS_FOLDER]) {
    const dir = join(host.workspace, sub);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) {
      if (!ATTACHMENT_EXTENSIONS.includes(extname(name).slice(1).toLowerCase())) continue;
      const s = await lstat(join(dir, name)).catch(() => null);
      if (s?.isFile()) out.push({ name: sub ? `${sub}/${name}` : name, size: s.size });
    }
  }
  return ok({ files: out });
}

/**
 * The example attachments of the starters (templates/examples/allegati/, beside the starters, so that a
 * starter validates where it lies), copied beside a proposal saved for the first time, so that one made
 * from a starter validates and packages as it is.
 * A file is copied only where the proposal declares it with that example's very fingerprint and nothing
 * is there yet: an officer's own files are never touched. Each example is marked ESEMPIO.
 */
export async function copyExampleAttachments(doc: Proposal, proposalPath: string, startersDir: string): Promise<number> {
  const root = join(startersDir, ATTACHMENTS_FOLDER);
  let copied = 0;
  for (const a of doc.allegati.elenco) {
    const to = join(dirname(proposalPath), a.nomeFile);
    if (a.sha256 === '' || !inside(dirname(proposalPath), to) || (await lstat(to).catch(() => null))) continue;
    const from = join(root, basename(a.nomeFile));
    const d = await hashFile(from).catch(() => null);
    if (d?.sha256 !== a.sha256) continue;
    await mkdir(dirname(to), { recursive: true });
    await copyFile(from, to, 1);
    copied++;
  }
  return copied;
}
