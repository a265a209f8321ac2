/**
 * Path building from a signer certificate to a trust anchor with Node's X.509 support: each link is
 * checked by name and key identifiers (checkIssued) and by signature (verify); intermediate CAs must
 * be CA certificates valid at the time of the check. Anchors (from `--ca` or the trusted list) are
 * taken as given, as RFC 5280 6.1 does. Revocation is not checked: there is no network.
 */
import { X509Certificate } from 'node:crypto';

/** Outcome of {@link buildChain}. */
export type ChainResult =
  | { trusted: true; path: X509Certificate[]; anchor: X509Certificate }
  | { trusted: false; code: 'CATENA_NON_FIDATA' | 'CATENA_NON_VALIDA' | 'CERTIFICATO_NON_LEGGIBILE' };

const MAX_DEPTH = 8;

function parse(der: Uint8Array): X509Certificate | undefined {
  try {
    return new X509Certificate(der);
  } catch {
    return undefined;
  }
}

/** The same certificate, or the same subject with the same key (a re-issued or cross-certified CA). */
function sameEntity(a: X509Certificate, b: X509Certificate): boolean {
  if (a.fingerprint256 === b.fingerprint256) return true;
  return a.subject === b.subject
    && a.publicKey.export({ type: 'spki', format: 'der' }).equals(b.publicKey.export({ type: 'spki', format: 'der' }));
}

function issues(issuer: X509Certificate, subject: X509Certificate): boolean {
  try {
    return subject.checkIssued(issuer) && subject.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

const validAt = (cert: X509Certificate, at: Date): boolean =>
  at.getTime() >= new Date(cert.validFrom).getTime() && at.getTime() <= new Date(cert.validTo).getTime();

/**
 * Builds a path from `signer` through `intermediates` (the certificates embedded in the signature) to
 * one of `anchors`, checking intermediate CAs at `at`. Never throws.
 */
export function buildChain(signer: Uint8Array, intermediates: readonly Uint8Array[], anchors: readonly Uint8Array[], at: Date): ChainResult {
  const leaf = parse(signer);
  if (!leaf) return { trusted: false, code: 'CERTIFICATO_NON_LEGGIBILE' };
  const trusted = anchors.map(parse).filter((c): c is X509Certificate => c !== undefined);
  const pool = intermediates.map(parse).filter((c): c is X509Certificate => c !== undefined && !sameEntity(c, leaf));
  const path: X509Certificate[] = [leaf];
  let current = leaf;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const direct = trusted.find((anchor) => sameEntity(anchor, current));
    if (direct && depth > 0) return { trusted: true, path, anchor: direct };
    const anchor = trusted.find((a) => issues(a, current));
    if (anchor) return { trusted: true, path, anchor };
    const next = pool.find((c) => !path.some((p) => sameEntity(p, c)) && issues(c, current));
    if (!next) return { trusted: false, code: 'CATENA_NON_FIDATA' };
    if (!next.ca || !validAt(next, at)) return { trusted: false, code: 'CATENA_NON_VALIDA' };
    path.push(next);
    current = next;
  }
  return { trusted: false, code: 'CATENA_NON_FIDATA' };
}
