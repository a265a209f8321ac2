/**
 * A SoftHSM2 token for tests, initialised in a fresh temporary folder: SOFTHSM2_CONF points SoftHSM at
 * it, so no system token is touched. Keys and certificates come from the test PKI of `certs.ts`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestPki, TestSignerName } from './certs';
import { mustRun } from './tools';

/** Debian's SoftHSM2 module (package softhsm2). */
export const SOFTHSM_MODULE = ['/usr/lib/softhsm/libsofthsm2.so', '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so']
  .find((p) => existsSync(p)) ?? '/usr/lib/softhsm/libsofthsm2.so';

/** A token with a user PIN; `cleanup` removes its folder. */
export interface TestToken {
  label: string;
  pin: string;
  modulePath: string;
  /** Puts a test signer's key and certificate on the token under one CKA_ID. */
  add(pki: TestPki, name: TestSignerName, id: string, label: string, opts?: { alwaysAuthenticate?: boolean; keyOnly?: boolean; certOnly?: boolean }): void;
  cleanup(): void;
}

/**
 * Initialises a token in a new folder and sets `process.env.SOFTHSM2_CONF` for this process: SoftHSM
 * reads it once, at C_Initialize, so one token folder per test file.
 */
export function createTestToken(label = 'Firma Prova', pin = '12345678'): TestToken {
  const dir = mkdtempSync(join(tmpdir(), 'proposta-softhsm-'));
  mkdirSync(join(dir, 'tokens'));
  const conf = join(dir, 'softhsm2.conf');
  writeFileSync(conf, `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n`);
  process.env.SOFTHSM2_CONF = conf;
  mustRun('softhsm2-util', ['--init-token', '--free', '--label', label, '--so-pin', '87654321', '--pin', pin]);
  const tool = (...args: string[]) => mustRun('pkcs11-tool', ['--module', SOFTHSM_MODULE, '--token-label', label, '--login', '--pin', pin, ...args]);
  return {
    label,
    pin,
    modulePath: SOFTHSM_MODULE,
    add(pki, name, id, objectLabel, opts = {}) {
      if (!opts.certOnly) {
        const keyDer = join(pki.dir, `${name}.key.der`);
        mustRun('openssl', ['pkey', '-in', join(pki.dir, `${name}.key`), '-outform', 'DER', '-out', keyDer]);
        tool('--write-object', keyDer, '--type', 'privkey', '--id', id, '--label', objectLabel, '--usage-sign',
          ...(opts.alwaysAuthenticate ? ['--always-auth'] : []));
      }
      if (!opts.keyOnly) tool('--write-object', join(pki.dir, `${name}.der`), '--type', 'cert', '--id', id, '--label', objectLabel);
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
