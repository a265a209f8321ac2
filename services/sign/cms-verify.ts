/** Verification of a detached CMS SignedData: digest, signature, ESS signing-certificate-v2, certificate. */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { attributeValue, OID, readSigningCertificateV2 } from './attributes';
import { bytesEqual, digest, digestByOid, toArrayBuffer } from './bytes';
import { describeCertificate, parseCertificate, validityAt } from './cert-info';
import { cryptoEngine } from './engine';
import { problem, type VerifyProblem } from './verify-types';

/** Options of {@link verifyCmsDetached}. */
export interface CmsVerifyOptions {
  /** Signing time from outside the CMS (the PDF's /M); otherwise the signingTime attribute, else `now`. */
  signingTime?: Date;
  /** PAdES baseline: a signingTime attribute is a problem. */
  forbidSigningTimeAttribute?: boolean;
  /** When given, the signer must chain up to one of these certificates (DER). */
  trustedRoots?: readonly Uint8Array[];
  now?: Date;
}

/** Details the callers report, besides the problems. */
export interface CmsVerification {
  problems: VerifyProblem[];
  signer?: { commonName?: string; fiscalCode?: string };
  signingTimeAttribute?: Date;
}

interface ParsedCms {
  signedData: pkijs.SignedData;
  /** The certificates exactly as embedded, same order as `signedData.certificates`: ESS hashes these bytes. */
  rawCertificates: Uint8Array[];
}

function parseSignedData(cmsDer: Uint8Array): ParsedCms | undefined {
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(cmsDer));
    if (contentInfo.contentType !== OID.signedData) return undefined;
    const schema = contentInfo.content as asn1js.Sequence;
    const set = schema.valueBlock.value.find((b) => b.idBlock.tagClass === 3 && b.idBlock.tagNumber === 0);
    const rawCertificates = set instanceof asn1js.Constructed
      ? set.valueBlock.value.map((b) => new Uint8Array(b.valueBeforeDecodeView))
      : [];
    return { signedData: new pkijs.SignedData({ schema }), rawCertificates };
  } catch {
    return undefined;
  }
}

function findSignerCertificate(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo): pkijs.Certificate | undefined {
  const certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const sid = signerInfo.sid;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber));
  }
  // subjectKeyIdentifier [0]: RFC 5280 method 1, SHA-1 of the public key bits.
  const keyId = new Uint8Array((sid as asn1js.Primitive).valueBlock.valueHexView);
  return certificates.find((c) => bytesEqual(
    digest('SHA-1', new Uint8Array(c.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)), keyId));
}

function timeOf(value: unknown): Date | undefined {
  return value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime ? value.toDate() : undefined;
}

function checkSigningCertificateV2(attributes: pkijs.Attribute[], cert: pkijs.Certificate, certDer: Uint8Array) {
  const value = attributeValue(attributes, OID.signingCertificateV2);
  if (value === undefined) return [problem('SIGNING_CERTIFICATE_V2_MANCANTE')];
  const ess = readSigningCertificateV2(value);
  const hashName = ess ? digestByOid(ess.hashOid) : undefined;
  const serial = new Uint8Array(cert.serialNumber.valueBlock.valueHexView);
  const matches = ess !== undefined && hashName !== undefined
    && bytesEqual(digest(hashName, certDer), ess.certHash)
    && (ess.serial === undefined || bytesEqual(ess.serial, serial));
  return matches ? [] : [problem('SIGNING_CERTIFICATE_V2_DIVERSO')];
}

async function checkTrust(signedData: pkijs.SignedData, cert: pkijs.Certificate, roots: readonly Uint8Array[], at: Date) {
  const certs = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const engine = new pkijs.CertificateChainValidationEngine({
    trustedCerts: roots.map(parseCertificate),
    certs: [...certs.filter((c) => c !== cert), cert],
    checkDate: at,
  });
  const result = await engine.verify({}, cryptoEngine()).catch(() => ({ result: false }));
  return result.result ? [] : [problem('CERTIFICATO_NON_FIDATO')];
}

/** Verifies `cmsDer` as a detached signature over `chunks` (hashed in order). Never throws. */
export async function verifyCmsDetached(
  chunks: readonly Uint8Array[],
  cmsDer: Uint8Array,
  options: CmsVerifyOptions = {},
): Promise<CmsVerification> {
  const parsed = parseSignedData(cmsDer);
  const signedData = parsed?.signedData;
  const signerInfo = signedData?.signerInfos[0];
  if (!parsed || !signedData || !signerInfo) return { problems: [problem('CMS_NON_VALIDO')] };
  const problems: VerifyProblem[] = signedData.signerInfos.length > 1 ? [problem('FIRMATARI_MULTIPLI')] : [];

  const cert = findSignerCertificate(signedData, signerInfo);
  if (!cert) return { problems: [...problems, problem('CERTIFICATO_FIRMATARIO_MANCANTE')] };
  const info = describeCertificate(cert);
  const signer = { commonName: info.subject.commonName, fiscalCode: info.subject.fiscalCode };

  const attributes = signerInfo.signedAttrs?.attributes ?? [];
  const messageDigest = attributeValue(attributes, OID.messageDigest);
  if (!(messageDigest instanceof asn1js.OctetString) || attributeValue(attributes, OID.contentType) === undefined) {
    return { signer, problems: [...problems, problem('ATTRIBUTI_FIRMATI_MANCANTI')] };
  }
  const hashName = digestByOid(signerInfo.digestAlgorithm.algorithmId);
  if (!hashName) return { signer, problems: [...problems, problem('ALGORITMO_NON_SUPPORTATO')] };
  if (!bytesEqual(digest(hashName, ...chunks), new Uint8Array(messageDigest.valueBlock.valueHexView))) {
    problems.push(problem('IMPRONTA_DIVERSA'));
  }

  try {
    // The signature covers the DER of the signed attributes as received (pkijs keeps them, SET-tagged).
    const signedBytes = signerInfo.signedAttrs?.encodedValue ?? new ArrayBuffer(0);
    const rsaEncryption = signerInfo.signatureAlgorithm.algorithmId === '1.2.840.113549.1.1.1';
    const ok = await cryptoEngine().verifyWithPublicKey(signedBytes, signerInfo.signature, cert.subjectPublicKeyInfo,
      signerInfo.signatureAlgorithm, rsaEncryption ? hashName : undefined);
    if (!ok) problems.push(problem('FIRMA_NON_VALIDA'));
  } catch {
    problems.push(problem('ALGORITMO_NON_SUPPORTATO'));
  }

  const certDer = parsed.rawCertificates[signedData.certificates?.indexOf(cert) ?? -1] ?? new Uint8Array(0);
  problems.push(...checkSigningCertificateV2(attributes, cert, certDer));
  const signingTimeAttribute = timeOf(attributeValue(attributes, OID.signingTime));
  if (signingTimeAttribute && options.forbidSigningTimeAttribute) problems.push(problem('SIGNING_TIME_NON_AMMESSO'));

  const at = options.signingTime ?? signingTimeAttribute ?? options.now ?? new Date();
  const validity = validityAt(info, at);
  if (validity === 'scaduto') problems.push(problem('CERTIFICATO_SCADUTO_ALLA_FIRMA'));
  if (validity === 'non-ancora-valido') problems.push(problem('CERTIFICATO_NON_ANCORA_VALIDO_ALLA_FIRMA'));
  if (!info.canSign) problems.push(problem('CERTIFICATO_SENZA_USO_FIRMA'));
  if (options.trustedRoots) problems.push(...(await checkTrust(signedData, cert, options.trustedRoots, at)));
  return { signer, signingTimeAttribute, problems };
}
