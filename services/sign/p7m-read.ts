/** Reading `.p7m` files as Italian signing programs write them: DER, PEM or bare base64. */
import { decodeCmsFile, type CmsFileEncoding } from '../files/cms-content';
import { parseSignedData, type ParsedCms } from './cms-parse';

export { decodeCmsFile, type CmsFileEncoding };

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
