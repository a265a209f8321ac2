// Partner mode through the real handler table: a Comune opens the module its lead sent, saves it and
// signs the reply with a test .p12 and with a SoftHSM2 token; openssl and read-reply check the result.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildPartnerModule, MAX_PROPOSAL_BYTES, moduleWithProposal, serializePartnerModule,
  type Issue, type OpenedFile, type PartnerModule, type TokenModule,
} from '../../core';
import { edit, NOW, starter } from '../../test/helpers/docs';
import { desktopHarness, serveHarness, type Harness } from '../../test/helpers/hosts';
import { tempFolders } from '../../test/helpers/temp';
import { readPartnerReply } from '../partner/read-reply';
import { createTestPki, type TestPki } from '../sign/test-support/certs';
import { createTestToken, SOFTHSM_MODULE, type TestToken } from '../sign/test-support/softhsm';
import { mustRun } from '../sign/test-support/tools';

const tmp = tempFolders('modulo-comune');
const built = buildPartnerModule(starter('aggregazione'), 'soleto', { requestId: '11111111-1111-4111-8111-111111111111', now: NOW, requestedBy: '2026-12-10' });
if (!built.ok) throw new Error(built.refusal.code);
const module: PartnerModule = built.module;
const NAME = 'soleto.proposta-partner';
let pki: TestPki;
let token: TestToken;

beforeAll(() => {
  pki = createTestPki(NOW);
  token = createTestToken('Carta Soleto');
  token.add(pki, 'verdi', '02', 'Firma Giuseppe Verdi');
});
afterAll(() => {
  token?.cleanup();
  pki?.cleanup();
});

/** serve on a workspace holding the module and a test .p12, the module opened as the window opens it. */
async function opened(): Promise<{ t: Harness; o: OpenedFile }> {
  const t = serveHarness(tmp());
  writeFileSync(join(t.workspace, NAME), serializePartnerModule(module));
  writeFileSync(join(t.workspace, 'firma.p12'), pki.p12.valid);
  return { t, o: await t.value<OpenedFile>('file:open', { source: { kind: 'workspace', name: NAME } }) };
}

/** The module as the officer edited it in the editor: the PEC and a budget line's description. */
const edited = (o: OpenedFile): PartnerModule => moduleWithProposal(o.partner!, edit(o.doc, (d) => {
  d.ente.partner[0]!.pec = 'protocollo@pec.comune.soleto.le.it';
  d.budget.voci[0]!.descrizione = 'Licenze per il Comune di Soleto';
}));

const p12Request = (m: PartnerModule, password = pki.password) => ({
  module: m, target: { kind: 'workspace', name: 'soleto.proposta-partner.p7m' }, certificate: { kind: 'workspace', name: 'firma.p12' }, password,
});
const outputs = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.p7m') || n.endsWith('.tmp')).sort();

