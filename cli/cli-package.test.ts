// proposta package and verify end to end with real openssl and pdfsig: signed with a .p12, unsigned
// and completed with openssl's CAdES standing in for the card's software, wrapped as .zip.p7m, the
// packages made before .p7m, and each defect of issue 11.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageVerification } from '../core';
import { sha256sums } from '../services/package/manifest';
import { writeZip } from '../services/package/zip-write';
import { signPdfPades } from '../services/sign';
import { createTestPki, signerFromFiles, type TestPki } from '../services/sign/test-support/certs';
import { makeTestPdf } from '../services/sign/test-support/pdf';
import { fingerprinted, writeAttachments } from '../test/helpers/attachment-files';
import { rawZip } from '../test/helpers/raw-zip';
import { NOW, starter } from '../test/helpers/docs';
import { main } from './main';

let pki: TestPki;
const dir = mkdtempSync(join(tmpdir(), 'proposta-cli-pacchetto-'));
const proposal = join(dir, 'molfetta.proposta');
/** Mario Rossi, the test PKI's valid signer, is the legal representative of the proposal. */
const LEGAL_REP_CF = 'RSSMRA85T10A562S';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const verifyJson = async (pkg: string, ...extra: string[]) => {
  const r = await run('verify', pkg, '--json', ...extra);
  return { code: r.code, report: JSON.parse(r.out) as PackageVerification & { file: string } };
};
const codes = (r: PackageVerification) => (r.esito?.motivi ?? []).map((m) => m.codice);

function unzip(zip: string): string {
  const out = mkdtempSync(join(dir, 'estratto-'));
  execFileSync('unzip', ['-q', zip, '-d', out]);
  return out;
}
/** Rezips an extracted folder, SHA256SUMS recomputed over what is there (as an attacker would). */
async function rezip(folder: string, out: string, recomputeSums = true): Promise<void> {
  const names = execFileSync('find', ['.', '-type', 'f'], { cwd: folder, encoding: 'utf8' }).trim().split('\n').map((n) => n.slice(2)).sort();
  if (recomputeSums) {
    const { createHash } = await import('node:crypto');
    const files = names.filter((n) => n !== 'SHA256SUMS').map((n) => { const b = readFileSync(join(folder, n)); return { name: n, size: b.length, sha256: createHash('sha256').update(b).digest('hex') }; });
    writeFileSync(join(folder, 'SHA256SUMS'), sha256sums(files));
  }
  await writeZip(out, names.map((n) => ({ name: n, source: { kind: 'bytes' as const, data: readFileSync(join(folder, n)) } })));
}
const openssl = (...args: string[]) => spawnSync('openssl', args, { encoding: 'utf8' });

beforeAll(() => {
  pki = createTestPki(NOW);
  writeFileSync(join(dir, 'firma.p12'), pki.p12.valid);
  writeFileSync(join(dir, 'verdi.p12'), pki.p12.verdi);
  const content = (a: { nomeFile: string }) => `%PDF-1.4\n% allegato ${a.nomeFile}\n`;
  const doc = fingerprinted(starter('comune-singolo'), content);
  const signedAttachment = doc.allegati.elenco[0]?.nomeFile ?? '';
  writeFileSync(proposal, JSON.stringify({
    ...doc,
    ente: { ...doc.ente, legaleRappresentante: { ...doc.ente.legaleRappresentante, codiceFiscale: LEGAL_REP_CF } },
  }));
  writeFileSync(join(dir, 'attestato.proposta'), JSON.stringify({
    ...doc,
    ente: { ...doc.ente, legaleRappresentante: { ...doc.ente.legaleRappresentante, codiceFiscale: LEGAL_REP_CF } },
    allegati: { elenco: doc.allegati.elenco.map((a) => (a.nomeFile === signedAttachment ? { ...a, firmato: true } : a)) },
  }));
  writeAttachments(doc, dir, content);
  process.env.PROPOSTA_P12_PASSWORD = pki.password;
}, 120_000);
afterAll(() => {
  pki?.cleanup();
  rmSync(dir, { recursive: true, force: true });
  delete process.env.PROPOSTA_P12_PASSWORD;
});

