import { realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { packagedAttachmentName, type Proposal } from '../../core';
import { digestFile } from './digest';
import type { PackedFile } from './manifest';

export interface AttachmentFile extends PackedFile {
  readonly path: string;
  /** Taken in the same read as the SHA-256: the zip needs it and the file is not read again for it. */
  readonly crc32: number;
}

export type AttachmentsResult =
  | { ok: true; files: AttachmentFile[] }
  | { ok: false; problems: Array<{ code: string; file: string; message: string }> };

/**
 * The attachments the proposal declares, read from paths relative to the proposal's folder. A path
 * leading outside that folder (through `..` or a link) or a missing file stops the package.
 */
export async function collectAttachments(doc: Proposal, proposalPath: string): Promise<AttachmentsResult> {
  const base = await realpath(dirname(proposalPath)).catch(() => null);
  if (base === null) return { ok: false, problems: [{ code: 'ALLEGATO_MANCANTE', file: '', message: 'La cartella della proposta non esiste più: salva la proposta e riprova.' }] };
  const files: AttachmentFile[] = [];
  const problems: Array<{ code: string; file: string; message: string }> = [];
  for (const a of doc.allegati.elenco) {
    const full = join(base, a.nomeFile);
    let real: string;
    try {
      real = await realpath(full);
      if (!(await stat(real)).isFile()) throw new Error('non è un file');
    } catch {
      problems.push({ code: 'ALLEGATO_MANCANTE', file: a.nomeFile, message: `L'allegato «${a.nomeFile}» non si trova nella cartella della proposta: copialo lì (o correggi il percorso) e riprova.` });
      continue;
    }
    const rel = relative(base, real);
    if (rel.startsWith('..') || rel.split(sep).includes('..')) {
      problems.push({ code: 'ALLEGATO_FUORI_CARTELLA', file: a.nomeFile, message: `L'allegato «${a.nomeFile}» è fuori dalla cartella della proposta: copialo nella cartella e riprova.` });
      continue;
    }
    try {
      files.push({ name: packagedAttachmentName(a.nomeFile), path: real, ...(await digestFile(real)) });
    } catch {
      problems.push({ code: 'ALLEGATO_NON_LEGGIBILE', file: a.nomeFile, message: `L'allegato «${a.nomeFile}» non si può leggere (permessi, o non è un file normale): controllalo e riprova.` });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, files };
}
