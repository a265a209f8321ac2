/**
 * The fingerprint of a partner's parts: SHA-256 over canonical JSON (keys sorted, no spaces).
 *
 * Why SHA-256 rather than a short non-cryptographic hash (FNV): the fingerprint is recorded in the
 * proposal when a module is sent and compared later with a reply's base, which passed through the
 * partner's hands and an e-mail; a 64-bit FNV can be collided on purpose in seconds, SHA-256 cannot,
 * so a base edited by hand is always caught. It is the hash Proposta already uses for attachments,
 * and a pure implementation hashes the parts of a partner (a few kB) in well under a millisecond.
 * Core has no `crypto` (no Node, no DOM): hence ./sha256.ts.
 */
import { sha256Hex } from './sha256';

export { sha256Hex };

// A copy with every object's keys in code-unit order (as Array#sort compares), then the engine's own
// JSON.stringify: 30% faster than a replacer (called for every value) and 2× a hand-written walk.
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortedCopy);
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(obj).sort()) out[k] = sortedCopy(obj[k]);
  return out;
}

/** JSON with object keys sorted at every level: equal data gives equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortedCopy(value)) ?? 'null';
}

/** UTF-8 bytes of a string (core has no TextEncoder type). Lone surrogates become U+FFFD, as TextEncoder does. */
export function utf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  return out.subarray(0, encodeInto(text, out));
}

/** Writes the UTF-8 of `text` into `out` (room for 3 bytes per code unit) and returns the length. */
function encodeInto(text: string, out: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return n;
}

/** The fingerprint of any JSON value: SHA-256 of its canonical JSON in UTF-8. */
export function fingerprint(value: unknown): string {
  const text = canonicalJson(value);
  // One scratch buffer, grown when needed: a merge hashes sixty parts in a row.
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  return sha256Hex(scratch, encodeInto(text, scratch));
}
let scratch = new Uint8Array(1 << 16);
