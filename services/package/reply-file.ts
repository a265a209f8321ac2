// A merged reply's file as the editor, `proposta validate` and the package read it: one classifier, so
// that the three always agree. Light (no CMS library): `proposta validate` loads it.
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { isReplyOf, MAX_PROPOSAL_BYTES, parseJsonSafely, type MergedReply, type Proposal, type ReplyFileState } from '../../core';
import { cmsContent } from '../files/cms-content';
import { readRegularFile } from '../files/read';
import { insideFolder } from './attachment-file';

/** A signed reply carries certificates besides the module (as services/partner/read-reply). */
const MAX_REPLY_BYTES = MAX_PROPOSAL_BYTES + 1024 * 1024;

/** The module a reply file carries: the JSON itself, or the content of its enveloping CMS. */
function moduleOf(bytes: Uint8Array, signed: boolean): unknown {
  const content = signed ? cmsContent(bytes) : bytes;
  if (!content) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return undefined;
  }
  const parsed = parseJsonSafely(text);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * The file of a merged reply, read once: present (its bytes, which the package stores as they were
 * checked), missing, outside the proposal's folder (through `..` or a link), unreadable, or not the
 * reply the proposal merged (another proposal, partner or request, or not a module at all).
 */
export async function readMergedReply(folder: string, doc: Proposal, reply: MergedReply): Promise<{ state: Exclude<ReplyFileState, 'presente'> } | { state: 'presente'; path: string; bytes: Uint8Array }> {
  let real: string;
  try {
    real = await realpath(join(folder, reply.name));
  } catch {
    return { state: 'mancante' };
  }
  if (!insideFolder(folder, real)) return { state: 'fuori-cartella' };
  const r = await readRegularFile(real, MAX_REPLY_BYTES);
  if (!r.ok) return { state: 'non-leggibile' };
  const bytes = new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength);
  return isReplyOf(doc, reply, moduleOf(bytes, reply.signed)) ? { state: 'presente', path: real, bytes } : { state: 'diverso' };
}
