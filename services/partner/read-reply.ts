/**
 * A partner's reply as the lead receives it: a plain `.proposta-partner`, or the same module inside an
 * enveloping CAdES `.p7m` (signed with Proposta, or with the card software). The signature is
 * verified here; whether the signer is the right person is core's judgement (signerRefusal).
 */
import { MAX_PROPOSAL_BYTES, parseJsonSafely, type ReplySignature } from '../../core';
import { readRegularFile } from '../files/read';
import { readP7m } from '../sign/p7m-read';
import { verifyP7m } from '../sign/p7m-verify';

/** A signed reply carries certificates besides the module: room for a long chain. */
const MAX_REPLY_BYTES = MAX_PROPOSAL_BYTES + 1024 * 1024;

export type ReadReply =
  | { ok: true; data: unknown; bytes: Uint8Array; signed: boolean; signature: ReplySignature }
  | { ok: false; code: string; message: string };

const UNSIGNED: ReplySignature = { state: 'assente', signer: '', fiscalCode: '' };

function parseModule(bytes: Uint8Array): { ok: true; data: unknown } | { ok: false; code: string; message: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, code: 'CODIFICA_NON_VALIDA', message: 'il file della risposta non è un testo UTF-8.' };
  }
  const parsed = parseJsonSafely(text);
  return parsed.ok ? { ok: true, data: parsed.value } : { ok: false, code: parsed.error.code, message: parsed.error.message };
}

/**
 * Reads a reply from its bytes. A `.p7m` is recognised by its content, not its name, so a signed file
 * renamed by a mail client is still verified; a file that is neither JSON nor CMS is refused.
 */
export async function readReplyBytes(bytes: Uint8Array, now = new Date()): Promise<ReadReply> {
  const cms = readP7m(bytes);
  if (!cms.ok) {
    const plain = parseModule(bytes);
    return plain.ok ? { ok: true, data: plain.data, bytes, signed: false, signature: UNSIGNED } : plain;
  }
  const verified = await verifyP7m(bytes, { now });
  const content = verified.content ?? new Uint8Array(0);
  const inner = parseModule(content);
  if (!inner.ok) return { ok: false, code: 'RISPOSTA_FIRMATA_ILLEGGIBILE', message: `il file firmato non contiene un modulo di Proposta leggibile (${inner.message})` };
  const first = verified.signers[0];
  const signature: ReplySignature = {
    state: verified.valid ? 'valida' : 'non-valida',
    signer: first?.signer?.commonName ?? '',
    fiscalCode: first?.signer?.fiscalCode ?? '',
  };
  return { ok: true, data: inner.data, bytes, signed: true, signature };
}

/**
 * Reads a reply file (a regular file of bounded size; a link only when `followLinks`, never in
 * `proposta serve`) and verifies its signature if any.
 */
export async function readPartnerReply(path: string, now = new Date(), opts: { followLinks: boolean } = { followLinks: true }): Promise<ReadReply> {
  const r = await readRegularFile(path, MAX_REPLY_BYTES, opts);
  if (!r.ok) return { ok: false, code: r.reason, message: 'il file della risposta non si può leggere (non esiste, non è un file normale, è troppo grande o mancano i permessi).' };
  return readReplyBytes(new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength), now);
}
