import { realpath } from 'node:fs/promises';
import { dirname } from 'node:path';
import { attachmentFileIssue, packagedAttachmentName, type Proposal } from '../../core';
import { readAttachment } from './attachment-file';
import { digestFile } from './digest';
import type { PackedFile } from './manifest';

export interface AttachmentFile extends PackedFile {
  readonly path: string;
  /** Taken in the same read as the SHA-256: the zip needs it and the file is not read again for it. */
  readonly crc32: number;
}

export type AttachmentsResult =
  | { ok: true; files: AttachmentFile[] }
  | { ok: false; problems: Array<{ code: string; file: string; pointer: string; message: string }> };

/**
 * The attachments the proposal declares, read from paths relative to the proposal's folder, each in one
 * read for its SHA-256 and CRC-32. Any file not as declared stops the package with the very code and
 * message `proposta validate` and the editor give it.
 */
export async function collectAttachments(doc: Proposal, proposalPath: string): Promise<AttachmentsResult> {
  const folder = await realpath(dirname(proposalPath)).catch(() => dirname(proposalPath));
  const files: AttachmentFile[] = [];
  const problems: Array<{ code: string; file: string; pointer: string; message: string }> = [];
  for (const [i, a] of doc.allegati.elenco.entries()) {
    const r = await readAttachment(folder, a.nomeFile, a.sha256, digestFile);
    const issue = attachmentFileIssue(i, a, r.state);
    if (issue) problems.push({ code: issue.code, file: a.nomeFile, pointer: issue.pointer, message: issue.message });
    else if ('path' in r) files.push({ name: packagedAttachmentName(a.nomeFile), path: r.path, ...r.digest });
  }
  return problems.length ? { ok: false, problems } : { ok: true, files };
}
