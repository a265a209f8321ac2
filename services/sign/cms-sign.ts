/** Building CMS SignedData for CAdES files (detached .p7s, enveloping .p7m) and PAdES signatures. */
import { verify as verifySignature, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { buildSignedAttributes, OID } from './attributes';
import { digest, DIGESTS, toArrayBuffer } from './bytes';
import { parseCertificate } from './cert-info';
import { SignError } from './codes';
import { toSigningKey, type SignerIdentity } from './key';

/** Options of the CMS builders. */
export interface CmsSignOptions {
  /** Written as the signingTime signed attribute; leave it out for PAdES. */
  signingTime?: Date;
}

/** sha256WithRSAEncryption (RFC 4055) and ecdsa-with-SHA256 (RFC 5758). */
const SIGNATURE_OIDS = { 'RSASSA-PKCS1-v1_5': '1.2.840.113549.1.1.11', ECDSA: '1.2.840.10045.4.3.2' } as const;

function certificate(der: Uint8Array): pkijs.Certificate {
  try {
    return parseCertificate(der);
  } catch (error) {
    throw new SignError('CERTIFICATO_NON_VALIDO', { cause: error });
  }
}

/** SHA-256 with absent parameters, as RFC 5754 asks generators to write it. */
export function sha256Algorithm(): pkijs.AlgorithmIdentifier {
  return new pkijs.AlgorithmIdentifier({ algorithmId: DIGESTS['SHA-256'].oid });
}

/** A signed SignerInfo and the certificates to embed (signer first, then the chain). */
export interface BuiltSignerInfo {
  signerInfo: pkijs.SignerInfo;
  certificates: pkijs.Certificate[];
}

/**
 * A SignerInfo over a content whose SHA-256 is `contentDigest`: signed attributes contentType,
 * messageDigest, signing-certificate-v2 and, only when asked, signingTime. The signature is checked
 * against the certificate's public key before returning, so that a token key paired with the wrong
 * certificate fails here rather than in the officer's verifier.
 */
export async function buildSignerInfo(
  contentDigest: Uint8Array,
  signer: SignerIdentity,
  options: CmsSignOptions = {},
): Promise<BuiltSignerInfo> {
  const signerCertificate = certificate(signer.certificate);
  const chain = (signer.chain ?? []).map(certificate);
  const key = await toSigningKey(signer.key);
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: buildSignedAttributes({
      contentDigest,
      signerCertificate,
      signerCertificateDer: signer.certificate,
      signingTime: options.signingTime,
    }),
  });
  // RFC 5652 5.4: the signature covers the DER of the attributes with an explicit SET OF tag.
  const toSign = new Uint8Array(signedAttrs.toSchema().toBER(false));
  toSign[0] = 0x31;
  const raw = await key.sign(toSign);
  const publicKey = new X509Certificate(signer.certificate).publicKey;
  const ecdsa = key.algorithm === 'ECDSA';
  const matches = verifySignature('sha256', toSign, ecdsa ? { key: publicKey, dsaEncoding: 'ieee-p1363' } : publicKey, raw);
  if (!matches) throw new SignError('CHIAVE_NON_CORRISPONDE');
  const signatureValue = ecdsa ? new Uint8Array(pkijs.createCMSECDSASignature(toArrayBuffer(raw))) : raw;
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: signerCertificate.issuer, serialNumber: signerCertificate.serialNumber }),
    digestAlgorithm: sha256Algorithm(),
    signedAttrs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({
      algorithmId: SIGNATURE_OIDS[key.algorithm],
      ...(ecdsa ? {} : { algorithmParams: new asn1js.Null() }),
    }),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(signatureValue) }),
  });
  return { signerInfo, certificates: [signerCertificate, ...chain] };
}

function encodeSignedData(built: BuiltSignerInfo, content?: Uint8Array): Uint8Array {
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [sha256Algorithm()],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: OID.data,
      ...(content ? { eContent: new asn1js.OctetString({ valueHex: toArrayBuffer(content) }) } : {}),
    }),
    signerInfos: [built.signerInfo],
    certificates: built.certificates,
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

/**
 * A detached CMS SignedData (DER) over `chunks` (hashed in order, so a PDF ByteRange can be passed
 * as its two pieces); certificates: signer then chain.
 */
export async function signCmsDetached(
  chunks: readonly Uint8Array[],
  signer: SignerIdentity,
  options: CmsSignOptions = {},
): Promise<Uint8Array> {
  return encodeSignedData(await buildSignerInfo(digest('SHA-256', ...chunks), signer, options));
}

/** An enveloping CMS SignedData (DER): the content travels inside, as in a `.p7m`. */
export async function signCmsEnveloping(
  content: Uint8Array,
  signer: SignerIdentity,
  options: CmsSignOptions = {},
): Promise<Uint8Array> {
  return encodeSignedData(await buildSignerInfo(digest('SHA-256', content), signer, options), content);
}
