// The editor's smart-card and card-software paths through the real handler table: a SoftHSM2 token
// initialised by this test (SOFTHSM2_CONF in a temp folder), real openssl and the real PAdES signer.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageVerification, Proposal, TokenListing, TokenModule } from '../../core';
import { NOW, starter } from '../../test/helpers/docs';
import { fingerprinted, writeAttachments } from '../../test/helpers/attachment-files';
import { desktopHarness, serveHarness, type Harness } from '../../test/helpers/hosts';
import { tempFolders } from '../../test/helpers/temp';
import { signPdfPades } from '../sign/pades';
import { createTestPki, signerFromFiles, type TestPki } from '../sign/test-support/certs';
import { createTestToken, SOFTHSM_MODULE, type TestToken } from '../sign/test-support/softhsm';

const tmp = tempFolders('token-app');
const CONTENT = Buffer.from('allegato di prova\n');
const doc = fingerprinted(starter('comune-singolo'), () => CONTENT);
let pki: TestPki;
let token: TestToken;

beforeAll(() => {
  pki = createTestPki(NOW);
  token = createTestToken('Carta Comune');
  token.add(pki, 'valid', '01', 'Firma Mario Rossi');
  token.add(pki, 'verdi', '02', 'Firma Giuseppe Verdi');
});
afterAll(() => {
  token?.cleanup();
  pki?.cleanup();
});

/** serve on a workspace holding the proposal and its attachments, opened as the window opens it. */
async function opened(): Promise<{ t: Harness; handle: string; doc: Proposal }> {
  const t = serveHarness(tmp());
  writeFileSync(join(t.workspace, 'molfetta.proposta'), JSON.stringify(doc));
  writeAttachments(doc, t.workspace, () => CONTENT);
  const o = await t.value<{ handle: string; doc: Proposal }>('file:open', { source: { kind: 'workspace', name: 'molfetta.proposta' } });
  return { t, handle: o.handle, doc: o.doc };
}

const softhsm = async (t: Harness): Promise<TokenModule> => {
  const { modules, canPick } = await t.value<{ modules: TokenModule[]; canPick: boolean }>('token:modules', {});
  expect(canPick).toBe(false);
  const found = modules.find((m) => m.file === basename(SOFTHSM_MODULE));
  expect(found?.label).toBe('SoftHSM (token software, per prove)');
  // The page is shown a file name and an id, never a folder.
  for (const m of modules) expect(`${m.id} ${m.file}`).not.toContain('/');
  return found!;
};

const zips = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.zip') || n.endsWith('.tmp'));

