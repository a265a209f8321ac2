/** A three-level PKI (root, issuing CA, signer) made with openssl for chain tests, in a fresh temp folder. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mustRun } from './tools';

export interface ChainPki {
  dir: string;
  root: Uint8Array;
  issuing: Uint8Array;
  signer: Uint8Array;
  /** An issuing CA certificate without basicConstraints CA:TRUE, signed by the root, that signed `rogueSigner`. */
  notCa: Uint8Array;
  rogueSigner: Uint8Array;
  cleanup(): void;
}

const EXT = `[ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n[leaf]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n`;

export function createChainPki(): ChainPki {
  const dir = mkdtempSync(join(tmpdir(), 'proposta-chain-'));
  const openssl = (...args: string[]) => mustRun('openssl', args, { cwd: dir });
  writeFileSync(join(dir, 'ext.cnf'), EXT);
  const key = (name: string) => openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', `${name}.key`);
  key('root');
  openssl('req', '-x509', '-new', '-key', 'root.key', '-subj', '/C=IT/O=Prova/CN=Radice di prova', '-days', '3650',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-out', 'root.pem');
  const issue = (name: string, subject: string, issuer: string, section: string) => {
    key(name);
    openssl('req', '-new', '-key', `${name}.key`, '-subj', subject, '-out', `${name}.csr`);
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', `${issuer}.pem`, '-CAkey', `${issuer}.key`, '-CAcreateserial',
      '-days', '365', '-extfile', 'ext.cnf', '-extensions', section, '-out', `${name}.pem`);
  };
  issue('issuing', '/C=IT/O=Prova/CN=CA qualificata di prova', 'root', 'ca');
  issue('signer', '/C=IT/serialNumber=TINIT-RSSMRA85T10A562S/CN=Mario Rossi', 'issuing', 'leaf');
  issue('notca', '/C=IT/O=Prova/CN=Non una CA', 'root', 'leaf');
  issue('rogue', '/C=IT/serialNumber=TINIT-RSSMRA85T10A562S/CN=Mario Rossi', 'notca', 'leaf');
  const der = (name: string) => {
    openssl('x509', '-in', `${name}.pem`, '-outform', 'DER', '-out', `${name}.der`);
    return new Uint8Array(readFileSync(join(dir, `${name}.der`)));
  };
  return {
    dir, root: der('root'), issuing: der('issuing'), signer: der('signer'), notCa: der('notca'), rogueSigner: der('rogue'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
