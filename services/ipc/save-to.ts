import { basename } from 'node:path';
import { recoveryKeyFor, type Proposal, type Reply } from '../../core';
import { saveProposal } from '../files/save-proposal';
import { fail, ok } from './errors';
import type { HostPorts } from './ports';
import type { RecentList } from './recent';
import type { RecoveryStore } from './recovery';

/** Saves atomically, remembers the file, and drops the recovery copy: the work is now safe. */
export async function saveTo(
  path: string,
  doc: Proposal,
  ports: HostPorts,
  recent: RecentList,
  recovery: RecoveryStore,
): Promise<Reply<{ name: string; savedAt: string }>> {
  const now = ports.now();
  const r = await saveProposal(path, doc, { profile: ports.profile, now });
  if (!r.ok) return fail(r.error.code, r.error.message);
  await recent.remember(path);
  await recovery.discard(recoveryKeyFor(doc));
  return ok({ name: basename(path), savedAt: now.toISOString() });
}
