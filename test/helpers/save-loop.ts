// Child process of the kill test: saves a growing proposal in a loop until killed. Before each save
// it appends the SHA-256 of what it is about to write to a log, so the parent knows every version
// that may legitimately be on disk.
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../services/files/save';
import { serializeProposal } from '../../services/files/save-proposal';
import type { Proposal } from '../../core';

const [target = '', log = '', starter = '', startAt = '0'] = process.argv.slice(2);
const base = JSON.parse(readFileSync(starter, 'utf8')) as Proposal;
const line = base.budget.voci[0];
if (!line) throw new Error('starter without budget lines');

for (let k = Number(startAt); ; k++) {
  const voci = Array.from({ length: k }, (_, i) => ({ ...line, id: `crescita-${i}`, descrizione: `Voce aggiunta n. ${i} `.repeat(8) }));
  const doc: Proposal = { ...base, budget: { ...base.budget, voci: [...base.budget.voci, ...voci] } };
  const bytes = new TextEncoder().encode(serializeProposal(doc));
  appendFileSync(log, `${createHash('sha256').update(bytes).digest('hex')}\n`);
  const r = await writeFileAtomic(target, bytes);
  if (!r.ok) throw new Error(r.error.code);
  if (k === Number(startAt)) process.stdout.write('pronto\n');
}
