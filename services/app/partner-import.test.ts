// «Importa la risposta di un Comune» on real files: signed and unsigned replies, the signer judged,
// conflicts settled per field, and hostile replies refused with their code and nothing written.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerModule, Proposal } from '../../core';
import { edit, PROFILE, starter } from '../../test/helpers/docs';
import { tempFolders } from '../../test/helpers/temp';
import { signCadesEnveloping } from '../sign/p7m';
import { createTestPki, signerFromFiles, type TestPki, type TestSignerName } from '../sign/test-support/certs';
import { cliHost, workspaceHost } from './hosts';
import { loadProposal } from './open';
import { importPartnerReply, type ImportRequest } from './partner-import';
import { preparePartnerModules } from './partner-modules';

const tmp = tempFolders('partner-import');
const DAY = 86_400_000;
let pki: TestPki;
beforeAll(() => { pki = createTestPki(new Date(Date.now() - 10 * DAY)); });
afterAll(() => pki.cleanup());

/** Cutrofiano's legal representative is the test PKI's valid signer (Mario Rossi). */
const lead = edit(starter('aggregazione'), (d) => { d.ente.partner[0]!.legaleRappresentante.codiceFiscale = 'RSSMRA85T10A562S'; });
const host = cliHost({ profile: PROFILE });
const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;

/** A folder with the proposal saved and a module written for every partner. */
async function sent(dir = tmp()): Promise<{ dir: string; file: string; module: (id: string) => PartnerModule }> {
  const file = join(dir, 'p.proposta');
  writeFileSync(file, JSON.stringify(lead, null, 2));
  const r = await preparePartnerModules(host, { doc: lead, partners: 'tutti', requestedBy: '2026-12-15', destination: { kind: 'folder', place: { kind: 'path', path: dir } }, save: { path: file, expected: (await stamped(file)).stamp } });
  if (!r.ok) throw new Error(r.error.code);
  return { dir, file, module: (id) => readJson<PartnerModule>(join(dir, `${id}.proposta-partner`)) };
}

const bytesOf = (m: PartnerModule): Uint8Array => new TextEncoder().encode(JSON.stringify(m));
async function signed(m: PartnerModule, who: TestSignerName = 'valid'): Promise<Uint8Array> {
  return signCadesEnveloping(bytesOf(m), signerFromFiles(pki, who), { signingTime: new Date() });
}
function put(dir: string, name: string, bytes: Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}
const changed = (m: PartnerModule, fn: (m: PartnerModule) => void): PartnerModule => {
  const copy = structuredClone(m);
  fn(copy);
  return copy;
};
const current = (file: string): Proposal => readJson<Proposal>(file);
/** The proposal as the command line reads it: the document and what the file was (a save replaces only that). */
async function stamped(file: string) {
  const r = await loadProposal(host, file);
  if (!r.ok || !r.stamp) throw new Error(`illeggibile: ${file}`);
  return { doc: r.doc, stamp: r.stamp };
}
async function request(file: string, reply: string, more: Partial<ImportRequest> = {}): Promise<ImportRequest> {
  const { doc, stamp } = await stamped(file);
  return { doc, proposal: { path: file, expected: stamp }, reply: { kind: 'path', path: reply }, accept: false, save: true, ...more };
}
const snapshot = (file: string) => ({ bytes: readFileSync(file).toString('base64'), mtime: statSync(file).mtimeMs });

describe('importPartnerReply: signed replies', () => {
  it('merges a reply signed by the legal representative without asking, records the signer and keeps the .p7m', async () => {
    const { dir, file, module } = await sent();
    const p7m = await signed(changed(module('cutrofiano'), (m) => { m.parti.ente.pec = 'firmata@pec.comune.cutrofiano.le.it'; }));
    const r = await importPartnerReply(host, await request(file, put(dir, 'cutro.p7m', p7m)));
    expect(r.ok && 'esito' in r.value && r.value.esito).toBe('unita');
    const saved = current(file);
    expect(saved.ente.partner[0]!.pec).toBe('firmata@pec.comune.cutrofiano.le.it');
    const record = saved.ente.scambi.find((s) => s.ente === 'cutrofiano')!;
    expect(record.risposta).toMatchObject({ firma: 'valida', firmatario: 'Mario Rossi', codiceFiscaleFirmatario: 'RSSMRA85T10A562S', unita: true });
    const kept = join(dir, 'risposte', `cutrofiano-${record.richiesta.slice(0, 8)}.proposta-partner.p7m`);
    expect(Buffer.from(readFileSync(kept)).equals(Buffer.from(p7m))).toBe(true);
  });

  it('asks before merging a reply signed by someone else or with an expired certificate; accepted, records it as it is', async () => {
    const { dir, file, module } = await sent();
    const before = snapshot(file);
    for (const [who, code] of [['verdi', 'RISPOSTA_FIRMATARIO_DIVERSO'], ['expired', 'RISPOSTA_FIRMA_NON_VALIDA']] as const) {
      const r = await importPartnerReply(host, await request(file, put(dir, `${who}.p7m`, await signed(module('cutrofiano'), who))));
      expect(r.ok && 'esito' in r.value && r.value.esito === 'da-decidere' && r.value.signatureRefusal?.code).toBe(code);
    }
    expect(snapshot(file)).toEqual(before);
    expect(existsSync(join(dir, 'risposte'))).toBe(false);
    const r = await importPartnerReply(host, await request(file, join(dir, 'verdi.p7m'), { accept: true }));
    expect(r.ok && 'esito' in r.value && r.value.esito === 'unita' && r.value.accepted?.code).toBe('RISPOSTA_FIRMATARIO_DIVERSO');
    expect(current(file).ente.scambi.find((s) => s.ente === 'cutrofiano')!.risposta).toMatchObject({ firma: 'valida', firmatario: 'Giuseppe Verdi', codiceFiscaleFirmatario: 'VRDGPP80A01F205X' });
  });
});

