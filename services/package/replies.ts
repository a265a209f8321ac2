import { realpath } from 'node:fs/promises';
import { dirname } from 'node:path';
import { mergedReplies, replyFileIssue, type Proposal } from '../../core';
import { hashBytes } from './hash';
import type { PackedFile } from './manifest';
import { readMergedReply } from './reply-file';

export interface ReplyFile extends PackedFile {
  readonly path: string;
  /** The bytes as checked: the package stores these, not a second read of the file. */
  readonly bytes: Uint8Array;
}

export type RepliesResult =
  | { ok: true; files: ReplyFile[] }
  | { ok: false; problems: Array<{ code: string; file: string; pointer: string; message: string }> };

/**
 * The merged replies of the partners, read from `risposte/` beside the proposal: each goes into the
 * package under the same name. Any file missing or not the merged reply stops the package with the
 * very code and message `proposta validate` and the editor give it.
 */
export async function collectReplies(doc: Proposal, proposalPath: string): Promise<RepliesResult> {
  const folder = await realpath(dirname(proposalPath)).catch(() => dirname(proposalPath));
  const files: ReplyFile[] = [];
  const problems: Array<{ code: string; file: string; pointer: string; message: string }> = [];
  for (const reply of mergedReplies(doc)) {
    const r = await readMergedReply(folder, doc, reply);
    const issue = replyFileIssue(doc, reply, r.state);
    if (issue) problems.push({ code: issue.code, file: reply.name, pointer: issue.pointer, message: issue.message });
    else if (r.state === 'presente') files.push({ name: reply.name, path: r.path, bytes: r.bytes, ...hashBytes(r.bytes) });
  }
  return problems.length ? { ok: false, problems } : { ok: true, files };
}
