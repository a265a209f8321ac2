/** Reading a PKCS#12 (.p12/.pfx) file into a signer identity. */
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { MESSAGES, type P12ErrorCode } from './codes';
import { describeCertificate, parseCertificate, validityAt, type CertificateSubject } from './cert-info';
import { importAlgorithm, type SignerIdentity } from './key';

/** A signer read from a .p12: pass it to the signing functions. The key lives only in memory. */
export interface LoadedSigner extends SignerIdentity {
  /** Opaque private key: printing or JSON-encoding it does not reveal the key material. */
  key: KeyObject;
  certificate: Uint8Array;
  /** The other certificates of the file, issuer of the signer first. */
  chain: Uint8Array[];
  subject: CertificateSubject;
  notBefore: Date;
  notAfter: Date;
}

/** A usable .p12: the signer's fields, also grouped as `signer` for callers that pass it along. */
export interface P12Ok extends LoadedSigner {
  ok: true;
  signer: LoadedSigner;
}

/** Why the .p12 cannot be used, with an Italian message. */
export interface P12Failure {
  ok: false;
  code: P12ErrorCode;
  message: string;
}

/** Outcome of {@link loadP12}. */
export type P12Result = P12Ok | P12Failure;

const fail = (code: P12ErrorCode): P12Failure => ({ ok: false, code, message: MESSAGES[code] });

const fromBinary = (bytes: string): Buffer => Buffer.from(bytes, 'binary');

/** PKCS#12 bag types (RFC 7292); forge's typings leave `pki.oids` untyped. */
const OIDS = {
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
} as const;

function bagsOf(pfx: forge.pkcs12.Pkcs12Pfx, bagType: string): forge.pkcs12.Bag[] {
  return pfx.getBags({ bagType })[bagType] ?? [];
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : '');

/** The PFX without its macData: only for a second pass after forge has verified the MAC. */
function withoutMac(pfx: forge.asn1.Asn1): forge.asn1.Asn1 {
  const parts = Array.isArray(pfx.value) ? pfx.value.slice(0, 2) : [];
  return forge.asn1.create(pfx.tagClass, pfx.type, pfx.constructed, parts);
}

/**
 * Opens the PFX; forge signals a wrong password only through the text of its errors.
 * OpenSSL derives PBES2 (AES) keys from the UTF-8 bytes of the password but the MAC and the legacy
 * PBE keys from its BMPString, while forge uses one JS string for both: with a non-ASCII password
 * the MAC passes and the AES decryption fails. forge checks the MAC first, so in that case the
 * decryption is retried with the UTF-8 bytes and without the (already verified) MAC.
 */
function openPfx(bytes: Uint8Array, password: string): forge.pkcs12.Pkcs12Pfx | P12ErrorCode {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(Buffer.from(bytes).toString('binary'));
  } catch {
    return 'P12_NON_VALIDO';
  }
  let text: string;
  try {
    return forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    text = errorText(error);
  }
  if (/MAC could not be verified/i.test(text)) return 'P12_PASSWORD_ERRATA';
  if (/decrypt/i.test(text) && /[^\x20-\x7e]/.test(password)) {
    try {
      return forge.pkcs12.pkcs12FromAsn1(withoutMac(asn1), false, forge.util.encodeUtf8(password));
    } catch (error) {
      text = errorText(error);
    }
  }
  return /password|decrypt/i.test(text) ? 'P12_PASSWORD_ERRATA' : 'P12_NON_VALIDO';
}

/** Private keys of the file. forge parses only RSA keys; for others it leaves the PrivateKeyInfo in `asn1`. */
function privateKeys(pfx: forge.pkcs12.Pkcs12Pfx): KeyObject[] {
  const bags = [...bagsOf(pfx, OIDS.shroudedKeyBag), ...bagsOf(pfx, OIDS.keyBag)];
  const keys: KeyObject[] = [];
  for (const bag of bags) {
    const info = bag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)) : bag.asn1;
    const der = fromBinary(forge.asn1.toDer(info).getBytes());
    try {
      keys.push(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
    } catch {
      // A key Node cannot read is skipped: if no other key matches, the caller reports CHIAVE_MANCANTE.
    } finally {
      der.fill(0);
    }
  }
  return keys;
}

/** Certificates of the file, DER. forge parses only RSA certificates; others stay in `asn1`. */
function certificates(pfx: forge.pkcs12.Pkcs12Pfx): Uint8Array[] {
  return bagsOf(pfx, OIDS.certBag).map((bag) => {
    const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
    return new Uint8Array(fromBinary(forge.asn1.toDer(asn1).getBytes()));
  });
}

/** The other certificates ordered from the signer's issuer upwards, unrelated ones last. */
function orderChain(signer: Uint8Array, others: Uint8Array[]): Uint8Array[] {
  const rest = others.map((der) => ({ der, x509: new X509Certificate(der) }));
  const ordered: Uint8Array[] = [];
  let current = new X509Certificate(signer);
  for (;;) {
    const index = rest.findIndex((c) => current.checkIssued(c.x509) && c.x509.subject !== current.subject);
    if (index < 0) break;
    const [next] = rest.splice(index, 1);
    if (!next) break;
    ordered.push(next.der);
    current = next.x509;
  }
  return [...ordered, ...rest.map((c) => c.der)];
}

/**
 * Reads a PKCS#12 file (OpenSSL 3 AES/PBKDF2 defaults and `-legacy` RC2/3DES ones) and checks that its
 * certificate can sign at `now`. The password is used only for decryption: never logged nor kept.
 */
export function loadP12(bytes: Uint8Array, password: string, now: Date): P12Result {
  const pfx = openPfx(bytes, password);
  if (typeof pfx === 'string') return fail(pfx);

  const keys = privateKeys(pfx);
  if (keys.length === 0) return fail('CHIAVE_MANCANTE');
  const certs = certificates(pfx);
  let match: { key: KeyObject; der: Uint8Array } | undefined;
  for (const key of keys) {
    const der = certs.find((c) => new X509Certificate(c).checkPrivateKey(key));
    if (der) {
      match = { key, der };
      break;
    }
  }
  if (!match) return fail('CERTIFICATO_MANCANTE');
  if (!importAlgorithm(match.key)) return fail('CHIAVE_NON_SUPPORTATA');

  const info = describeCertificate(parseCertificate(match.der));
  const validity = validityAt(info, now);
  if (validity === 'scaduto') return fail('CERTIFICATO_SCADUTO');
  if (validity === 'non-ancora-valido') return fail('CERTIFICATO_NON_ANCORA_VALIDO');
  if (!info.canSign) return fail('CERTIFICATO_SENZA_USO_FIRMA');

  const signerDer = match.der;
  const signer: LoadedSigner = {
    key: match.key,
    certificate: signerDer,
    chain: orderChain(signerDer, certs.filter((c) => c !== signerDer)),
    subject: info.subject,
    notBefore: info.notBefore,
    notAfter: info.notAfter,
  };
  return { ok: true, ...signer, signer };
}