describe('importPartnerReply: unsigned replies and conflicts', () => {
  it('lists the conflicts, settles them per field only when each is chosen, and keeps the plain reply', async () => {
    const { dir, file, module } = await sent();
    const ours = edit(current(file), (d) => { d.ente.partner[1]!.pec = 'capofila@pec.it'; d.ente.partner[1]!.referente.email = 'capofila@comune.it'; });
    writeFileSync(file, JSON.stringify(ours));
    const reply = put(dir, 'soleto.proposta-partner', bytesOf(changed(module('soleto'), (m) => { m.parti.ente.pec = 'comune@pec.it'; m.parti.ente.referente.email = 'comune@comune.it'; })));
    const before = snapshot(file);
    const first = await importPartnerReply(host, await request(file, reply));
    if (!first.ok || !('esito' in first.value) || first.value.esito !== 'da-decidere') throw new Error('atteso da-decidere');
    expect(first.value.signatureRefusal?.code).toBe('RISPOSTA_NON_FIRMATA');
    expect(first.value.conflicts.map((c) => [c.path, c.mine, c.theirs])).toEqual([['/ente/pec', 'capofila@pec.it', 'comune@pec.it'], ['/ente/referente/email', 'capofila@comune.it', 'comune@comune.it']]);
    const partial = await importPartnerReply(host, await request(file, reply, { accept: true, resolution: { perField: { '/ente/pec': 'loro' } } }));
    expect(partial.ok && 'esito' in partial.value && partial.value.esito).toBe('da-decidere');
    expect(snapshot(file)).toEqual(before);
    const done = await importPartnerReply(host, await request(file, reply, { accept: true, resolution: { perField: { '/ente/pec': 'loro', '/ente/referente/email': 'mio' } } }));
    expect(done.ok && 'esito' in done.value && done.value.esito).toBe('unita');
    expect(current(file).ente.partner[1]).toMatchObject({ pec: 'comune@pec.it', referente: { email: 'capofila@comune.it' } });
    const req8 = current(file).ente.scambi.find((s) => s.ente === 'soleto')!.richiesta.slice(0, 8);
    expect(readFileSync(join(dir, 'risposte', `soleto-${req8}.proposta-partner`)).equals(readFileSync(reply))).toBe(true);
  });

  it('takes back the reply it kept when the proposal cannot be saved (changed by another program meanwhile)', async () => {
    const { dir, file, module } = await sent();
    const req = await request(file, put(dir, 'r.proposta-partner', bytesOf(module('soleto'))), { accept: true });
    writeFileSync(file, JSON.stringify(edit(req.doc, (d) => { d.progetto.titolo = 'Cambiato da un collega'; })));
    const r = await importPartnerReply(host, req);
    expect(!r.ok && [r.stage, r.error.code]).toEqual(['save', 'FILE_MODIFICATO_ESTERNAMENTE']);
    expect(current(file).progetto.titolo).toBe('Cambiato da un collega');
    expect(existsSync(join(dir, 'risposte')) ? execFileSync('ls', [join(dir, 'risposte')]).toString() : '').toBe('');
  });
});

