import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki, type TestPki } from '../services/sign/test-support/certs';
import { rawZip } from '../test/helpers/raw-zip';
import { NOW, starter } from '../test/helpers/docs';
import { main } from './main';

let pki: TestPki;
const dir = mkdtempSync(join(tmpdir(), 'proposta-cli-pacchetto-'));
const proposal = join(dir, 'molfetta.proposta');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(() => {
  pki = createTestPki(NOW);
  writeFileSync(join(dir, 'firma.p12'), pki.p12.valid);
  const doc = starter('comune-singolo');
  writeFileSync(proposal, JSON.stringify(doc));
  for (const a of doc.allegati.elenco) {
    mkdirSync(dirname(join(dir, a.nomeFile)), { recursive: true });
    writeFileSync(join(dir, a.nomeFile), `allegato ${a.nomeFile}`);
  }
}, 120_000);
afterAll(() => {
  pki?.cleanup();
  rmSync(dir, { recursive: true, force: true });
  delete process.env.PROPOSTA_P12_PASSWORD;
});

describe('proposta export, package and verify', () => {
  it('exports the dossier as PDF and DOCX', async () => {
    const r = await run('export', proposal, '--pdf', join(dir, 'dossier.pdf'), '--docx', join(dir, 'dossier.docx'));
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'dossier.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(dir, 'dossier.docx')).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('packages with a .p12 whose password comes from the environment, and verifies', async () => {
    process.env.PROPOSTA_P12_PASSWORD = pki.password;
    const pkg = join(dir, 'pacchetto.zip');
    const made = await run('package', proposal, '--out', pkg, '--p12', join(dir, 'firma.p12'));
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    const v = await run('verify', pkg, '--json');
    expect(v.code).toBe(0);
    expect(JSON.parse(v.out)).toMatchObject({ valido: true, firmato: true, firmatario: { nome: 'Mario Rossi', codiceFiscale: 'RSSMRA85T10A562S' } });
    expect((await run('verify', pkg)).out).toContain('Firmato da: Mario Rossi (codice fiscale RSSMRA85T10A562S)');
  }, 120_000);

  it('refuses a wrong password with its code, creating nothing', async () => {
    process.env.PROPOSTA_P12_PASSWORD = 'sbagliata';
    const r = await run('package', proposal, '--out', join(dir, 'no.zip'), '--p12', join(dir, 'firma.p12'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('[P12_PASSWORD_ERRATA]');
    expect(() => readFileSync(join(dir, 'no.zip'))).toThrow();
  });

  it('refuses to package a proposal with errors, listing them', async () => {
    const bad = join(dir, 'errata.proposta');
    const doc = starter('comune-singolo');
    writeFileSync(bad, JSON.stringify({ ...doc, ente: { ...doc.ente, capofila: { ...doc.ente.capofila, popolazione: { ...doc.ente.capofila.popolazione, valore: 1000 } } } }));
    const r = await run('package', bad, '--out', join(dir, 'errata.zip'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('[PROPOSTA_CON_ERRORI]');
    expect(r.err).toContain('[POP_SOTTO_SOGLIA]');
  });

  it('exits 2 on an unreadable package and 1 on a hostile one', async () => {
    const trunc = join(dir, 'troncato.zip');
    writeFileSync(trunc, readFileSync(join(dir, 'pacchetto.zip')).subarray(0, 1000));
    expect((await run('verify', trunc, '--json')).code).toBe(2);
    const hostile = join(dir, 'ostile.zip');
    writeFileSync(hostile, rawZip([{ name: '../../evasione.txt', data: Buffer.from('x') }]));
    const r = await run('verify', hostile, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).problemi[0].codice).toBe('PACCHETTO_NOME_NON_SICURO');
  });
});
