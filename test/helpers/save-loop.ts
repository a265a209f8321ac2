// Child process of the kill test: through the real handler table, saves a growing proposal and, after
// each save, autosaves a newer unsaved edit as a recovery copy, until killed. Before each write it
// appends the SHA-256 of what it is about to write to a log, so the parent knows every version that
// may legitimately be on disk.
import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { recoveryKeyFor, touchProposal, type Proposal } from '../../core';
import { serializeProposal } from '../../services/files/save-proposal';
import { dispatch } from '../../services/ipc/dispatch';
import { createHandlers, workspaceHost } from '../../services/ipc';
import { NOW, PROFILE } from './docs';

const [target = '', userData = '', log = '', startAt = '0'] = process.argv.slice(2);
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const handlers = createHandlers(workspaceHost({ userDataDir: userData, workspaceDir: dirname(target), profile: PROFILE, now: () => NOW }));

const opened = await dispatch(handlers, 'file:open', { source: { kind: 'workspace', name: basename(target) } });
if (!opened.ok) throw new Error(opened.error.code);
const { handle, doc: base } = opened.value as { handle: string; doc: Proposal };
const line = base.budget.voci[0];
if (!line) throw new Error('starter without budget lines');

for (let k = Number(startAt); ; k++) {
  const voci = Array.from({ length: k }, (_, i) => ({ ...line, id: `crescita-${i}`, descrizione: `Voce aggiunta n. ${i} `.repeat(8) }));
  const doc: Proposal = { ...base, budget: { ...base.budget, voci: [...base.budget.voci, ...voci] } };
  appendFileSync(log, `file ${sha(serializeProposal(touchProposal(doc, NOW)))}\n`);
  const saved = await dispatch(handlers, 'file:save', { handle, doc });
  if (!saved.ok) throw new Error(saved.error.code);
  const unsaved: Proposal = { ...doc, progetto: { ...doc.progetto, acronimo: `K${k}` } };
  appendFileSync(log, `recupero ${sha(JSON.stringify(unsaved))}\n`);
  const rec = await dispatch(handlers, 'recovery:write', { key: recoveryKeyFor(unsaved), handle, doc: unsaved });
  if (!rec.ok) throw new Error(rec.error.code);
  if (k === Number(startAt)) process.stdout.write('pronto\n');
}
