import { MAX_PROPOSAL_BYTES, recoveryKeyFor, touchProposal, type Proposal, type Reply } from '../../core';
import { writeCarefully, type WritePolicy } from '../files/careful-write';
import { serializeProposal } from '../files/save-proposal';
import type { FileStamp } from '../files/stamp';
import { checkDocument } from './document';
import type { AppHost } from './host';
import { fail, ok } from './reply';

const MB = MAX_PROPOSAL_BYTES / (1024 * 1024);

/**
 * Writes a proposal at `path`, the common core of save, save as and `proposta new`: the document is
 * checked first, marked as saved now, refused when larger than what opening accepts, then written
 * carefully (atomic, `.bak` of the previous version, owner and permissions kept, see writeCarefully).
 */
export async function writeProposal(
  host: AppHost,
  path: string,
  doc: Proposal,
  policy: Omit<WritePolicy, 'backup' | 'notAProposal'>,
): Promise<Reply<{ stamp: FileStamp; savedAt: string }>> {
  const now = host.now();
  const checked = checkDocument(doc, { profile: host.profile, now }, "non è stata salvata: il file precedente è rimasto com'era");
  if (!checked.ok) return checked;
  const bytes = new TextEncoder().encode(serializeProposal(touchProposal(doc, now)));
  if (bytes.byteLength > MAX_PROPOSAL_BYTES) {
    return fail('PROPOSTA_TROPPO_GRANDE', `La proposta supera ${MB} MB, il limite dei file che Proposta apre: non è stata salvata e il file precedente è rimasto com'era. Togli i contenuti incollati per errore (testi o tabelle molto lunghi) e salva di nuovo.`);
  }
  const r = await writeCarefully(path, bytes, { ...policy, backup: true }, host.fx);
  return r.ok ? ok({ stamp: r.stamp, savedAt: now.toISOString() }) : fail(r.error.code, r.error.message);
}

/** After a save: the file is this session's (with what it now holds), recent, and its recovery copy is no longer needed. */
export async function rememberSaved(host: AppHost, path: string, stamp: FileStamp, doc: Proposal): Promise<string | null> {
  const s = host.session;
  if (!s) return null;
  const handle = s.files.register(path, 'proposta', stamp);
  await s.recent.remember(path);
  await s.recovery.discard(recoveryKeyFor(doc));
  return handle;
}
