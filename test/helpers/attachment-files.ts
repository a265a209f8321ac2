// Attachments as the app leaves them: each file written beside the proposal and its SHA-256 declared.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Allegato, Proposal } from '../../core';

/** `doc` declaring, for each attachment, the fingerprint of `content(a)` (pure: nothing written). */
export function fingerprinted(doc: Proposal, content: (a: Allegato) => string | Buffer): Proposal {
  const elenco = doc.allegati.elenco.map((a) => ({ ...a, sha256: createHash('sha256').update(content(a)).digest('hex') }));
  return { ...doc, allegati: { ...doc.allegati, elenco } };
}

/** Writes each attachment's `content(a)` under `dir`, where `doc` declares it. */
export function writeAttachments(doc: Proposal, dir: string, content: (a: Allegato) => string | Buffer): void {
  for (const a of doc.allegati.elenco) {
    mkdirSync(dirname(join(dir, a.nomeFile)), { recursive: true });
    writeFileSync(join(dir, a.nomeFile), content(a));
  }
}
