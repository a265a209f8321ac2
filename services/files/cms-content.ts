/**
 * The content of an enveloping CMS file read without the CMS library: `proposta validate` checks that a
 * merged reply's `.p7m` holds that reply, and must stay light (cli/build.test.ts). Only the path
 * ContentInfo › SignedData › EncapsulatedContentInfo › eContent is walked (RFC 5652, 5.1–5.2), in DER
 * or BER (indefinite lengths, eContent split in chunks as `openssl cms -stream` writes it). Signatures
 * are verified elsewhere (services/sign). Never throws.
 */

/** How the file was encoded. */
export type CmsFileEncoding = 'der' | 'pem' | 'base64';

/** PEM labels used for CMS/PKCS#7 by OpenSSL and the Italian signing programs. */
const PEM = /^-----BEGIN (PKCS7|CMS|PKCS #7 SIGNED DATA)-----\r?\n([A-Za-z0-9+/=\s]*?)-----END \1-----\s*$/;
const BASE64 = /^[A-Za-z0-9+/=\s]+$/;

/** The DER of a CMS file in any of the three encodings, or undefined. Never throws. */
export function decodeCmsFile(bytes: Uint8Array): { der: Uint8Array; encoding: CmsFileEncoding } | undefined {
  if (bytes[0] === 0x30) return { der: bytes, encoding: 'der' };
  // Text encodings: latin1 maps bytes one to one, so nothing non-ASCII can pass the patterns below.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').trim();
  const pem = PEM.exec(text);
  const body = pem ? pem[2] : BASE64.test(text) ? text : undefined;
  if (body === undefined) return undefined;
  const der = new Uint8Array(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
  return der[0] === 0x30 ? { der, encoding: pem ? 'pem' : 'base64' } : undefined;
}

interface Tlv {
  readonly tag: number;
  /** Where the content starts and ends, and where the next element starts. */
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/** Nesting deeper than this is not a reply: a hostile file cannot exhaust the stack. */
const MAX_DEPTH = 16;

/** One element at `at`, within `limit`; undefined when malformed (high tag numbers are not used here). */
function tlv(b: Uint8Array, at: number, limit: number, depth: number): Tlv | undefined {
  if (depth > MAX_DEPTH || at + 2 > limit) return undefined;
  const tag = b[at]!;
  if ((tag & 0x1f) === 0x1f) return undefined;
  const first = b[at + 1]!;
  let start = at + 2;
  if (first === 0x80) {
    if (!(tag & 0x20)) return undefined; // indefinite length only for constructed elements
    let p = start;
    for (;;) {
      if (p + 2 > limit) return undefined;
      if (b[p] === 0 && b[p + 1] === 0) return { tag, start, end: p, next: p + 2 };
      const child = tlv(b, p, limit, depth + 1);
      if (!child) return undefined;
      p = child.next;
    }
  }
  let length = first;
  if (first & 0x80) {
    const n = first & 0x7f;
    if (n > 4 || start + n > limit) return undefined;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + b[start + i]!;
    start += n;
  }
  const end = start + length;
  return end <= limit ? { tag, start, end, next: end } : undefined;
}

/** The children of a constructed element. */
function children(b: Uint8Array, parent: Tlv, depth: number): Tlv[] | undefined {
  const out: Tlv[] = [];
  for (let p = parent.start; p < parent.end;) {
    const c = tlv(b, p, parent.end, depth + 1);
    if (!c) return undefined;
    out.push(c);
    p = c.next;
  }
  return out;
}

/** The bytes of an OCTET STRING, primitive or constructed of chunks. */
function octets(b: Uint8Array, s: Tlv, depth: number): Uint8Array[] | undefined {
  if (s.tag === 0x04) return [b.subarray(s.start, s.end)];
  if (s.tag !== 0x24) return undefined;
  const parts = children(b, s, depth);
  if (!parts) return undefined;
  const out: Uint8Array[] = [];
  for (const p of parts) {
    const inner = octets(b, p, depth + 1);
    if (!inner) return undefined;
    out.push(...inner);
  }
  return out;
}

/** The encapsulated content of an enveloping CMS file (DER, PEM or base64), or undefined (detached, malformed). */
export function cmsContent(file: Uint8Array): Uint8Array | undefined {
  const decoded = decodeCmsFile(file);
  if (!decoded) return undefined;
  const b = decoded.der;
  const root = tlv(b, 0, b.length, 0);
  if (root?.tag !== 0x30) return undefined;
  const [, explicit] = children(b, root, 1) ?? [];
  if (explicit?.tag !== 0xa0) return undefined;
  const [signedData] = children(b, explicit, 2) ?? [];
  if (signedData?.tag !== 0x30) return undefined;
  const encap = (children(b, signedData, 3) ?? [])[2];
  if (encap?.tag !== 0x30) return undefined;
  const [, wrapped] = children(b, encap, 4) ?? [];
  if (wrapped?.tag !== 0xa0) return undefined;
  const [content] = children(b, wrapped, 5) ?? [];
  const parts = content ? octets(b, content, 6) : undefined;
  return parts ? new Uint8Array(Buffer.concat(parts)) : undefined;
}
