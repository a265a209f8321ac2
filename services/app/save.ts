import { basename } from 'node:path';
import type { Proposal, Reply } from '../../core';
import type { AppHost } from './host';
import { ERR, ok } from './reply';
import { rememberSaved, writeProposal } from './write-proposal';

/**
 * «Salva»: writes the open proposal back to its file. If another program changed the file since
 * Proposta read or wrote it, nothing is written and the answer is FILE_MODIFICATO_ESTERNAMENTE:
 * the window offers to overwrite (`overwrite: true`), to save as, or to reload.
 */
export async function saveFile(host: AppHost, req: { handle: string; doc: Proposal; overwrite?: boolean }): Promise<Reply<{ name: string; savedAt: string }>> {
  const known = host.session?.files.get(req.handle);
  if (!known || known.kind !== 'proposta') return ERR.handle();
  const r = await writeProposal(host, known.path, req.doc, { confirmed: req.overwrite === true, ...(known.stamp ? { expected: known.stamp } : {}) });
  if (!r.ok) return r;
  await rememberSaved(host, known.path, r.value.stamp, req.doc);
  return ok({ name: basename(known.path), savedAt: r.value.savedAt });
}
