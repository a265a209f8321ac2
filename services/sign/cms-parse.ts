/** Parsing a CMS SignedData while keeping the exact bytes that signatures and ESS hashes cover. */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './attributes';
import { bytesEqual, digest, toArrayBuffer } from './bytes';

/** A parsed SignedData with the raw encodings that must be reused byte for byte. */
export interface ParsedCms {
  signedData: pkijs.SignedData;
  /** The certificates exactly as embedded, same order as `signedData.certificates`: ESS hashes these bytes. */
  rawCertificates: Uint8Array[];
  /** The encapsulated content (eContent), joined when sent as a constructed OCTET STRING; absent when detached. */
  content?: Uint8Array;
}

/** The bytes of an OCTET STRING, primitive or constructed (BER, as `openssl cms -stream` writes). */
function octets(block: asn1js.BaseBlock): Uint8Array {
  if (block instanceof asn1js.OctetString && !block.idBlock.isConstructed) return new Uint8Array(block.valueBlock.valueHexView);
  const parts = (block.valueBlock as { value?: asn1js.BaseBlock[] }).value ?? [];
  return Buffer.concat(parts.map((part) => octets(part)));
}

/** The SignedData of a DER/BER ContentInfo, or undefined when the bytes are not one. Never throws. */
export function parseSignedData(cmsDer: Uint8Array): ParsedCms | undefined {
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(cmsDer));
    if (contentInfo.contentType !== OID.signedData) return undefined;
    const schema = contentInfo.content as asn1js.Sequence;
    const set = schema.valueBlock.value.find((b) => b.idBlock.tagClass === 3 && b.idBlock.tagNumber === 0);
    const rawCertificates = set instanceof asn1js.Constructed
      ? set.valueBlock.value.map((b) => new Uint8Array(b.valueBeforeDecodeView))
      : [];
    const signedData = new pkijs.SignedData({ schema });
    const eContent = signedData.encapContentInfo.eContent;
    return { signedData, rawCertificates, ...(eContent ? { content: octets(eContent) } : {}) };
  } catch {
    return undefined;
  }
}

/** The embedded certificates, with their exact bytes. */
export function certificatesOf(parsed: ParsedCms): Array<{ cert: pkijs.Certificate; der: Uint8Array }> {
  const out: Array<{ cert: pkijs.Certificate; der: Uint8Array }> = [];
  (parsed.signedData.certificates ?? []).forEach((c, i) => {
    const der = parsed.rawCertificates[i];
    if (c instanceof pkijs.Certificate && der) out.push({ cert: c, der });
  });
  return out;
}

/** The certificate a SignerInfo names, by issuer and serial or by subject key identifier. */
export function findSignerCertificate(
  parsed: ParsedCms,
  signerInfo: pkijs.SignerInfo,
): { cert: pkijs.Certificate; der: Uint8Array } | undefined {
  const certificates = certificatesOf(parsed);
  const sid = signerInfo.sid;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find(({ cert }) => cert.issuer.isEqual(sid.issuer) && cert.serialNumber.isEqual(sid.serialNumber));
  }
  // subjectKeyIdentifier [0]: RFC 5280 method 1, SHA-1 of the public key bits.
  const keyId = new Uint8Array((sid as asn1js.Primitive).valueBlock.valueHexView);
  return certificates.find(({ cert }) => bytesEqual(
    digest('SHA-1', new Uint8Array(cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)), keyId));
}