describe('a Comune\'s module in the editor', () => {
  it('is listed in the workspace and opens in partner mode, and saves back only as a module', async () => {
    const { t, o } = await opened();
    const { files } = await t.value<{ files: Array<{ name: string }> }>('workspace:list', {});
    expect(files.map((f) => f.name)).toContain(NAME);
    expect(o.partner).toEqual(module);
    expect(o.doc.ente.partner.map((p) => p.id)).toEqual(['soleto']);
    expect(o.doc.progetto.titolo).toBe(module.contesto.titolo);

    const m = edited(o);
    expect(await t.code('file:save', { handle: o.handle, doc: o.doc })).toBe('FILE_SCONOSCIUTO');
    await t.value('partner:save', { handle: o.handle, module: m });
    expect(readFileSync(join(t.workspace, NAME), 'utf8')).toBe(serializePartnerModule(m));
    expect(readFileSync(join(t.workspace, `${NAME}.bak`), 'utf8')).toBe(serializePartnerModule(module));
    // Reopened, it is the module as saved; another program's change is noticed before a save.
    const again = await t.value<OpenedFile>('file:open', { source: { kind: 'handle', handle: o.handle } });
    expect(again.partner).toEqual(m);
    writeFileSync(join(t.workspace, NAME), serializePartnerModule(module));
    expect(await t.code('partner:save', { handle: o.handle, module: m })).toBe('FILE_MODIFICATO_ESTERNAMENTE');
    expect(readFileSync(join(t.workspace, NAME), 'utf8')).toBe(serializePartnerModule(module));
    expect(await t.code('partner:save', { handle: o.handle, module: { ...m, parti: { ...m.parti, extra: 1 } } })).toBe('MODULO_NON_VALIDO');
    // A window that sends another title or base saves only the partner's parts.
    const reloaded = await t.value<OpenedFile>('file:open', { source: { kind: 'handle', handle: o.handle } });
    await t.value('partner:save', { handle: o.handle, module: { ...m, contesto: { ...m.contesto, titolo: 'Titolo del Comune' }, base: m.parti } });
    expect(readFileSync(join(t.workspace, NAME), 'utf8')).toBe(serializePartnerModule({ ...reloaded.partner!, parti: m.parti }));
  });

  it('«senza firma»: writes the saved module\'s one-page summary beside it, and replaces an earlier one only when asked', async () => {
    const { t, o } = await opened();
    const m = edited(o);
    await t.value('partner:save', { handle: o.handle, module: m });
    expect(await t.code('partner:summary', { handle: 'b'.repeat(32) })).toBe('FILE_SCONOSCIUTO');
    const r = await t.value<{ name: string }>('partner:summary', { handle: o.handle });
    expect(r.name).toBe('soleto-riepilogo.pdf');
    const pdf = join(t.workspace, r.name);
    expect(mustRun('pdfinfo', [pdf])).toMatch(/^Pages:\s+1$/m);
    expect(mustRun('pdftotext', [pdf, '-'])).toContain(m.parti.ente.denominazione);
    const before = readFileSync(pdf);
    expect(await t.code('partner:summary', { handle: o.handle })).toBe('FILE_ESISTENTE');
    expect(readFileSync(pdf).equals(before)).toBe(true);
    await t.value('partner:summary', { handle: o.handle, overwrite: true });
  }, 60_000);

  it('signs the reply with a .p12: openssl verifies it over the module\'s exact bytes, read-reply names the signer', async () => {
    const { t, o } = await opened();
    const m = edited(o);
    const wrong = await t.call('partner:sign', p12Request(m, 'sbagliata-123'));
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('P12_PASSWORD_ERRATA');
    expect(JSON.stringify(wrong)).not.toContain('sbagliata-123');
    expect(outputs(t.workspace)).toEqual([]);

    // A file already where the summary goes stops the signature before anything is written.
    writeFileSync(join(t.workspace, 'soleto-riepilogo.pdf'), 'di un altro');
    expect(await t.code('partner:sign', p12Request(m))).toBe('FILE_ESISTENTE');
    expect(outputs(t.workspace)).toEqual([]);
    expect(readFileSync(join(t.workspace, 'soleto-riepilogo.pdf'), 'utf8')).toBe('di un altro');
    rmSync(join(t.workspace, 'soleto-riepilogo.pdf'));

    const r = await t.value<{ name: string; summary: string; issues: Issue[] }>('partner:sign', p12Request(m));
    expect(r.name).toBe('soleto.proposta-partner.p7m');
    // Beside it, the one-page summary of the contribution for the legal representative to sign.
    expect(r.summary).toBe('soleto-riepilogo.pdf');
    const pdf = join(t.workspace, r.summary);
    expect(mustRun('pdfinfo', [pdf])).toMatch(/^Pages:\s+1$/m);
    expect(mustRun('pdftotext', [pdf, '-'])).toContain(m.parti.ente.denominazione);
    expect(JSON.stringify(r)).not.toContain(pki.password);
    expect(r.issues.every((i) => i.pointer.startsWith('/parti/'))).toBe(true);
    const p7m = join(t.workspace, r.name);
    const content = join(t.root, 'contenuto.json');
    mustRun('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', p7m, '-CAfile', pki.caPemPath, '-purpose', 'any', '-out', content]);
    expect(readFileSync(content, 'utf8')).toBe(serializePartnerModule(m));
    const reply = await readPartnerReply(p7m, NOW);
    expect(reply.ok && { data: reply.data, signed: reply.signed, cf: reply.signature.fiscalCode, state: reply.signature.state })
      .toEqual({ data: m, signed: true, cf: 'RSSMRA85T10A562S', state: 'valida' });

    // An existing reply is replaced only when confirmed.
    const before = readFileSync(p7m);
    expect(await t.code('partner:sign', p12Request(m))).toBe('FILE_ESISTENTE');
    expect(readFileSync(p7m)).toEqual(before);
    await t.value('partner:sign', { ...p12Request(m), overwrite: true });
  }, 60_000);

  it('signs the reply on a SoftHSM2 token with the PIN; a wrong PIN is PIN_ERRATO and writes nothing', async () => {
    const { t, o } = await opened();
    const { modules } = await t.value<{ modules: TokenModule[] }>('token:modules', {});
    const lib = modules.find((x) => x.file === basename(SOFTHSM_MODULE))!;
    const req = (pin: string) => ({ ...p12Request(edited(o)), certificate: null, password: '', token: { module: lib.id, token: 'Carta Soleto', certificate: '02', pin } });
    const wrong = await t.call('partner:sign', req('00000000'));
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('PIN_ERRATO');
    expect(JSON.stringify(wrong)).not.toContain('00000000');
    expect(outputs(t.workspace)).toEqual([]);
    const r = await t.value<{ name: string }>('partner:sign', req(token.pin));
    const reply = await readPartnerReply(join(t.workspace, r.name), NOW);
    expect(reply.ok && { cf: reply.signature.fiscalCode, state: reply.signature.state }).toEqual({ cf: 'VRDGPP80A01F205X', state: 'valida' });
  }, 60_000);

  it('refuses a module whose structure was edited, and signs nothing without a way to sign', async () => {
    const { t, o } = await opened();
    const bad = { ...o.partner!, contesto: { ...o.partner!.contesto, capofila: 42 } };
    expect(await t.code('partner:sign', p12Request(bad as unknown as PartnerModule))).toBe('MODULO_NON_VALIDO');
    expect(await t.code('partner:sign', p12Request({ ...o.partner!, parti: { ...o.partner!.parti, voci: [{ ...o.partner!.parti.voci[0]!, importoNetto: 1e300 }] } }))).toBe('MODULO_NON_VALIDO');
    expect(outputs(t.workspace)).toEqual([]);
  });
});

