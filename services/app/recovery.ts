import { basename } from 'node:path';
import type { Proposal, RecoveryItem, Reply } from '../../core';
import { inspectExisting } from '../files/stamp';
import { checkDocument } from './document';
import type { AppHost } from './host';
import { ERR, fail, ok } from './reply';

/** A copy belongs to this host when it has no file or its file is one the host may use (serve: inside its folder). */
const mine = (host: AppHost) => (path: string | null): boolean => path === null || host.allows(path);

/** The autosave: a copy of unsaved work in the user-data folder (never beside the proposal). */
export async function writeRecovery(host: AppHost, req: { key: string; handle: string | null; doc: Proposal }): Promise<Reply<{ writtenAt: string }>> {
  const s = host.session;
  if (!s) return ERR.handle();
  const known = req.handle ? s.files.get(req.handle) : undefined;
  if (req.handle && known?.kind !== 'proposta') return ERR.handle();
  const now = host.now();
  const checked = checkDocument(req.doc, { profile: host.profile, now }, 'la copia di recupero non è stata scritta');
  if (!checked.ok) return checked;
  return (await s.recovery.write(req.key, known?.path ?? null, req.doc, now))
    ? ok({ writtenAt: now.toISOString() })
    : fail('RECUPERO_NON_SCRITTO', 'La copia di recupero automatica non è stata scritta: salva la proposta appena puoi.');
}

/** The copies left by a session that ended without saving; a damaged copy is left out, never a failure. */
export async function listRecovery(host: AppHost): Promise<Reply<{ items: RecoveryItem[] }>> {
  return ok({ items: host.session ? await host.session.recovery.list(mine(host)) : [] });
}

/**
 * Restores a copy: checked like any document from outside. Its file becomes this session's as it is
 * on disk now, so that a later save notices only changes made after the restore.
 */
export async function openRecovery(host: AppHost, key: string): Promise<Reply<{ doc: Proposal; handle: string | null; name: string | null }>> {
  const s = host.session;
  const copy = s ? await s.recovery.read(key) : null;
  if (!s || !copy) return ERR.recovery();
  const checked = checkDocument(copy.doc, { profile: host.profile, now: host.now() }, 'non può essere aperta: apri il file salvato');
  if (!checked.ok) return fail('RECUPERO_NON_VALIDO', 'La copia di recupero è danneggiata e non può essere aperta: apri il file salvato.', checked.error.issues);
  if (!copy.path || !mine(host)(copy.path)) return ok({ doc: copy.doc, handle: null, name: null });
  const now = await inspectExisting(copy.path).catch(() => null);
  const stamp = now?.kind === 'file' ? now.stamp : null;
  return ok({ doc: copy.doc, handle: s.files.register(copy.path, 'proposta', stamp), name: basename(copy.path) });
}

export async function discardRecovery(host: AppHost, key: string): Promise<Reply<Record<string, never>>> {
  await host.session?.recovery.discard(key);
  return ok({});
}
