import type { Reply } from '../../core';
import { checkTarget, identitiesOf, writeCarefully, type WritePolicy } from '../files/careful-write';
import type { AppHost } from './host';
import { fail, ok } from './reply';

/**
 * The write policy of an output (dossier, package): never a proposal (the one exported, any other
 * of this session, any file holding one), never an input, never an existing file unless confirmed.
 */
export async function outputPolicy(host: AppHost, confirmed: boolean, inputs: readonly string[]): Promise<WritePolicy> {
  return { confirmed, notAProposal: true, forbidden: await identitiesOf([...inputs, ...(host.session?.files.proposals() ?? [])]) };
}

/** Refuses at once a target the write would refuse, before the long work that precedes it. */
export async function preflight(path: string, policy: WritePolicy): Promise<Reply<null>> {
  const refused = await checkTarget(path, policy);
  return refused ? fail(refused.code, refused.message) : ok(null);
}

/** Writes an output carefully; the session learns it (its folder can be shown on the desktop). */
export async function writeOutput(host: AppHost, path: string, source: Uint8Array | AsyncIterable<Uint8Array>, policy: WritePolicy): Promise<Reply<{ handle: string | null }>> {
  const r = await writeCarefully(path, source, policy, host.fx);
  if (!r.ok) return fail(r.error.code, r.error.message);
  return ok({ handle: host.session ? host.session.files.register(path, 'uscita', r.stamp) : null });
}
