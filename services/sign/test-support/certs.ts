/**
 * A throwaway PKI for tests, generated with openssl in a fresh folder of os.tmpdir() on every run:
 * keys and certificates are never committed. OpenSSL 3.0 has no `-not_before` for `x509`/`req`, so
 * certificates come from `openssl ca` with explicit `-startdate`/`-enddate`.
 */
import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SignerIdentity } from '../key';
import { mustRun } from './tools';

/** The signer certificates generated for tests. */
export type TestSignerName = 'valid' | 'expired' | 'notYetValid' | 'noSigningUsage' | 'legacy' | 'ecdsa' | 'verdi';

/** A generated PKI: the CA, one .p12 per signer, and a .p12 holding no private key. */
export interface TestPki {
  dir: string;
  /** Password of every .p12. */
  password: string;
  caPemPath: string;
  caDer: Uint8Array;
  p12: Record<TestSignerName | 'certificatesOnly' | 'unicodePassword', Uint8Array>;
  /** Password of `p12.unicodePassword` (the valid signer): accented letters and €, as users type them. */
  unicodePassword: string;
  /** Signer certificates, DER, as openssl wrote them (to check loadP12 keeps the exact bytes). */
  certificateDer: Record<TestSignerName, Uint8Array>;
  cleanup(): void;
}

/** Subject of the valid signer, in the order a qualified certificate lists it. */
export const MARIO_ROSSI = '/C=IT/O=Comune di Molfetta/serialNumber=TINIT-RSSMRA85T10A562S/CN=Mario Rossi';
/** A second person (the co-signer of parallel and successive signatures). */
export const GIUSEPPE_VERDI = '/C=IT/O=Comune di Giovinazzo/serialNumber=TINIT-VRDGPP80A01F205X/CN=Giuseppe Verdi';

const CONFIG = `
[ ca ]
default_ca = test_ca
[ test_ca ]
database = ./index.txt
new_certs_dir = ./newcerts
serial = ./serial
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
[ policy_any ]
countryName = optional
organizationName = optional
serialNumber = optional
commonName = supplied
[ v3_ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ signer ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ encipher_only ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,keyEncipherment
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
`;

/** openssl's date format, YYYYMMDDHHMMSSZ. */
function asn1Date(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').replace(/\.\d+Z$/, 'Z');
}

const DAY = 24 * 60 * 60 * 1000;

/** Generates the CA and the signers. Takes about a second (RSA key generation). */
export function createTestPki(now: Date = new Date()): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'proposta-sign-'));
  const password = 'Prova-123';
  const openssl = (...args: string[]): string => mustRun('openssl', args, { cwd: dir });
  writeFileSync(join(dir, 'ca.cnf'), CONFIG);
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  mkdirSync(join(dir, 'newcerts'));

  const rsaKey = (name: string) => openssl('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', name);
  rsaKey('ca.key');
  openssl('req', '-new', '-key', 'ca.key', '-subj', '/C=IT/O=Proposta Test/CN=Proposta Test CA', '-out', 'ca.csr');
  openssl('ca', '-batch', '-config', 'ca.cnf', '-selfsign', '-keyfile', 'ca.key', '-in', 'ca.csr', '-notext',
    '-startdate', '20150101000000Z', '-enddate', '20450101000000Z', '-extensions', 'v3_ca', '-out', 'ca.pem');

  const issue = (name: TestSignerName, from: Date, to: Date, extensions: string, legacy = false, subject = MARIO_ROSSI): void => {
    if (name === 'ecdsa') openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', `${name}.key`);
    else rsaKey(`${name}.key`);
    openssl('req', '-new', '-key', `${name}.key`, '-subj', subject, '-out', `${name}.csr`);
    openssl('ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key', '-in', `${name}.csr`,
      '-preserveDN', '-notext', '-startdate', asn1Date(from), '-enddate', asn1Date(to),
      '-extensions', extensions, '-out', `${name}.pem`);
    openssl('x509', '-in', `${name}.pem`, '-outform', 'DER', '-out', `${name}.der`);
    openssl('pkcs12', '-export', ...(legacy ? ['-legacy'] : []), '-inkey', `${name}.key`, '-in', `${name}.pem`,
      '-certfile', 'ca.pem', '-name', 'Firmatario', '-passout', `pass:${password}`, '-out', `${name}.p12`);
  };
  const start = new Date(now.getTime() - DAY);
  const end = new Date(now.getTime() + 365 * DAY);
  issue('valid', start, end, 'signer');
  issue('expired', new Date('2020-01-01T00:00:00Z'), new Date('2021-01-01T00:00:00Z'), 'signer');
  issue('notYetValid', new Date(now.getTime() + 365 * DAY), new Date(now.getTime() + 730 * DAY), 'signer');
  issue('noSigningUsage', start, end, 'encipher_only');
  issue('legacy', start, end, 'signer', true);
  issue('ecdsa', start, end, 'signer');
  issue('verdi', start, end, 'signer', false, GIUSEPPE_VERDI);
  openssl('pkcs12', '-export', '-nokeys', '-in', 'valid.pem', '-passout', `pass:${password}`, '-out', 'certs-only.p12');
  openssl('x509', '-in', 'ca.pem', '-outform', 'DER', '-out', 'ca.der');
  const unicodePassword = 'Perché-€uro';
  openssl('pkcs12', '-export', '-inkey', 'valid.key', '-in', 'valid.pem', '-passout', `pass:${unicodePassword}`,
    '-out', 'unicode.p12');

  const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
  const names: TestSignerName[] = ['valid', 'expired', 'notYetValid', 'noSigningUsage', 'legacy', 'ecdsa', 'verdi'];
  const p12 = Object.fromEntries(names.map((n) => [n, read(`${n}.p12`)])) as TestPki['p12'];
  p12.certificatesOnly = read('certs-only.p12');
  p12.unicodePassword = read('unicode.p12');
  return {
    dir,
    password,
    unicodePassword,
    caPemPath: join(dir, 'ca.pem'),
    caDer: read('ca.der'),
    p12,
    certificateDer: Object.fromEntries(names.map((n) => [n, read(`${n}.der`)])) as TestPki['certificateDer'],
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A signer straight from the generated key and certificate files, bypassing loadP12's checks: for
 * signatures that loadP12 would refuse (expired, no signing key usage) whose verification is tested.
 */
export function signerFromFiles(pki: TestPki, name: TestSignerName): SignerIdentity {
  return {
    key: createPrivateKey(readFileSync(join(pki.dir, `${name}.key`))),
    certificate: pki.certificateDer[name],
    chain: [pki.caDer],
  };
}