describe('smart cards through the handler table (serve)', () => {
  it('lists the token and its signing certificates with holder and codice fiscale, without a PIN', async () => {
    const { t } = await opened();
    const module = await softhsm(t);
    const { tokens } = await t.value<{ tokens: TokenListing[] }>('token:list', { module: module.id });
    expect(tokens.map((k) => k.label)).toEqual(['Carta Comune']);
    const certs = tokens[0]!.certificates.map((c) => ({ id: c.id, holder: c.holder, cf: c.fiscalCode, nr: c.nonRepudiation })).sort((a, b) => a.id.localeCompare(b.id));
    expect(certs).toEqual([
      { id: '01', holder: 'Mario Rossi', cf: 'RSSMRA85T10A562S', nr: true },
      { id: '02', holder: 'Giuseppe Verdi', cf: 'VRDGPP80A01F205X', nr: true },
    ]);
    expect(await t.code('token:list', { module: `noto-${'0'.repeat(16)}` })).toBe('MODULO_SCONOSCIUTO');
    expect(await t.code('token:pickModule', {})).toBe('SCELTA_NON_DISPONIBILE');
  }, 60_000);

  it('signs the package on the token with the PIN; a wrong PIN is PIN_ERRATO and writes nothing', async () => {
    const { t, handle, doc: d } = await opened();
    const module = await softhsm(t);
    const req = (pin: string) => ({
      doc: d, handle, target: { kind: 'workspace', name: 'firmato.zip' }, certificate: null, password: '',
      token: { module: module.id, token: 'Carta Comune', certificate: '02', pin },
    });
    const wrong = await t.call('package:create', req('00000000'));
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('PIN_ERRATO');
    expect(JSON.stringify(wrong)).not.toContain('00000000');
    expect(zips(t.workspace)).toEqual([]);

    const made = await t.call('package:create', req(token.pin));
    expect(made.ok ? made.value : made.error).toMatchObject({ name: 'firmato.zip', signed: true });
    expect(JSON.stringify(made)).not.toContain(token.pin);
    const v = await t.value<{ report: PackageVerification }>('package:verify', { source: { kind: 'workspace', name: 'firmato.zip' } });
    const signers = (v.report.firmati ?? []).map((f) => [f.file, f.firmatari.map((s) => s.codiceFiscale)]);
    expect(signers.sort()).toEqual([['dossier.pdf', ['VRDGPP80A01F205X']], ['manifest.json.p7m', ['VRDGPP80A01F205X']]]);
    // Intact; without a trust anchor in the editor it is not called trustworthy.
    expect(v.report.esito?.codiceUscita).toBe(3);
    expect(v.report.firmati?.every((f) => f.firmatari.every((s) => s.livelli.find((l) => l.livello === 'firma')?.esito === 'superato'))).toBe(true);
  }, 180_000);

  it('refuses malformed requests before any handler: paths, two ways of signing at once, files to sign beside a signed package', async () => {
    const { t, handle, doc: d } = await opened();
    const module = await softhsm(t);
    const base = { doc: d, handle, target: { kind: 'workspace', name: 'p.zip' }, certificate: null, password: '' };
    const tok = { module: module.id, token: 'Carta Comune', certificate: '01', pin: token.pin };
    const bad: Array<[string, unknown]> = [
      ['token:list', { module: SOFTHSM_MODULE }],
      ['token:list', { module: '../../usr/lib/softhsm/libsofthsm2.so' }],
      ['token:list', {}],
      ['token:modules', { path: SOFTHSM_MODULE }],
      ['package:create', { ...base, token: { ...tok, module: SOFTHSM_MODULE } }],
      ['package:create', { ...base, token: { ...tok, path: SOFTHSM_MODULE } }],
      ['package:create', { ...base, token: { ...tok, pin: 12345678 } }],
      ['package:create', { ...base, token: { ...tok, certificate: 'RSSMRA85T10A562S' } }],
      ['package:create', { ...base, token: tok, certificate: { kind: 'workspace', name: 'firma.p12' } }],
      ['package:create', { ...base, token: tok, toSignBeside: true }],
      ['package:create', { ...base, certificate: { kind: 'workspace', name: 'firma.p12' }, toSignBeside: true }],
      ['package:complete', { source: { kind: 'workspace', name: 'p.zip' }, signed: [], target: { kind: 'workspace', name: 'f.zip' } }],
      ['package:complete', { source: { kind: 'workspace', name: 'p.zip' }, signed: [{ kind: 'workspace', name: '../m.p7m' }], target: { kind: 'workspace', name: 'f.zip' } }],
      ['package:complete', { source: { kind: 'workspace', name: 'p.zip' }, signed: [{ kind: 'workspace', name: 'm.exe' }], target: { kind: 'workspace', name: 'f.zip' } }],
      ['package:complete', { source: { kind: 'workspace', name: 'p.zip' }, signed: Array(3).fill({ kind: 'workspace', name: 'm.p7m' }), target: { kind: 'workspace', name: 'f.zip' } }],
    ];
    // Each one five times, all at once.
    const codes = await Promise.all(bad.flatMap(([c, r]) => Array.from({ length: 5 }, async () => [c, await t.code(c, r)])));
    for (const [c, code] of codes) expect(code, c).toBe('RICHIESTA_NON_VALIDA');
    expect(zips(t.workspace)).toEqual([]);
  }, 60_000);
});

