/** Enveloping CAdES-BES (`.p7m`, the content inside) as DiKe, ArubaSign and GoSign write it, and parallel signatures. */
import * as asn1js from 'asn1js';
import { OID } from './attributes';
import { bytesEqual, digest, DIGESTS, toArrayBuffer } from './bytes';
import { buildSignerInfo, signCmsEnveloping, type CmsSignOptions } from './cms-sign';
import { SignError } from './codes';
import { tlv, TAG } from './der';
import type { SignerIdentity } from './key';
import { readP7m } from './p7m-read';

/**
 * Signs `content` as an enveloping CAdES-BES: DER ContentInfo/SignedData with the content as eContent,
 * SHA-256, contentType, messageDigest, signing-certificate-v2 and signingTime when given.
 */
export function signCadesEnveloping(content: Uint8Array, signer: SignerIdentity, opts: CmsSignOptions = {}): Promise<Uint8Array> {
  return signCmsEnveloping(content, signer, opts);
}

const raw = (block: asn1js.BaseBlock): Uint8Array => new Uint8Array(block.valueBeforeDecodeView);

/** The children of the SignedData SEQUENCE inside a ContentInfo. */
function signedDataParts(der: Uint8Array): asn1js.BaseBlock[] {
  const contentInfo = asn1js.fromBER(toArrayBuffer(der)).result;
  const explicit = (contentInfo.valueBlock as { value?: asn1js.BaseBlock[] }).value?.[1];
  const signedData = (explicit?.valueBlock as { value?: asn1js.BaseBlock[] } | undefined)?.value?.[0];
  const parts = (signedData?.valueBlock as { value?: asn1js.BaseBlock[] } | undefined)?.value;
  if (!parts || parts.length < 4) throw new SignError('P7M_NON_VALIDO');
  return parts;
}

const isContext = (block: asn1js.BaseBlock | undefined, n: number) => block?.idBlock.tagClass === 3 && block.idBlock.tagNumber === n;
const childrenOf = (block: asn1js.BaseBlock | undefined): asn1js.BaseBlock[] => (block?.valueBlock as { value?: asn1js.BaseBlock[] } | undefined)?.value ?? [];

/**
 * Adds a parallel signature to an existing `.p7m` (DER, PEM or base64): a new SignerInfo over the same
 * content, its certificates and SHA-256 in digestAlgorithms. Everything already there is copied byte
 * for byte, so the existing signatures stay valid. Returns DER.
 */
export async function addCadesSignature(p7m: Uint8Array, signer: SignerIdentity, opts: CmsSignOptions = {}): Promise<Uint8Array> {
  const read = readP7m(p7m);
  if (!read.ok) throw new SignError(read.code === 'P7M_SENZA_CONTENUTO' ? 'P7M_SENZA_CONTENUTO' : 'P7M_NON_VALIDO');
  const content = read.parsed.content ?? new Uint8Array(0);
  const built = await buildSignerInfo(digest('SHA-256', content), signer, opts);

  const parts = signedDataParts(read.der);
  const [version, digestAlgorithms, encapContentInfo, ...rest] = parts;
  const signerInfos = rest[rest.length - 1];
  const certificates = rest.find((b) => isContext(b, 0));
  const crls = rest.find((b) => isContext(b, 1));
  if (!version || !digestAlgorithms || !encapContentInfo || !signerInfos) throw new SignError('P7M_NON_VALIDO');

  const algorithms = childrenOf(digestAlgorithms).map(raw);
  const hasSha256 = childrenOf(digestAlgorithms).some((a) => {
    const oid = childrenOf(a)[0];
    return oid instanceof asn1js.ObjectIdentifier && oid.valueBlock.toString() === DIGESTS['SHA-256'].oid;
  });
  const sha256 = tlv(TAG.sequence, new Uint8Array(new asn1js.ObjectIdentifier({ value: DIGESTS['SHA-256'].oid }).toBER(false)));
  const existingCerts = childrenOf(certificates).map(raw);
  const newCerts = built.certificates.map((c) => new Uint8Array(c.toSchema().toBER(false)))
    .filter((der) => !existingCerts.some((e) => bytesEqual(e, der)));

  const signedData = tlv(TAG.sequence,
    raw(version),
    tlv(TAG.set, ...algorithms, ...(hasSha256 ? [] : [sha256])),
    raw(encapContentInfo),
    tlv(TAG.context0, ...existingCerts, ...newCerts),
    ...(crls ? [raw(crls)] : []),
    tlv(TAG.set, ...childrenOf(signerInfos).map(raw), new Uint8Array(built.signerInfo.toSchema().toBER(false))));
  const oid = new Uint8Array(new asn1js.ObjectIdentifier({ value: OID.signedData }).toBER(false));
  return tlv(TAG.sequence, oid, tlv(TAG.context0, signedData));
}