describe('proposta package and verify', () => {
  const signed = join(dir, 'pacchetto.zip');

  it('signed with a .p12: dossier.pdf PAdES with a visible signature, manifest.json.p7m; verify --ca 0, openssl and pdfsig agree', async () => {
    const made = await run('package', proposal, '--out', signed, '--p12', join(dir, 'firma.p12'));
    expect([made.code, made.err]).toEqual([0, '']);
    const x = unzip(signed);
    expect(readdirSync(x).sort()).toEqual(['SHA256SUMS', 'allegati', 'dossier.docx', 'dossier.pdf', 'manifest.json', 'manifest.json.p7m', 'proposal.json']);
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: x }).status).toBe(0);
    const cms = openssl('cms', '-verify', '-binary', '-inform', 'DER', '-in', join(x, 'manifest.json.p7m'), '-CAfile', pki.caPemPath, '-purpose', 'any');
    expect(cms.stderr).toContain('Verification successful');
    expect(cms.stdout).toBe(readFileSync(join(x, 'manifest.json'), 'utf8'));
    const pdfsig = spawnSync('pdfsig', [join(x, 'dossier.pdf')], { encoding: 'utf8' }).stdout;
    expect(pdfsig).toContain('Signature Validation: Signature is Valid.');
    const pages = execFileSync('pdfinfo', [join(x, 'dossier.pdf')], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1] ?? '1';
    const lastPage = execFileSync('pdftotext', ['-f', pages, '-l', pages, join(x, 'dossier.pdf'), '-'], { encoding: 'utf8' });
    expect(lastPage).toContain(`Firmato digitalmente da Mario Rossi (${LEGAL_REP_CF})`);

    const v = await verifyJson(signed, '--ca', pki.caPemPath);
    expect([v.code, codes(v.report)]).toEqual([0, []]);
    expect(v.report.firmati?.map((f) => [f.file, f.firmatari.map((s) => s.codiceFiscale)])).toEqual([['manifest.json.p7m', [LEGAL_REP_CF]], ['dossier.pdf', [LEGAL_REP_CF]]]);
    expect(v.report.firmati?.[0]?.firmatari[0]?.livelli.map((l) => [l.livello, l.esito])).toEqual([['integrita', 'superato'], ['firma', 'superato'], ['certificato', 'superato'], ['catena', 'superato'], ['codice-fiscale', 'superato']]);
    const text = await run('verify', signed, '--ca', pki.caPemPath);
    expect(text.out).toContain('solo dichiarata');
    // Without a trust anchor the chain is not verified: intact but not trustworthy.
    const noCa = await verifyJson(signed);
    expect([noCa.code, codes(noCa.report)]).toEqual([3, ['NESSUNA_ANCORA_DI_FIDUCIA', 'NESSUNA_ANCORA_DI_FIDUCIA']]);
  }, 180_000);

  it('refuses an unknown option in every command (--p21 for --p12) with exit 2 and the usage, writing nothing', async () => {
    const typo = await run('package', proposal, '--out', join(dir, 'refuso.zip'), '--p21', join(dir, 'firma.p12'));
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('--p21');
    expect(typo.err).toContain('Uso: proposta package');
    expect(existsSync(join(dir, 'refuso.zip'))).toBe(false);
    for (const command of ['new', 'validate', 'eligibility', 'conformita', 'serve', 'export', 'package', 'verify']) {
      const r = await run(command, proposal, '--sconosciuta');
      expect([command, r.code, r.err.includes('Uso: proposta')]).toEqual([command, 2, true]);
    }
    const none = await run('package', proposal, '--out', join(dir, 'senza.zip'));
    expect(none.code).toBe(2);
    expect(existsSync(join(dir, 'senza.zip'))).toBe(false);
  });

  it('--non-firmato, then signed with openssl cms -cades -nodetach and PAdES elsewhere, --completa verifies; a wrapped .zip.p7m too', async () => {
    const unsigned = join(dir, 'da-firmare.zip');
    const made = await run('package', proposal, '--out', unsigned, '--non-firmato');
    expect(made.code).toBe(0);
    const manifest = join(dir, 'da-firmare-da-firmare-manifest.json');
    const pdf = join(dir, 'da-firmare-da-firmare-dossier.pdf');
    expect(readFileSync(manifest)).toEqual(readFileSync(join(unzip(unsigned), 'manifest.json')));
    // Unsigned: intact but not trustworthy, the two files named.
    const v0 = await verifyJson(unsigned, '--ca', pki.caPemPath);
    expect(v0.code).toBe(3);
    expect(v0.report.esito?.motivi.map((m) => [m.file, m.codice])).toEqual([['manifest.json', 'NON_FIRMATO'], ['dossier.pdf', 'NON_FIRMATO']]);

    const p7m = `${manifest}.p7m`;
    expect(openssl('cms', '-sign', '-cades', '-nodetach', '-binary', '-md', 'sha256', '-in', manifest, '-signer', join(pki.dir, 'valid.pem'), '-inkey', join(pki.dir, 'valid.key'), '-outform', 'DER', '-out', p7m).status).toBe(0);
    const signedPdf = join(dir, 'dossier-firmato.pdf');
    writeFileSync(signedPdf, await signPdfPades(readFileSync(pdf), signerFromFiles(pki, 'valid'), { name: 'Mario Rossi', reason: 'r', location: 'l' }));

    // A .p7m of another manifest is refused with its code, nothing written.
    const other = join(dir, 'altro.json.p7m');
    writeFileSync(join(dir, 'altro.json'), '{}');
    openssl('cms', '-sign', '-cades', '-nodetach', '-binary', '-in', join(dir, 'altro.json'), '-signer', join(pki.dir, 'valid.pem'), '-inkey', join(pki.dir, 'valid.key'), '-outform', 'DER', '-out', other);
    const wrong = await run('package', '--completa', unsigned, '--firmati', other, signedPdf, '--out', join(dir, 'sbagliato.zip'));
    expect([wrong.code, wrong.err.includes('[MANIFESTO_FIRMATO_DIVERSO]')]).toEqual([1, true]);
    const elsewhere = join(dir, 'altro-firmato.pdf');
    writeFileSync(elsewhere, await signPdfPades(await makeTestPdf(), signerFromFiles(pki, 'valid'), { name: 'Mario Rossi', reason: 'r', location: 'l' }));
    const notOriginal = await run('package', '--completa', unsigned, '--firmati', p7m, elsewhere, '--out', join(dir, 'sbagliato.zip'));
    expect([notOriginal.code, notOriginal.err.includes('[NON_E_IL_PDF_ORIGINALE]')]).toEqual([1, true]);
    expect(existsSync(join(dir, 'sbagliato.zip'))).toBe(false);

    const final = join(dir, 'finale.zip');
    const done = await run('package', '--completa', unsigned, '--firmati', p7m, signedPdf, '--out', final);
    expect([done.code, done.err]).toEqual([0, '']);
    const v = await verifyJson(final, '--ca', pki.caPemPath);
    expect([v.code, codes(v.report)]).toEqual([0, []]);
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unzip(final) }).status).toBe(0);

    // The whole zip signed as DiKe does by default: enveloping CAdES around the package.
    const wrapped = `${final}.p7m`;
    openssl('cms', '-sign', '-cades', '-nodetach', '-binary', '-in', final, '-signer', join(pki.dir, 'valid.pem'), '-inkey', join(pki.dir, 'valid.key'), '-outform', 'DER', '-out', wrapped);
    const w = await verifyJson(wrapped, '--ca', pki.caPemPath);
    expect([w.code, codes(w.report)]).toEqual([0, []]);
    expect(w.report.firmati?.map((f) => f.file)).toEqual(['finale.zip.p7m', 'manifest.json.p7m', 'dossier.pdf']);
  }, 240_000);

  it('keeps the packages made before .p7m verifiable: manifest.json.p7s (detached CAdES by openssl)', async () => {
    const x = unzip(signed);
    rmSync(join(x, 'manifest.json.p7m'));
    expect(openssl('cms', '-sign', '-cades', '-binary', '-md', 'sha256', '-in', join(x, 'manifest.json'), '-signer', join(pki.dir, 'valid.pem'), '-inkey', join(pki.dir, 'valid.key'), '-outform', 'DER', '-out', join(x, 'manifest.json.p7s')).status).toBe(0);
    const old = join(dir, 'vecchio.zip');
    await rezip(x, old);
    const v = await verifyJson(old, '--ca', pki.caPemPath);
    expect([v.code, codes(v.report)]).toEqual([0, []]);
    expect(v.report.firmati?.map((f) => [f.file, f.formato])).toEqual([['manifest.json.p7s', 'cades-detached'], ['dossier.pdf', 'pades']]);
  }, 120_000);

  it('a flipped byte in manifest.json.p7m blames that file only (not SHA256SUMS)', async () => {
    const x = unzip(signed);
    const p7m = readFileSync(join(x, 'manifest.json.p7m'));
    const at = p7m.length - 20; // inside the signature value
    p7m[at] = (p7m[at] ?? 0) ^ 0x01;
    writeFileSync(join(x, 'manifest.json.p7m'), p7m);
    const flipped = join(dir, 'p7m-alterato.zip');
    await rezip(x, flipped, false);
    const v = await verifyJson(flipped, '--ca', pki.caPemPath);
    expect(v.code).toBe(1);
    const blamed = new Set(v.report.esito?.motivi.filter((m) => m.gravita === 1).map((m) => m.file));
    expect([...blamed]).toEqual(['manifest.json.p7m']);
  }, 120_000);

  it('a signer who is not the legal representative: exit 3 with FIRMATARIO_DIVERSO_DAL_RAPPRESENTANTE', async () => {
    const pkg = join(dir, 'verdi.zip');
    expect((await run('package', proposal, '--out', pkg, '--p12', join(dir, 'verdi.p12'))).code).toBe(0);
    const v = await verifyJson(pkg, '--ca', pki.caPemPath);
    expect(v.code).toBe(3);
    expect(codes(v.report)).toEqual(['FIRMATARIO_DIVERSO_DAL_RAPPRESENTANTE', 'FIRMATARIO_DIVERSO_DAL_RAPPRESENTANTE']);
  }, 120_000);

  it('the PDF swapped for an unsigned one, hashes recomputed, the signature removed: 3, never 0', async () => {
    const x = unzip(signed);
    const original = readFileSync(join(dir, 'da-firmare-da-firmare-dossier.pdf'));
    writeFileSync(join(x, 'dossier.pdf'), original);
    rmSync(join(x, 'manifest.json.p7m'));
    const swapped = join(dir, 'scambiato.zip');
    await rezip(x, swapped);
    const v = await verifyJson(swapped, '--ca', pki.caPemPath);
    expect(v.code).toBe(3);
    expect(codes(v.report)).toEqual(['NON_FIRMATO', 'NON_FIRMATO']);
  }, 120_000);

  it('an attachment declared signed but not signed is reported (exit 3)', async () => {
    const pkg = join(dir, 'allegato-firmato.zip');
    expect((await run('package', join(dir, 'attestato.proposta'), '--out', pkg, '--p12', join(dir, 'firma.p12'))).code).toBe(0);
    const v = await verifyJson(pkg, '--ca', pki.caPemPath);
    expect(v.code).toBe(3);
    expect(v.report.esito?.motivi.map((m) => [m.file, m.codice])).toEqual([['allegati/delibera-giunta-214-2026.pdf', 'ALLEGATO_NON_FIRMATO']]);
  }, 120_000);

  it('hostile or unreadable packages: exit 2 and no "non firmato" line, many at once', async () => {
    const hostile = join(dir, 'ostile.zip');
    writeFileSync(hostile, rawZip([{ name: '../../evasione.txt', data: Buffer.from('x') }]));
    const trunc = join(dir, 'troncato.zip');
    writeFileSync(trunc, readFileSync(signed).subarray(0, 1000));
    const garbage = join(dir, 'spazzatura.zip.p7m');
    writeFileSync(garbage, Buffer.from('non è una busta CMS'));
    const runs = await Promise.all(Array.from({ length: 12 }, (_, i) => run('verify', [hostile, trunc, garbage][i % 3] ?? hostile)));
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.out.toLowerCase()).not.toContain('non firmato');
    }
    expect(JSON.parse((await run('verify', hostile, '--json')).out).problemi[0].codice).toBe('PACCHETTO_NOME_NON_SICURO');
  }, 120_000);
});