describe('a module chosen with the desktop dialog', () => {
  it('is named by a session handle afterwards, and lists the same token', async () => {
    const t = desktopHarness(tmp(), { open: () => SOFTHSM_MODULE });
    const { modules, canPick } = await t.value<{ modules: TokenModule[]; canPick: boolean }>('token:modules', {});
    expect(canPick).toBe(true);
    expect(modules.some((m) => m.file === basename(SOFTHSM_MODULE))).toBe(true);
    const picked = await t.value<TokenModule>('token:pickModule', {});
    expect(picked.id).toMatch(/^[0-9a-f]{32}$/);
    expect(picked.file).toBe(basename(SOFTHSM_MODULE));
    const { tokens } = await t.value<{ tokens: TokenListing[] }>('token:list', { module: picked.id });
    expect(tokens.map((k) => k.label)).toEqual(['Carta Comune']);
  }, 60_000);
});

describe('unsigned package, signed outside, completed (serve)', () => {
  it('writes the two files to sign beside the package and completes it with the signed .p7m and PDF', async () => {
    const { t, handle, doc: d } = await opened();
    const made = await t.value<{ name: string; signed: boolean; toSign?: { manifest: string; pdf: string } }>('package:create', {
      doc: d, handle, target: { kind: 'workspace', name: 'da-firmare.zip' }, certificate: null, password: '', toSignBeside: true,
    });
    expect(made).toMatchObject({ name: 'da-firmare.zip', signed: false, toSign: { manifest: 'da-firmare-da-firmare-manifest.json', pdf: 'da-firmare-da-firmare-dossier.pdf' } });
    const w = (n: string) => join(t.workspace, n);
    const sign = spawnSync('openssl', ['cms', '-sign', '-cades', '-nodetach', '-binary', '-md', 'sha256', '-in', w(made.toSign!.manifest),
      '-signer', join(pki.dir, 'valid.pem'), '-inkey', join(pki.dir, 'valid.key'), '-outform', 'DER', '-out', w('manifest.json.p7m')]);
    expect(sign.status, sign.stderr?.toString()).toBe(0);
    writeFileSync(w('dossier-firmato.pdf'), await signPdfPades(readFileSync(w(made.toSign!.pdf)), signerFromFiles(pki, 'valid'), { name: 'Mario Rossi', reason: 'Proposta', location: 'Molfetta', signingTime: NOW }));

    const complete = (signed: string[], target = 'finale.zip') => t.call('package:complete', {
      source: { kind: 'workspace', name: 'da-firmare.zip' }, signed: signed.map((name) => ({ kind: 'workspace', name })), target: { kind: 'workspace', name: target },
    });
    // A manifest signed over other bytes is refused and writes nothing.
    writeFileSync(w('altro.json'), '{"altro":true}\n');
    spawnSync('openssl', ['cms', '-sign', '-cades', '-nodetach', '-binary', '-in', w('altro.json'), '-signer', join(pki.dir, 'valid.pem'), '-inkey', join(pki.dir, 'valid.key'), '-outform', 'DER', '-out', w('altro.p7m')]);
    const refused = await complete(['altro.p7m', 'dossier-firmato.pdf'], 'rifiutato.zip');
    expect(refused.ok).toBe(false);
    expect(existsSync(w('rifiutato.zip'))).toBe(false);

    const done = await complete(['manifest.json.p7m', 'dossier-firmato.pdf']);
    expect(done.ok ? done.value : done.error).toMatchObject({ name: 'finale.zip' });
    const v = await t.value<{ report: PackageVerification }>('package:verify', { source: { kind: 'workspace', name: 'finale.zip' } });
    expect(v.report.esito?.codiceUscita).toBe(3);
    expect((v.report.firmati ?? []).map((f) => [f.file, f.firmatari.map((s) => s.codiceFiscale)]).sort()).toEqual([['dossier.pdf', ['RSSMRA85T10A562S']], ['manifest.json.p7m', ['RSSMRA85T10A562S']]]);
  }, 180_000);
});
