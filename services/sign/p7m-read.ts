/** Reading `.p7m` files as Italian signing programs write them: DER, PEM or bare base64. */
import { parseSignedData, type ParsedCms } from './cms-parse';

/** How the file was encoded. */
export type CmsFileEncoding = 'der' | 'pem' | 'base64';

/** A readable enveloping CMS. */
export interface ReadP7m {
  ok: true;
  encoding: CmsFileEncoding;
  /** The DER (or BER) bytes of the ContentInfo. */
  der: Uint8Array;
  parsed: ParsedCms;
}

/** Why a `.p7m` cannot be read. */
export interface P7mFailure {
  ok: false;
  code: 'P7M_NON_LEGGIBILE' | 'P7M_SENZA_CONTENUTO';
}

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

/**
 * Reads an enveloping CAdES file: a CMS SignedData whose content travels inside. A detached
 * signature (no eContent) is refused with `P7M_SENZA_CONTENUTO`. Never throws.
 */
export function readP7m(bytes: Uint8Array): ReadP7m | P7mFailure {
  const decoded = decodeCmsFile(bytes);
  const parsed = decoded ? parseSignedData(decoded.der) : undefined;
  if (!decoded || !parsed) return { ok: false, code: 'P7M_NON_LEGGIBILE' };
  if (!parsed.content) return { ok: false, code: 'P7M_SENZA_CONTENUTO' };
  return { ok: true, encoding: decoded.encoding, der: decoded.der, parsed };
}
