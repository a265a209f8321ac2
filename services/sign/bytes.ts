/** Byte helpers shared by the signing code. */
import { createHash } from 'node:crypto';

/** Digest names as WebCrypto spells them, with the Node hash and the OID used in CMS. */
export const DIGESTS = {
  'SHA-256': { node: 'sha256', oid: '2.16.840.1.101.3.4.2.1' },
  'SHA-384': { node: 'sha384', oid: '2.16.840.1.101.3.4.2.2' },
  'SHA-512': { node: 'sha512', oid: '2.16.840.1.101.3.4.2.3' },
  'SHA-1': { node: 'sha1', oid: '1.3.14.3.2.26' },
} as const;

/** A digest algorithm name of {@link DIGESTS}. */
export type DigestName = keyof typeof DIGESTS;

/** The digest name for an OID, or undefined when this service does not know it. */
export function digestByOid(oid: string): DigestName | undefined {
  return (Object.keys(DIGESTS) as DigestName[]).find((name) => DIGESTS[name].oid === oid);
}

/** Hashes one or more chunks (the PDF ByteRange comes in two pieces). */
export function digest(name: DigestName, ...chunks: Uint8Array[]): Uint8Array {
  const hash = createHash(DIGESTS[name].node);
  for (const chunk of chunks) hash.update(chunk);
  return new Uint8Array(hash.digest());
}

/** A fresh ArrayBuffer holding exactly these bytes: asn1js and WebCrypto want ArrayBuffers, not views. */
export function toArrayBuffer(bytes: Uint8Array | ArrayBuffer): ArrayBuffer {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const copy = new Uint8Array(view.byteLength);
  copy.set(view);
  return copy.buffer;
}

/** Constant-shape byte comparison (not timing safe: these are public digests). */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Order of two DER encodings inside a SET OF (X.690 11.6: compared as octet strings, the shorter one
 * padded with zero octets). Signed attributes must be sorted this way, because verifiers such as
 * OpenSSL re-encode the SET before checking the signature.
 */
export function compareDer(a: Uint8Array, b: Uint8Array): number {
  const length = Math.max(a.byteLength, b.byteLength);
  for (let i = 0; i < length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
