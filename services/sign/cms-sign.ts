/** Building the detached CMS SignedData shared by CAdES files and PAdES signatures. */
import * as pkijs from 'pkijs';
import { buildSignedAttributes, OID } from './attributes';
import { digest } from './bytes';
import { parseCertificate } from './cert-info';
import { SignError } from './codes';
import { cryptoEngine } from './engine';
import { toCryptoKey, type SignerIdentity } from './key';

/** Options of {@link signCmsDetached}. */
export interface CmsSignOptions {
  /** Written as the signingTime signed attribute; leave it out for PAdES. */
  signingTime?: Date;
}

function certificate(der: Uint8Array): pkijs.Certificate {
  try {
    return parseCertificate(der);
  } catch (error) {
    throw new SignError('CERTIFICATO_NON_VALIDO', { cause: error });
  }
}

/**
 * A detached CMS SignedData (DER) over `chunks` (hashed in order, so a PDF ByteRange can be passed
 * as its two pieces): SHA-256, signed attributes contentType, messageDigest, signing-certificate-v2
 * and, only when asked, signingTime; certificates: signer then chain.
 */
export async function signCmsDetached(
  chunks: readonly Uint8Array[],
  signer: SignerIdentity,
  options: CmsSignOptions = {},
): Promise<Uint8Array> {
  const engine = cryptoEngine();
  const signerCertificate = certificate(signer.certificate);
  const chain = (signer.chain ?? []).map(certificate);
  const key = await toCryptoKey(signer.key);

  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: buildSignedAttributes({
      contentDigest: digest('SHA-256', ...chunks),
      signerCertificate,
      signerCertificateDer: signer.certificate,
      signingTime: options.signingTime,
    }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    // No eContent: the signature is detached, the content travels beside it.
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: signerCertificate.issuer,
          serialNumber: signerCertificate.serialNumber,
        }),
        signedAttrs,
      }),
    ],
    certificates: [signerCertificate, ...chain],
  });
  await signedData.sign(key as CryptoKeyParam, 0, 'SHA-256', undefined, engine);

  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

/** pkijs types keys with the DOM CryptoKey, Node with webcrypto.CryptoKey: the same object. */
type CryptoKeyParam = Parameters<pkijs.SignedData['sign']>[0];
