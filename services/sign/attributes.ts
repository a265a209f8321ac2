/** CMS signed attributes of CAdES-BES / PAdES baseline: building them and reading them back. */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { compareDer, digest, toArrayBuffer } from './bytes';

/** Object identifiers used by the signed attributes. */
export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  /** id-aa-signingCertificateV2 (RFC 5035). */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

/** Inputs of {@link buildSignedAttributes}. */
export interface SignedAttributesInput {
  /** SHA-256 of the signed content. */
  contentDigest: Uint8Array;
  signerCertificate: pkijs.Certificate;
  signerCertificateDer: Uint8Array;
  /** Only CAdES for files writes it: PAdES baseline forbids it (the time is the PDF's /M). */
  signingTime?: Date;
}

/** UTCTime until 2049 and GeneralizedTime after, as RFC 5652 11.3 requires. */
function timeValue(date: Date): asn1js.UTCTime | asn1js.GeneralizedTime {
  return date.getUTCFullYear() < 2050
    ? new asn1js.UTCTime({ valueDate: date })
    : new asn1js.GeneralizedTime({ valueDate: date });
}

/**
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }, with one ESSCertIDv2
 * { certHash, issuerSerial }. hashAlgorithm is omitted because SHA-256 is its DEFAULT and DER forbids
 * encoding a default value.
 */
export function signingCertificateV2(cert: pkijs.Certificate, certDer: Uint8Array): asn1js.Sequence {
  const issuerSerial = new asn1js.Sequence({
    value: [
      // GeneralNames with one directoryName [4]: explicit, because Name is a CHOICE.
      new asn1js.Sequence({
        value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [cert.issuer.toSchema()] })],
      }),
      new asn1js.Integer({ valueHex: toArrayBuffer(cert.serialNumber.valueBlock.valueHexView) }),
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: toArrayBuffer(digest('SHA-256', certDer)) }), issuerSerial],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

/** contentType, messageDigest, signing-certificate-v2 and optionally signingTime, sorted as DER wants. */
export function buildSignedAttributes(input: SignedAttributesInput): pkijs.Attribute[] {
  const attributes = [
    new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    new pkijs.Attribute({
      type: OID.messageDigest,
      values: [new asn1js.OctetString({ valueHex: toArrayBuffer(input.contentDigest) })],
    }),
    new pkijs.Attribute({
      type: OID.signingCertificateV2,
      values: [signingCertificateV2(input.signerCertificate, input.signerCertificateDer)],
    }),
  ];
  if (input.signingTime) {
    attributes.push(new pkijs.Attribute({ type: OID.signingTime, values: [timeValue(input.signingTime)] }));
  }
  const encoded = attributes.map((attribute) => ({
    attribute,
    der: new Uint8Array(attribute.toSchema().toBER(false)),
  }));
  encoded.sort((a, b) => compareDer(a.der, b.der));
  return encoded.map((e) => e.attribute);
}

/** The first value of a signed attribute, if present. */
export function attributeValue(attributes: readonly pkijs.Attribute[], oid: string): unknown {
  return attributes.find((attribute) => attribute.type === oid)?.values[0];
}

/** certHash, hash algorithm and serial of the first ESSCertIDv2, or undefined when malformed. */
export function readSigningCertificateV2(value: unknown):
  | { hashOid: string; certHash: Uint8Array; serial?: Uint8Array }
  | undefined {
  if (!(value instanceof asn1js.Sequence)) return undefined;
  const certs = value.valueBlock.value[0];
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) return undefined;
  const parts = [...first.valueBlock.value];
  let hashOid = '2.16.840.1.101.3.4.2.1'; // DEFAULT id-sha256
  if (parts[0] instanceof asn1js.Sequence) {
    const oid = parts.shift();
    const algorithm = new pkijs.AlgorithmIdentifier({ schema: oid });
    hashOid = algorithm.algorithmId;
  }
  const hash = parts[0];
  if (!(hash instanceof asn1js.OctetString)) return undefined;
  const issuerSerial = parts[1];
  const serial = issuerSerial instanceof asn1js.Sequence ? issuerSerial.valueBlock.value[1] : undefined;
  return {
    hashOid,
    certHash: new Uint8Array(hash.valueBlock.valueHexView),
    serial: serial instanceof asn1js.Integer ? new Uint8Array(serial.valueBlock.valueHexView) : undefined,
  };
}
