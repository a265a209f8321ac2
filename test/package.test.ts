// The submission package end to end, checked with standard tools: unzip, sha256sum, openssl, pdfsig.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Allegato, Proposal } from '../core';
import { checkAttachmentFiles } from '../services/app/attachments';
import { createPackage, packageFile } from '../services/package/create';
import { packageTools, signatureAssessors } from '../services/package/tools';
import { verifyPackage } from '../services/package/verify';
import { writeZip } from '../services/package/zip-write';
import { loadP12, type LoadedSigner } from '../services/sign';
import { createTestPki, type TestPki } from '../services/sign/test-support/certs';
import { fingerprinted, writeAttachments } from './helpers/attachment-files';
import { NOW, PROFILE, starter, STARTER_NAMES, type StarterName } from './helpers/docs';

let pki: TestPki;
let signer: LoadedSigner;
const work = mkdtempSync(join(tmpdir(), 'proposta-pacchetto-'));
const opts = { profile: PROFILE, now: NOW };

beforeAll(() => {
  pki = createTestPki(NOW);
  const r = loadP12(pki.p12.valid, pki.password, NOW);
  if (!r.ok) throw new Error(r.code);
  signer = r.signer;
}, 120_000);
afterAll(() => {
  pki?.cleanup();
  rmSync(work, { recursive: true, force: true });
});

/** A proposal file with its declared attachments beside it, fingerprinted as the app attaches them. */
function proposalFolder(name: StarterName, dir = mkdtempSync(join(work, `${name}-`))): { file: string; doc: Proposal } {
  const content = (a: Allegato) => `%PDF-1.7\n% allegato ${a.nomeFile}\n`;
  const doc = fingerprinted(starter(name), content);
  writeAttachments(doc, dir, content);
  const file = join(dir, `${name}.proposta`);
  writeFileSync(file, JSON.stringify(doc));
  return { file, doc };
}

async function makePackage(name: StarterName, signed: boolean, now = NOW) {
  const { file, doc } = proposalFolder(name);
  const out = join(dirname(file), `${name}.zip`);
  const r = await createPackage({ doc, proposalPath: file }, packageTools(PROFILE, signed ? signer : undefined, now), { profile: PROFILE, now }, packageFile(out));
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return out;
}

function unzip(zip: string): string {
  const dir = mkdtempSync(join(work, 'estratto-'));
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  return dir;
}

