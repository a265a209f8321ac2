/** Verification of every SignerInfo of a CMS SignedData: digest, signature, ESS signing-certificate-v2, certificate. */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { attributeValue, OID, readSigningCertificateV2 } from './attributes';
import { bytesEqual, digest, digestByOid } from './bytes';
import { describeCertificate, parseCertificate, validityAt } from './cert-info';
import { certificatesOf, findSignerCertificate, parseSignedData, type ParsedCms } from './cms-parse';
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

/** id-aa-signatureTimeStampToken (RFC 3161 appendix A), an unsigned attribute. */
const OID_SIGNATURE_TIMESTAMP = '1.2.840.113549.1.9.16.2.14';

/** The outcome for one SignerInfo, with the facts the trust levels need. */
export interface SignerVerification {
  problems: VerifyProblem[];
  signer?: { commonName?: string; fiscalCode?: string };
  /** The signer certificate as embedded (DER). */
  certificate?: Uint8Array;
  /** Every certificate of the SignedData (DER), for building the path. */
  embeddedCertificates: Uint8Array[];
  signingTimeAttribute?: Date;
  /** A signature timestamp is attached (not verified here: its time is not relied upon). */
  hasTimestamp: boolean;
}

/** All signers; `problems`, `signer` and `signingTimeAttribute` describe them together / the first one. */
export interface CmsVerification {
  problems: VerifyProblem[];
  signer?: { commonName?: string; fiscalCode?: string };
  signingTimeAttribute?: Date;
  signers: SignerVerification[];
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

async function checkTrust(parsed: ParsedCms, cert: pkijs.Certificate, roots: readonly Uint8Array[], at: Date) {
  const engine = new pkijs.CertificateChainValidationEngine({
    trustedCerts: roots.map(parseCertificate),
    certs: [...certificatesOf(parsed).map((c) => c.cert).filter((c) => c !== cert), cert],
    checkDate: at,
  });
  const result = await engine.verify({}, cryptoEngine()).catch(() => ({ result: false }));
  return result.result ? [] : [problem('CERTIFICATO_NON_FIDATO')];
}

async function verifySigner(
  parsed: ParsedCms,
  signerInfo: pkijs.SignerInfo,
  chunks: readonly Uint8Array[],
  options: CmsVerifyOptions,
): Promise<SignerVerification> {
  const embeddedCertificates = certificatesOf(parsed).map((c) => c.der);
  const hasTimestamp = (signerInfo.unsignedAttrs?.attributes ?? []).some((a) => a.type === OID_SIGNATURE_TIMESTAMP);
  const base = { embeddedCertificates, hasTimestamp };
  const found = findSignerCertificate(parsed, signerInfo);
  if (!found) return { ...base, problems: [problem('CERTIFICATO_FIRMATARIO_MANCANTE')] };
  const { cert, der } = found;
  const info = describeCertificate(cert);
  const signer = { commonName: info.subject.commonName, fiscalCode: info.subject.fiscalCode };
  const known = { ...base, signer, certificate: der };

  const attributes = signerInfo.signedAttrs?.attributes ?? [];
  const messageDigest = attributeValue(attributes, OID.messageDigest);
  if (!(messageDigest instanceof asn1js.OctetString) || attributeValue(attributes, OID.contentType) === undefined) {
    return { ...known, problems: [problem('ATTRIBUTI_FIRMATI_MANCANTI')] };
  }
  const hashName = digestByOid(signerInfo.digestAlgorithm.algorithmId);
  if (!hashName) return { ...known, problems: [problem('ALGORITMO_NON_SUPPORTATO')] };
  const problems: VerifyProblem[] = [];
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
  problems.push(...checkSigningCertificateV2(attributes, cert, der));
  const signingTimeAttribute = timeOf(attributeValue(attributes, OID.signingTime));
  if (signingTimeAttribute && options.forbidSigningTimeAttribute) problems.push(problem('SIGNING_TIME_NON_AMMESSO'));

  const at = options.signingTime ?? signingTimeAttribute ?? options.now ?? new Date();
  const validity = validityAt(info, at);
  if (validity === 'scaduto') problems.push(problem('CERTIFICATO_SCADUTO_ALLA_FIRMA'));
  if (validity === 'non-ancora-valido') problems.push(problem('CERTIFICATO_NON_ANCORA_VALIDO_ALLA_FIRMA'));
  if (!info.canSign) problems.push(problem('CERTIFICATO_SENZA_USO_FIRMA'));
  if (options.trustedRoots) problems.push(...(await checkTrust(parsed, cert, options.trustedRoots, at)));
  return { ...known, signingTimeAttribute, problems };
}

/** Verifies every SignerInfo of an already parsed SignedData over `chunks` (hashed in order). */
export async function verifyParsedCms(
  parsed: ParsedCms,
  chunks: readonly Uint8Array[],
  options: CmsVerifyOptions = {},
): Promise<CmsVerification> {
  const infos = parsed.signedData.signerInfos;
  if (infos.length === 0) return { problems: [problem('CMS_NON_VALIDO')], signers: [] };
  const signers: SignerVerification[] = [];
  for (const info of infos) signers.push(await verifySigner(parsed, info, chunks, options));
  const first = signers[0];
  return {
    problems: signers.flatMap((s) => s.problems),
    signer: first?.signer,
    signingTimeAttribute: first?.signingTimeAttribute,
    signers,
  };
}

/** Verifies `cmsDer` as a detached signature over `chunks` (hashed in order), every signer. Never throws. */
export async function verifyCmsDetached(
  chunks: readonly Uint8Array[],
  cmsDer: Uint8Array,
  options: CmsVerifyOptions = {},
): Promise<CmsVerification> {
  const parsed = parseSignedData(cmsDer);
  if (!parsed) return { problems: [problem('CMS_NON_VALIDO')], signers: [] };
  return verifyParsedCms(parsed, chunks, options);
}
