import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyProposal, parseProposalText, stampProposal, type CallProfile, type Proposal } from '../core';
import { appRoot } from './app-root';

export const STARTERS_DIR = join(appRoot(), 'templates', 'examples');
const SUFFIX = '.proposta.json';

/** Names of the shipped starters (file names without `.proposta.json`), plus `vuota`. */
export async function listStarters(dir: string = STARTERS_DIR): Promise<string[]> {
  const files = await readdir(dir);
  return ['vuota', ...files.filter((f) => f.endsWith(SUFFIX)).map((f) => f.slice(0, -SUFFIX.length)).sort()];
}

export type StarterResult = { ok: true; doc: Proposal } | { ok: false; code: 'STARTER_SCONOSCIUTO' | 'STARTER_NON_VALIDO' };

/** A new proposal from a starter: fresh id and times, this call profile. */
export async function newFromStarter(name: string, opts: { profile: CallProfile; now: Date }, dir: string = STARTERS_DIR): Promise<StarterResult> {
  const stamp = { id: randomUUID(), now: opts.now, profile: opts.profile };
  if (name === 'vuota') return { ok: true, doc: stampProposal(emptyProposal(), stamp) };
  if (!(await listStarters(dir)).includes(name)) return { ok: false, code: 'STARTER_SCONOSCIUTO' };
  const r = parseProposalText(await readFile(join(dir, name + SUFFIX), 'utf8'), opts);
  if (!r.ok) return { ok: false, code: 'STARTER_NON_VALIDO' };
  return { ok: true, doc: stampProposal(r.doc, stamp) };
}