describe('signed submission package', () => {
  it.each(STARTER_NAMES)('made from the starter %s verifies with proposta, sha256sum, openssl and pdfsig', async (name) => {
    const zip = await makePackage(name, true);
    const report = await verifyPackage(zip, signatureAssessors, { ...opts, anchors: [pki.caDer], anchorSource: 'ca' });
    expect(report.problemi).toEqual([]);
    expect(report).toMatchObject({ firmato: true, firmatario: { nome: 'Mario Rossi', codiceFiscale: 'RSSMRA85T10A562S' } });
    // Every level passes but the last: the starter's legal representative is not the test PKI's Mario Rossi.
    expect(report.esito?.codiceUscita).toBe(3);
    expect(new Set(report.esito?.motivi.map((m) => m.codice))).toEqual(new Set(['FIRMATARIO_DIVERSO_DAL_RAPPRESENTANTE']));

    const dir = unzip(zip);
    expect(readdirSync(dir).sort()).toEqual(['SHA256SUMS', 'allegati', 'dossier.docx', 'dossier.pdf', 'manifest.json', 'manifest.json.p7m', 'proposal.json']);
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' }).status).toBe(0);
    const cms = spawnSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', 'manifest.json.p7m', '-CAfile', pki.caPemPath, '-purpose', 'any'], { cwd: dir, encoding: 'utf8' });
    expect(cms.stderr).toContain('Verification successful');
    expect(cms.stdout).toBe(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const printed = execFileSync('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', 'manifest.json.p7m'], { cwd: dir, encoding: 'utf8' });
    expect(printed).toMatch(/signingCertificateV2|1\.2\.840\.113549\.1\.9\.16\.2\.47/);
    const pdfsig = spawnSync('pdfsig', ['dossier.pdf'], { cwd: dir, encoding: 'utf8' });
    expect(pdfsig.stdout).toContain('Signature Validation: Signature is Valid.');
    expect(pdfsig.stdout).toContain('ETSI.CAdES.detached');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: Array<{ nome: string }>; avviso: { id: string } };
    expect(manifest.avviso.id).toBe('puglia-ia-2025');
    expect(manifest.file.map((f) => f.nome)).toEqual(expect.arrayContaining(['proposal.json', 'dossier.pdf', 'dossier.docx']));
  }, 120_000);

  it('names the file when one byte of any file changes', async () => {
    const zip = await makePackage('comune-singolo', true);
    const dir = unzip(zip);
    const names = execFileSync('find', ['.', '-type', 'f'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').map((n) => n.slice(2)).sort();
    for (const target of names) {
      const copy = mkdtempSync(join(work, 'alterato-'));
      for (const n of names) {
        mkdirSync(dirname(join(copy, n)), { recursive: true });
        copyFileSync(join(dir, n), join(copy, n));
      }
      const bytes = readFileSync(join(copy, target));
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
      writeFileSync(join(copy, target), bytes);
      const altered = join(copy, 'alterato.zip');
      await writeZip(altered, names.map((n) => ({ name: n, source: { kind: 'bytes' as const, data: readFileSync(join(copy, n)) } })));
      const r = await verifyPackage(altered, signatureAssessors, { ...opts, anchors: [pki.caDer], anchorSource: 'ca' });
      expect(r.valido, target).toBe(false);
      expect(r.esito?.codiceUscita, target).toBe(1);
      expect(r.esito?.motivi.filter((m) => m.gravita === 1).map((m) => m.file), target).toContain(target);
      rmSync(copy, { recursive: true, force: true });
    }
  }, 300_000);

  it('gives the same bytes for the same proposal and attachments, apart from the creation time', async () => {
    const a = unzip(await makePackage('aggregazione', false, new Date('2026-11-26T10:00:00Z')));
    const b = unzip(await makePackage('aggregazione', false, new Date('2026-11-27T15:30:00Z')));
    for (const n of ['proposal.json', 'dossier.pdf', 'dossier.docx']) expect(readFileSync(join(a, n)).equals(readFileSync(join(b, n))), n).toBe(true);
    const ma = JSON.parse(readFileSync(join(a, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    const mb = JSON.parse(readFileSync(join(b, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect({ ...ma, creato: '' }).toEqual({ ...mb, creato: '' });
    expect(ma.firmato).toBe(false);
  }, 120_000);

  it('refuses a proposal with errors and lists them, writing nothing', async () => {
    const { file, doc } = proposalFolder('provincia');
    const broken = { ...doc, progetto: { ...doc.progetto, componentiQualificanti: [] } };
    const out = join(dirname(file), 'rotto.zip');
    const r = await createPackage({ doc: broken, proposalPath: file }, packageTools(PROFILE), opts, packageFile(out));
    expect(r.ok ? 'ok' : r.code).toBe('PROPOSTA_CON_ERRORI');
    expect(!r.ok && r.issues?.map((i) => i.code)).toContain('QUALIFICANTE_MANCANTE');
    expect(readdirSync(dirname(file))).not.toContain('rotto.zip');
  });

  it('refuses missing attachments', async () => {
    const { file, doc } = proposalFolder('comune-singolo');
    rmSync(join(dirname(file), doc.allegati.elenco[0]!.nomeFile));
    const r = await createPackage({ doc, proposalPath: file }, packageTools(PROFILE), opts, packageFile(join(dirname(file), 'x.zip')));
    expect(r.ok ? 'ok' : r.code).toBe('ALLEGATI_NON_DISPONIBILI');
    expect(!r.ok && r.problems?.[0]).toMatchObject({ code: 'ALLEGATO_FILE_MANCANTE', pointer: '/allegati/elenco/0/nomeFile' });
  });

  it('refuses an attachment changed after it was attached, with the code proposta validate gives it', async () => {
    const { file, doc } = proposalFolder('comune-singolo');
    const changed = join(dirname(file), doc.allegati.elenco[1]!.nomeFile);
    writeFileSync(changed, '%PDF-1.7\n% un\'altra versione\n');
    const r = await createPackage({ doc, proposalPath: file }, packageTools(PROFILE), opts, packageFile(join(dirname(file), 'x.zip')));
    expect(r.ok ? 'ok' : r.code).toBe('ALLEGATI_NON_DISPONIBILI');
    expect(!r.ok && r.problems).toEqual([expect.objectContaining({ code: 'ALLEGATO_FILE_DIVERSO', pointer: '/allegati/elenco/1/nomeFile' })]);
    expect(readdirSync(dirname(file))).not.toContain('x.zip');
    // What the editor and `proposta validate` read from the same folder.
    expect((await checkAttachmentFiles(doc, file)).issues.map((i) => [i.code, i.pointer])).toEqual([['ALLEGATO_FILE_DIVERSO', '/allegati/elenco/1/nomeFile']]);
  });

  it('says why a certificate cannot sign', () => {
    expect(loadP12(pki.p12.valid, 'sbagliata', NOW)).toMatchObject({ ok: false, code: 'P12_PASSWORD_ERRATA' });
    expect(loadP12(pki.p12.expired, pki.password, NOW)).toMatchObject({ ok: false, code: 'CERTIFICATO_SCADUTO' });
    expect(loadP12(pki.p12.noSigningUsage, pki.password, NOW)).toMatchObject({ ok: false, code: 'CERTIFICATO_SENZA_USO_FIRMA' });
  });
});