describe('importPartnerReply: hostile replies, each refused with its code, concurrently, nothing written', () => {
  it('FIFO, huge, garbage, another proposal, an older request, the lead\'s title, a line for the lead', async () => {
    // Deep paths: the proposal 40 folders down.
    const deep = join(tmp(), ...Array.from({ length: 40 }, (_, i) => `cartella-${i}`));
    mkdirSync(deep, { recursive: true });
    const { dir, file, module } = await sent(deep);
    const old = module('soleto');
    const again = await preparePartnerModules(host, { doc: current(file), partners: ['soleto'], requestedBy: '', destination: { kind: 'file', place: { kind: 'path', path: join(dir, 'soleto.proposta-partner') } }, overwrite: true, save: { path: file, expected: (await stamped(file)).stamp } });
    expect(again.ok).toBe(true);
    execFileSync('mkfifo', [join(dir, 'fifo.proposta-partner')]);
    const huge = put(dir, 'huge.proposta-partner', new Uint8Array(0));
    truncateSync(huge, 40 * 1024 * 1024);
    const cases: Array<[string, string]> = [
      [join(dir, 'fifo.proposta-partner'), 'NON_UN_FILE'],
      [huge, 'FILE_TROPPO_GRANDE'],
      [put(dir, 'garbage.proposta-partner', new Uint8Array([0x30, 0x82, 0xff, 0xff, 0, 1, 2, 3, 0xc3])), 'CODIFICA_NON_VALIDA'],
      [put(dir, 'altra.proposta-partner', bytesOf(changed(module('cutrofiano'), (m) => { m.proposta = '99999999-9999-4999-8999-999999999999'; }))), 'RISPOSTA_ALTRA_PROPOSTA'],
      [put(dir, 'vecchia.p7m', await signed(old)), 'RISPOSTA_RICHIESTA_SUPERATA'],
      [put(dir, 'titolo.p7m', await signed(changed(module('cutrofiano'), (m) => { m.contesto.titolo = 'Titolo del Comune'; }))), 'RISPOSTA_FUORI_PARTE'],
      [put(dir, 'voce.proposta-partner', bytesOf(changed(module('cutrofiano'), (m) => { m.parti.voci[0]!.ente = 'capofila'; }))), 'RISPOSTA_VOCE_ALTRO_ENTE'],
      [put(dir, 'base.proposta-partner', bytesOf(changed(module('cutrofiano'), (m) => { m.base.ente.pec = 'x@pec.it'; }))), 'RISPOSTA_BASE_ALTERATA'],
      [join(dir, 'manca.proposta-partner'), 'FILE_NON_TROVATO'],
    ];
    const before = snapshot(file);
    const base = await request(file, '', { accept: true, resolution: 'loro' });
    const runs = cases.flatMap(([path, code]) => Array.from({ length: 5 }, async () => {
      const r = await importPartnerReply(host, { ...base, reply: { kind: 'path', path } });
      return [code, r.ok ? 'ok' : r.error.code] as const;
    }));
    for (const [expected, got] of await Promise.all(runs)) expect(got).toBe(expected);
    const title = await importPartnerReply(host, await request(file, join(dir, 'titolo.p7m'), { accept: true }));
    expect(!title.ok && title.fields).toEqual(['/contesto/titolo']);
    expect(snapshot(file)).toEqual(before);
    expect(existsSync(join(dir, 'risposte'))).toBe(false);
  });
});

describe('importPartnerReply in the editor (proposta serve)', () => {
  it('returns the merged document without saving, keeps the reply, and never follows a link', async () => {
    const root = tmp();
    const work = join(root, 'lavoro');
    mkdirSync(work);
    const { file, module } = await sent(work);
    const serve = workspaceHost({ workspaceDir: work, userDataDir: join(root, 'dati'), profile: PROFILE });
    const handle = serve.session!.files.register(file, 'proposta', null);
    put(work, 'soleto-firmata.proposta-partner.p7m', await signed(changed(module('soleto'), (m) => { m.parti.ente.pec = 'nuova@pec.it'; })));
    symlinkSync(join(work, 'soleto-firmata.proposta-partner.p7m'), join(work, 'link.proposta-partner'));
    const before = snapshot(file);
    const editorReq = (name: string): ImportRequest => ({ doc: current(file), proposal: { handle }, reply: { kind: 'workspace', name }, accept: true, save: false });
    const link = await importPartnerReply(serve, editorReq('link.proposta-partner'));
    expect(!link.ok && link.error.code).toBe('COLLEGAMENTO');
    expect((await importPartnerReply(serve, editorReq('../fuori.proposta-partner'))).ok).toBe(false);
    const r = await importPartnerReply(serve, editorReq('soleto-firmata.proposta-partner.p7m'));
    if (!r.ok || !('esito' in r.value) || r.value.esito !== 'unita') throw new Error('attesa unita');
    // Signed by Mario Rossi, not Soleto's representative: accepted explicitly.
    expect(r.value.accepted?.code).toBe('RISPOSTA_FIRMATARIO_DIVERSO');
    expect(r.value.doc.ente.partner[1]!.pec).toBe('nuova@pec.it');
    expect(snapshot(file)).toEqual(before);
    expect(existsSync(join(work, r.value.replyFile))).toBe(true);
  });
});
