/**
 * Synthetic trusted lists shaped like ETSI TS 119 612 (the structure of TSL-IT), written during tests:
 * the real list is not fetched (no network) and no copy of it is committed.
 */

/** One TSPService of the list. */
export interface TestService {
  provider: string;
  service: string;
  type?: string;
  status?: string;
  /** DER certificates of the ServiceDigitalIdentity. */
  certificates: Uint8Array[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const b64 = (der: Uint8Array) => Buffer.from(der).toString('base64').replace(/(.{76})/g, '$1\n');

/**
 * A TrustServiceStatusList with one TrustServiceProvider per distinct provider. With `prefixed` the
 * elements carry the `tsl:` prefix, as some lists are written; otherwise the default namespace.
 */
export function makeTestTsl(services: readonly TestService[], opts: { prefixed?: boolean } = {}): Uint8Array {
  const p = opts.prefixed ? 'tsl:' : '';
  const ns = opts.prefixed ? 'xmlns:tsl="http://uri.etsi.org/02231/v2#"' : 'xmlns="http://uri.etsi.org/02231/v2#"';
  const providers = [...new Set(services.map((s) => s.provider))];
  const body = providers.map((provider) => `
  <${p}TrustServiceProvider>
   <${p}TSPInformation><${p}TSPName><${p}Name xml:lang="it">${esc(provider)}</${p}Name></${p}TSPName></${p}TSPInformation>
   <${p}TSPServices>${services.filter((s) => s.provider === provider).map((s) => `
    <${p}TSPService><${p}ServiceInformation>
     <${p}ServiceTypeIdentifier>${s.type ?? 'http://uri.etsi.org/TrstSvc/Svctype/CA/QC'}</${p}ServiceTypeIdentifier>
     <${p}ServiceName><${p}Name xml:lang="en">${esc(s.service)}</${p}Name></${p}ServiceName>
     <${p}ServiceDigitalIdentity>${s.certificates.map((c) => `<${p}DigitalId><${p}X509Certificate>${b64(c)}</${p}X509Certificate></${p}DigitalId>`).join('')}
      <${p}DigitalId><${p}X509SubjectName>CN=${esc(s.service)}</${p}X509SubjectName></${p}DigitalId>
     </${p}ServiceDigitalIdentity>
     <${p}ServiceStatus>${s.status ?? 'http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted'}</${p}ServiceStatus>
     <${p}StatusStartingTime>2016-06-30T22:00:00Z</${p}StatusStartingTime>
    </${p}ServiceInformation></${p}TSPService>`).join('')}
   </${p}TSPServices>
  </${p}TrustServiceProvider>`).join('');
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<${p}TrustServiceStatusList ${ns} Id="TSL-IT-TEST" TSLTag="http://uri.etsi.org/19612/TSLTag">
 <${p}SchemeInformation>
  <${p}TSLVersionIdentifier>5</${p}TSLVersionIdentifier>
  <${p}TSLType>http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUgeneric</${p}TSLType>
  <${p}SchemeTerritory>IT</${p}SchemeTerritory>
  <${p}ListIssueDateTime>2026-11-01T00:00:00Z</${p}ListIssueDateTime>
  <${p}NextUpdate><${p}dateTime>2027-05-01T00:00:00Z</${p}dateTime></${p}NextUpdate>
 </${p}SchemeInformation>
 <${p}TrustServiceProviderList>${body}
 </${p}TrustServiceProviderList>
</${p}TrustServiceStatusList>
`);
}
