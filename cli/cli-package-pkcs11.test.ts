// proposta package --pkcs11 on a SoftHSM2 token initialised by the test (its own SOFTHSM2_CONF): the
// package verifies with proposta verify --ca, openssl cms -verify and pdfsig; the PIN comes from
// PROPOSTA_PIN and appears in no output.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki, type TestPki } from '../services/sign/test-support/certs';
import { createTestToken, type TestToken } from '../services/sign/test-support/softhsm';
import { fingerprinted, writeAttachments } from '../test/helpers/attachment-files';
import { NOW, starter } from '../test/helpers/docs';
import { main } from './main';

let pki: TestPki;
let token: TestToken;
const dir = mkdtempSync(join(tmpdir(), 'proposta-cli-pkcs11-'));
const proposal = join(dir, 'molfetta.proposta');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(() => {
  pki = createTestPki(NOW);
  token = createTestToken('Carta Prova', '24681357');
  token.add(pki, 'valid', '01', 'Firma qualificata');
  const content = (a: { nomeFile: string }) => `allegato ${a.nomeFile}`;
  const doc = fingerprinted(starter('comune-singolo'), content);
  writeFileSync(proposal, JSON.stringify({ ...doc, ente: { ...doc.ente, legaleRappresentante: { ...doc.ente.legaleRappresentante, codiceFiscale: 'RSSMRA85T10A562S' } } }));
  writeAttachments(doc, dir, content);
}, 120_000);
afterAll(() => {
  pki?.cleanup();
  token?.cleanup();
  rmSync(dir, { recursive: true, force: true });
  delete process.env.PROPOSTA_PIN;
});

describe('proposta package --pkcs11', () => {
  it('signs on the token chosen by label and certificate CF; verify --ca, openssl and pdfsig accept it', async () => {
    process.env.PROPOSTA_PIN = token.pin;
    const pkg = join(dir, 'carta.zip');
    const made = await run('package', proposal, '--out', pkg, '--pkcs11', token.modulePath, '--token', 'Carta Prova', '--certificato', 'RSSMRA85T10A562S');
    expect([made.code, made.err]).toEqual([0, '']);
    expect(`${made.out}${made.err}`).not.toContain(token.pin);
    const v = await run('verify', pkg, '--ca', pki.caPemPath, '--json');
    expect(v.code).toBe(0);
    const x = mkdtempSync(join(dir, 'x-'));
    execFileSync('unzip', ['-q', pkg, '-d', x]);
    const cms = spawnSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(x, 'manifest.json.p7m'), '-CAfile', pki.caPemPath, '-purpose', 'any', '-out', '/dev/null'], { encoding: 'utf8' });
    expect(cms.stderr).toContain('Verification successful');
    expect(spawnSync('pdfsig', [join(x, 'dossier.pdf')], { encoding: 'utf8' }).stdout).toContain('Signature Validation: Signature is Valid.');
  }, 180_000);

  it('a wrong PIN is refused with PIN_ERRATO (exit 1), the PIN never printed, nothing written', async () => {
    process.env.PROPOSTA_PIN = '00000000';
    const pkg = join(dir, 'pin-errato.zip');
    const r = await run('package', proposal, '--out', pkg, '--pkcs11', token.modulePath);
    expect(r.code).toBe(1);
    expect(r.err).toContain('[PIN_ERRATO]');
    expect(r.err).not.toContain('00000000');
    expect(spawnSync('test', ['-e', pkg]).status).toBe(1);
  }, 60_000);

  it('a module that does not exist is refused before any PIN is asked (exit 1 or 2, with its code)', async () => {
    delete process.env.PROPOSTA_PIN;
    const r = await run('package', proposal, '--out', join(dir, 'nessuno.zip'), '--pkcs11', join(dir, 'libnessuno.so'));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/\[PKCS11_[A-Z_]+\]/);
  });
});
