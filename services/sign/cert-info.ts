/** Reading the parts of an X.509 certificate that matter for signing: subject, validity, key usage. */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toArrayBuffer } from './bytes';

/** The signer as shown to the user and written in the proposal. */
export interface CertificateSubject {
  commonName?: string;
  /** Italian codice fiscale, from the subject serialNumber ("TINIT-…", "IT:…" or bare). */
  fiscalCode?: string;
  organization?: string;
}

/** What the signing code needs to know about a certificate. */
export interface CertificateInfo {
  subject: CertificateSubject;
  notBefore: Date;
  notAfter: Date;
  /** False only when a keyUsage extension exists and allows neither digitalSignature nor nonRepudiation. */
  canSign: boolean;
  /** keyUsage nonRepudiation (contentCommitment): what qualified signature certificates carry. */
  nonRepudiation: boolean;
}

const OID_CN = '2.5.4.3';
const OID_SERIAL_NUMBER = '2.5.4.5';
const OID_O = '2.5.4.10';
const OID_KEY_USAGE = '2.5.29.15';
/** Codice fiscale of a person (16 characters, omocodia letters allowed) or of a body (11 digits). */
const FISCAL_CODE = /^(?:[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|[0-9]{11})$/;

/** Parses a DER certificate; throws when the bytes are not a certificate. */
export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(toArrayBuffer(der));
}

/**
 * The codice fiscale carried by a subject serialNumber. ETSI EN 319 412-1 writes it as "TINIT-<cf>";
 * older Italian certificates use "IT:<cf>" or the bare code.
 */
export function fiscalCodeFrom(serialNumber: string): string | undefined {
  const value = serialNumber.trim().toUpperCase().replace(/^(?:TINIT-|IT:|IT-)/, '');
  return FISCAL_CODE.test(value) ? value : undefined;
}

function nameAttribute(name: pkijs.RelativeDistinguishedNames, oid: string): string | undefined {
  const found = name.typesAndValues.find((tv) => tv.type === oid);
  const value = (found?.value.valueBlock as { value?: unknown } | undefined)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Subject fields of a certificate (undefined when absent). */
export function subjectOf(cert: pkijs.Certificate): CertificateSubject {
  const serial = nameAttribute(cert.subject, OID_SERIAL_NUMBER);
  return {
    commonName: nameAttribute(cert.subject, OID_CN),
    fiscalCode: serial === undefined ? undefined : fiscalCodeFrom(serial),
    organization: nameAttribute(cert.subject, OID_O),
  };
}

/** The first keyUsage byte (bit 0 digitalSignature = 0x80, bit 1 nonRepudiation = 0x40), undefined without the extension. */
function keyUsageByte(cert: pkijs.Certificate): number | undefined {
  const extension = cert.extensions?.find((ext) => ext.extnID === OID_KEY_USAGE);
  if (!extension) return undefined;
  const bits = extension.parsedValue instanceof asn1js.BitString
    ? extension.parsedValue.valueBlock.valueHexView
    : new Uint8Array(0);
  return bits[0] ?? 0;
}

/** Subject, validity window and signing capability of a certificate. */
export function describeCertificate(cert: pkijs.Certificate): CertificateInfo {
  const usage = keyUsageByte(cert);
  return {
    subject: subjectOf(cert),
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
    // RFC 5280 4.2.1.3: no keyUsage extension means no restriction.
    canSign: usage === undefined || (usage & 0xc0) !== 0,
    nonRepudiation: usage !== undefined && (usage & 0x40) !== 0,
  };
}

/** Where `at` falls with respect to the certificate's validity window. */
export function validityAt(info: CertificateInfo, at: Date): 'valido' | 'scaduto' | 'non-ancora-valido' {
  if (at.getTime() < info.notBefore.getTime()) return 'non-ancora-valido';
  if (at.getTime() > info.notAfter.getTime()) return 'scaduto';
  return 'valido';
}
