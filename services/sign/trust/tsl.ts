/**
 * Reading an offline copy of the AgID trusted list (TSL-IT), an ETSI TS 119 612 XML document, for the
 * certificates of the qualified certification authorities. Taken: services of type CA/QC (clause
 * 5.5.1.1, "http://uri.etsi.org/TrstSvc/Svctype/CA/QC") whose current status (clause 5.5.4) is
 * "granted"; each X509Certificate of their ServiceDigitalIdentity (clause 5.5.3) is a trust anchor.
 * Not done here: the list's own XAdES signature is not verified (the file is trusted as the user got
 * it) and the service history (clause 5.5.10) is not read, so a CA withdrawn after a signature was
 * made does not count. The XML is parsed by fast-xml-parser with entity processing off.
 */
import { X509Certificate } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';

export const CA_QC = 'http://uri.etsi.org/TrstSvc/Svctype/CA/QC';
export const GRANTED = 'http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted';
/** A real TSL-IT is a few MB; anything much larger is refused rather than parsed. */
export const MAX_TSL_BYTES = 64 * 1024 * 1024;

/** One CA certificate from the list, with who it belongs to. */
export interface TrustedListAnchor {
  der: Uint8Array;
  provider: string;
  service: string;
}

/** Outcome of {@link parseTrustedList}. */
export type TrustedList =
  | { ok: true; territory?: string; issued?: string; nextUpdate?: string; anchors: TrustedListAnchor[]; skippedCertificates: number }
  | { ok: false; code: 'ELENCO_NON_LEGGIBILE' | 'ELENCO_NON_VALIDO' | 'ELENCO_TROPPO_GRANDE' };

type Node = Record<string, unknown>;
const ARRAYS = new Set(['TrustServiceProvider', 'TSPService', 'DigitalId', 'X509Certificate', 'Name']);

const child = (node: unknown, key: string): unknown => (node && typeof node === 'object' ? (node as Node)[key] : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
/** Text of an element: a string, or `#text` when the element had attributes (xml:lang). */
const textOf = (value: unknown): string | undefined => {
  const v = typeof value === 'object' && value !== null ? (value as Node)['#text'] : value;
  return typeof v === 'string' ? v.trim() : undefined;
};
const firstName = (node: unknown): string => textOf(list(child(node, 'Name'))[0]) ?? '';

/** Parses a TS 119 612 trusted list and returns the certificates of its granted CA/QC services. Never throws. */
export function parseTrustedList(bytes: Uint8Array): TrustedList {
  if (bytes.byteLength > MAX_TSL_BYTES) return { ok: false, code: 'ELENCO_TROPPO_GRANDE' };
  let root: unknown;
  try {
    const parser = new XMLParser({
      removeNSPrefix: true,
      ignoreAttributes: true,
      parseTagValue: false,
      processEntities: false,
      isArray: (name) => ARRAYS.has(name),
    });
    root = parser.parse(Buffer.from(bytes).toString('utf8'), true);
  } catch {
    return { ok: false, code: 'ELENCO_NON_LEGGIBILE' };
  }
  const tsl = child(root, 'TrustServiceStatusList');
  if (!tsl || typeof tsl !== 'object') return { ok: false, code: 'ELENCO_NON_VALIDO' };
  const scheme = child(tsl, 'SchemeInformation');
  const anchors: TrustedListAnchor[] = [];
  let skippedCertificates = 0;
  for (const provider of list(child(child(tsl, 'TrustServiceProviderList'), 'TrustServiceProvider'))) {
    const providerName = firstName(child(child(provider, 'TSPInformation'), 'TSPName'));
    for (const service of list(child(child(provider, 'TSPServices'), 'TSPService'))) {
      const info = child(service, 'ServiceInformation');
      if (textOf(child(info, 'ServiceTypeIdentifier')) !== CA_QC || textOf(child(info, 'ServiceStatus')) !== GRANTED) continue;
      const serviceName = firstName(child(info, 'ServiceName'));
      for (const id of list(child(child(info, 'ServiceDigitalIdentity'), 'DigitalId'))) {
        for (const encoded of list(child(id, 'X509Certificate'))) {
          const der = new Uint8Array(Buffer.from((textOf(encoded) ?? '').replace(/\s+/g, ''), 'base64'));
          try {
            new X509Certificate(der);
            anchors.push({ der, provider: providerName, service: serviceName });
          } catch {
            skippedCertificates += 1;
          }
        }
      }
    }
  }
  return {
    ok: true,
    territory: textOf(child(scheme, 'SchemeTerritory')),
    issued: textOf(child(scheme, 'ListIssueDateTime')),
    nextUpdate: textOf(child(child(scheme, 'NextUpdate'), 'dateTime')),
    anchors,
    skippedCertificates,
  };
}
