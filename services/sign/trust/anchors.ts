/** Trust anchors given as a file (`--ca FILE.pem`): one or more PEM certificates, or one DER certificate. */
import { X509Certificate } from 'node:crypto';

const PEM_CERT = /-----BEGIN CERTIFICATE-----\r?\n([A-Za-z0-9+/=\r\n]+?)-----END CERTIFICATE-----/g;

/** Outcome of {@link readCertificateFile}. */
export type AnchorFile = { ok: true; certificates: Uint8Array[] } | { ok: false; code: 'CA_NON_LEGGIBILE' };

/** The certificates of a PEM bundle or a DER file; nothing readable is `CA_NON_LEGGIBILE`. Never throws. */
export function readCertificateFile(bytes: Uint8Array): AnchorFile {
  const candidates = bytes[0] === 0x30
    ? [bytes]
    : [...Buffer.from(bytes).toString('latin1').matchAll(PEM_CERT)].map((m) => new Uint8Array(Buffer.from(m[1] ?? '', 'base64')));
  const certificates = candidates.filter((der) => {
    try {
      return new X509Certificate(der).subject.length > 0;
    } catch {
      return false;
    }
  });
  return certificates.length > 0 && certificates.length === candidates.length
    ? { ok: true, certificates }
    : { ok: false, code: 'CA_NON_LEGGIBILE' };
}
