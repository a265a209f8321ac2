import { basename } from 'node:path';
import type { Cancelled, Proposal, Reply } from '../../core';
import { STARTERS_DIR } from '../starters';
import { copyExampleAttachments } from './attachments';
import { checkDocument } from './document';
import type { AppHost, Place } from './host';
import { ok } from './reply';
import { rememberSaved, writeProposal } from './write-proposal';

/**
 * «Salva con nome» (and `proposta new`): a new file, or an existing one only when the officer
 * confirmed replacing it (`overwrite`, or the native dialog's own question). A proposal of a newer
 * format, a link, a read-only file are never replaced. Saving onto a file this session has open is
 * a save of it, with its check for another program's change.
 */
export async function saveAs(
  host: AppHost,
  req: { target: Place; doc: Proposal; overwrite?: boolean },
): Promise<Reply<{ handle: string | null; name: string; savedAt: string; path: string } | Cancelled>> {
  // The document first, before any dialog: the same answer on every host.
  const checked = checkDocument(req.doc, { profile: host.profile, now: host.now() }, 'non è stata salvata');
  if (!checked.ok) return checked;
  const where = await host.locate(req.target, 'proposta', 'write');
  if (!where.ok) return where;
  if ('cancelled' in where) return ok({ cancelled: true as const });
  const known = host.session?.files.atPath(where.path);
  const expected = known?.kind === 'proposta' && known.stamp ? { expected: known.stamp } : {};
  const r = await writeProposal(host, where.path, req.doc, { confirmed: where.confirmed || req.overwrite === true, ...expected });
  if (!r.ok) return r;
  const handle = await rememberSaved(host, where.path, r.value.stamp, req.doc);
  // A proposal made from a starter finds its example attachments beside it (never over a file).
  await copyExampleAttachments(req.doc, where.path, host.startersDir ?? STARTERS_DIR).catch(() => 0);
  return ok({ handle, name: basename(where.path), savedAt: r.value.savedAt, path: where.path });
}