const HOSTILE: Record<string, { code: string; make(path: string): void }> = {
  garbage: { code: 'CODIFICA_NON_VALIDA', make: (p) => writeFileSync(p, Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x7b])) },
  'not JSON': { code: 'MODULO_NON_VALIDO', make: (p) => writeFileSync(p, '{"formatoModulo": 1, "proposta": ') },
  'newer format': { code: 'MODULO_VERSIONE_PIU_RECENTE', make: (p) => writeFileSync(p, serializePartnerModule({ ...module, formatoModulo: 2 as 1 })) },
  'edited structure': { code: 'MODULO_NON_VALIDO', make: (p) => writeFileSync(p, JSON.stringify({ ...module, base: null, titolo: 'Altro' })) },
  huge: { code: 'FILE_TROPPO_GRANDE', make: (p) => writeFileSync(p, Buffer.alloc(MAX_PROPOSAL_BYTES + 10, 0x20)) },
  FIFO: { code: 'FILE_NON_LEGGIBILE', make: (p) => spawnSync('mkfifo', [p]) },
};

describe('hostile modules', () => {
  it('are refused with their code, five of each at once under a deep folder, and nothing is written', async () => {
    const root = tmp();
    const deep = join(root, ...Array.from({ length: 30 }, (_, i) => `livello-${i}`));
    const runs = Object.entries(HOSTILE).flatMap(([kind, c]) => Array.from({ length: 5 }, (_, i) => ({ kind, c, i })));
    const results = await Promise.all(runs.map(async ({ kind, c, i }) => {
      const dir = join(deep, `${kind.replace(/ /g, '-')}-${i}`);
      const path = join(dir, NAME);
      const t = desktopHarness(dir, { open: () => path });
      c.make(path);
      const before = readdirSync(dir).sort();
      const code = await t.code('file:open', { source: { kind: 'dialog' } });
      return { kind, code, expected: c.code, same: JSON.stringify(readdirSync(dir).sort()) === JSON.stringify(before) };
    }));
    for (const r of results) expect(r, r.kind).toEqual({ kind: r.kind, code: r.expected, expected: r.expected, same: true });
  }, 120_000);

  it('a proposal that mentions formatoModulo in a text still opens as a proposal', async () => {
    const t = serveHarness(tmp());
    const doc = edit(starter('comune-singolo'), (d) => { d.progetto.sintesi = '"formatoModulo": 1'; });
    writeFileSync(join(t.workspace, 'x.proposta'), JSON.stringify(doc));
    const o = await t.value<OpenedFile>('file:open', { source: { kind: 'workspace', name: 'x.proposta' } });
    expect(o.partner).toBeUndefined();
    expect(o.doc.progetto.sintesi).toBe('"formatoModulo": 1');
  });
});
