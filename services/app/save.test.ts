// Saving through the handler table, as the window asks it on the desktop and in `proposta serve`:
// never a silent overwrite, never a loss, the same codes on every host.
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PROPOSAL_BYTES, type Proposal } from '../../core';
import { edit, starter } from '../../test/helpers/docs';
import { desktopHarness, serveHarness } from '../../test/helpers/hosts';
import { errno, tempFolders } from '../../test/helpers/temp';
import { nodeEffects, type FileEffects } from '../files/effects';

const tmp = tempFolders('salva');
type Opened = { handle: string; doc: Proposal; name: string };
const titled = (doc: Proposal, titolo: string) => edit(doc, (d) => { d.progetto.titolo = titolo; });
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Proposal;

async function openMolfetta(t: ReturnType<typeof serveHarness>) {
  return t.value<Opened>('file:open', { source: { kind: 'workspace', name: 'molfetta.proposta' } });
}

describe('saving over a file another program changed', () => {
  it('answers FILE_MODIFICATO_ESTERNAMENTE and writes nothing; then overwrite, save as and reload all work', async () => {
    const t = serveHarness(tmp());
    const file = join(t.workspace, 'molfetta.proposta');
    const opened = await openMolfetta(t);
    const theirs = titled(starter('comune-singolo'), 'Versione di un collega');
    writeFileSync(file, JSON.stringify(theirs, null, 2));

    const mine = titled(opened.doc, 'La mia versione');
    expect(await t.code('file:save', { handle: opened.handle, doc: mine })).toBe('FILE_MODIFICATO_ESTERNAMENTE');
    expect(read(file).progetto.titolo).toBe('Versione di un collega');

    // Reload: the window gets the colleague's version.
    const reloaded = await t.value<Opened>('file:open', { source: { kind: 'handle', handle: opened.handle } });
    expect(reloaded.doc.progetto.titolo).toBe('Versione di un collega');
    // Save as: another name, the colleague's file untouched.
    expect(await t.code('file:saveAs', { target: { kind: 'workspace', name: 'mia.proposta' }, doc: mine })).toBe('ok');
    expect(read(file).progetto.titolo).toBe('Versione di un collega');
    // Overwrite, chosen by the officer.
    expect(await t.code('file:save', { handle: opened.handle, doc: mine, overwrite: true })).toBe('ok');
    expect(read(file).progetto.titolo).toBe('La mia versione');
    expect(read(`${file}.bak`).progetto.titolo).toBe('Versione di un collega');
  });

  it('does not complain about its own saves, and notices a change made between two of them', async () => {
    const t = serveHarness(tmp());
    const opened = await openMolfetta(t);
    for (const titolo of ['uno', 'due', 'tre']) expect(await t.code('file:save', { handle: opened.handle, doc: titled(opened.doc, titolo) })).toBe('ok');
    writeFileSync(join(t.workspace, 'molfetta.proposta'), JSON.stringify(titled(opened.doc, 'altrui')));
    expect(await t.code('file:save', { handle: opened.handle, doc: titled(opened.doc, 'quattro') })).toBe('FILE_MODIFICATO_ESTERNAMENTE');
  });
});

describe('save as', () => {
  it('asks before replacing an existing file in the browser, and replaces it when confirmed', async () => {
    const t = serveHarness(tmp());
    const doc = titled(starter('aggregazione'), 'Nuova');
    const before = readFileSync(join(t.workspace, 'molfetta.proposta'), 'utf8');
    expect(await t.code('file:saveAs', { target: { kind: 'workspace', name: 'molfetta.proposta' }, doc })).toBe('FILE_ESISTENTE');
    expect(readFileSync(join(t.workspace, 'molfetta.proposta'), 'utf8')).toBe(before);
    expect(await t.code('file:saveAs', { target: { kind: 'workspace', name: 'molfetta.proposta' }, doc, overwrite: true })).toBe('ok');
    expect(read(join(t.workspace, 'molfetta.proposta')).progetto.titolo).toBe('Nuova');
  });

  it('never replaces a proposal of a newer format, even when confirmed', async () => {
    const t = serveHarness(tmp());
    const newer = JSON.stringify({ ...starter('provincia'), schemaVersion: 99 });
    writeFileSync(join(t.workspace, 'futura.proposta'), newer);
    for (const overwrite of [false, true]) {
      expect(await t.code('file:saveAs', { target: { kind: 'workspace', name: 'futura.proposta' }, doc: starter('aggregazione'), overwrite })).toBe('FILE_VERSIONE_PIU_RECENTE');
    }
    expect(readFileSync(join(t.workspace, 'futura.proposta'), 'utf8')).toBe(newer);
  });

  it('never writes through a link, and never copies the link\'s target into a .bak', async () => {
    const t = serveHarness(tmp());
    const outside = join(t.root, 'fuori.proposta');
    writeFileSync(outside, 'non toccare');
    symlinkSync(outside, join(t.workspace, 'collegamento.proposta'));
    for (const overwrite of [false, true]) {
      expect(await t.code('file:saveAs', { target: { kind: 'workspace', name: 'collegamento.proposta' }, doc: starter('aggregazione'), overwrite })).toBe('DESTINAZIONE_COLLEGAMENTO');
    }
    expect(readFileSync(outside, 'utf8')).toBe('non toccare');
    expect(readdirSync(t.workspace).sort()).toEqual(['collegamento.proposta', 'molfetta.proposta']);
    // The desktop's dialog may return a link too: refused the same way.
    const d = desktopHarness(tmp(), { save: () => join(t.workspace, 'collegamento.proposta') });
    expect(await d.code('file:saveAs', { target: { kind: 'dialog', suggestedName: 'x.proposta' }, doc: starter('aggregazione') })).toBe('DESTINAZIONE_COLLEGAMENTO');
    expect(readFileSync(outside, 'utf8')).toBe('non toccare');
  });
});

describe('permissions, size and a full disk', () => {
  it('keeps a private file private and refuses a read-only one', async () => {
    const t = serveHarness(tmp());
    const file = join(t.workspace, 'molfetta.proposta');
    chmodSync(file, 0o600);
    const opened = await openMolfetta(t);
    expect(await t.code('file:save', { handle: opened.handle, doc: titled(opened.doc, 'privato') })).toBe('ok');
    expect([statSync(file).mode & 0o777, statSync(`${file}.bak`).mode & 0o777]).toEqual([0o600, 0o600]);
    chmodSync(file, 0o444);
    const before = readFileSync(file, 'utf8');
    expect(await t.code('file:save', { handle: opened.handle, doc: titled(opened.doc, 'sola lettura') })).toBe('FILE_SOLA_LETTURA');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a proposal larger than what opening accepts, before writing anything', async () => {
    const t = serveHarness(tmp());
    const opened = await openMolfetta(t);
    const before = readFileSync(join(t.workspace, 'molfetta.proposta'), 'utf8');
    const huge = edit(opened.doc, (d) => { d.progetto.sintesi = 'x'.repeat(MAX_PROPOSAL_BYTES + 1); });
    expect(await t.code('file:save', { handle: opened.handle, doc: huge })).toBe('PROPOSTA_TROPPO_GRANDE');
    expect(await t.code('file:saveAs', { target: { kind: 'workspace', name: 'enorme.proposta' }, doc: huge })).toBe('PROPOSTA_TROPPO_GRANDE');
    expect(readFileSync(join(t.workspace, 'molfetta.proposta'), 'utf8')).toBe(before);
    expect(readdirSync(t.workspace)).toEqual(['molfetta.proposta']);
  });

  it('says the disk is full and leaves the saved file as it was, with no temporary file', async () => {
    const full: FileEffects = {
      ...nodeEffects,
      async create(p, m) {
        const f = await nodeEffects.create(p, m);
        return { ...f, write: async (c) => { await f.write(c.subarray(0, 100)); throw errno('ENOSPC'); } };
      },
    };
    const t = serveHarness(tmp(), full);
    const opened = await openMolfetta(t);
    const before = readFileSync(join(t.workspace, 'molfetta.proposta'), 'utf8');
    const r = await t.call('file:save', { handle: opened.handle, doc: titled(opened.doc, 'mai scritto') });
    expect(r.ok ? 'ok' : r.error.code).toBe('DISCO_PIENO');
    expect(readFileSync(join(t.workspace, 'molfetta.proposta'), 'utf8')).toBe(before);
    expect(readdirSync(t.workspace)).toEqual(['molfetta.proposta']);
  });
});

describe('every host checks the document first, with the same code', () => {
  const malformed = { ...starter('comune-singolo'), budget: 'molti soldi' };
  const absurd = edit(starter('comune-singolo'), (d) => { d.ente.capofila.popolazione.valore = 1e308; });

  it.each([
    ['serve', () => serveHarness(tmp())],
    // The dialogs are cancelled: the document is refused before any of them is shown.
    ['desktop', () => { const root = tmp(); return desktopHarness(root, { open: () => join(root, 'documenti', 'molfetta.proposta'), save: () => null }); }],
  ])('%s: a malformed document gets PROPOSTA_NON_VALIDA from save, save as, export, package and autosave alike', async (_host, make) => {
    const t = make();
    const desktop = t.host.mode === 'desktop';
    const target = (ext: string) => (desktop ? { kind: 'dialog', suggestedName: `x.${ext}` } : { kind: 'workspace', name: `x.${ext}` });
    const { handle } = await t.value<Opened>('file:open', { source: desktop ? { kind: 'dialog' } : { kind: 'workspace', name: 'molfetta.proposta' } });
    const before = readdirSync(t.workspace).sort();
    for (const doc of [malformed, absurd]) {
      expect(await t.code('file:save', { handle, doc })).toBe('PROPOSTA_NON_VALIDA');
      expect(await t.code('file:saveAs', { target: target('proposta'), doc })).toBe('PROPOSTA_NON_VALIDA');
      expect(await t.code('export:dossier', { doc, format: 'pdf', target: target('pdf') })).toBe('PROPOSTA_NON_VALIDA');
      expect(await t.code('export:dossier', { doc, format: 'docx', target: target('docx') })).toBe('PROPOSTA_NON_VALIDA');
      expect(await t.code('package:create', { doc, handle, target: target('zip'), certificate: null, password: '' })).toBe('PROPOSTA_NON_VALIDA');
      expect(await t.code('recovery:write', { key: 'proposta-x', handle, doc })).toBe('PROPOSTA_NON_VALIDA');
    }
    expect(readdirSync(t.workspace).sort()).toEqual(before);
    const r = await t.call('file:saveAs', { target: target('proposta'), doc: absurd });
    expect(!r.ok && r.error.issues?.map((i) => [i.code, i.pointer])).toEqual([['NUMERO_FUORI_SCALA', '/ente/capofila/popolazione/valore']]);
    expect(JSON.stringify(r)).not.toMatch(/Infinity|NaN/);
  });

  it('does not let the handle of an export be saved over with a proposal', async () => {
    const t = serveHarness(tmp());
    const out = await t.value<{ handle: string }>('export:dossier', { doc: starter('comune-singolo'), format: 'docx', target: { kind: 'workspace', name: 'dossier.docx' } });
    expect(await t.code('file:save', { handle: out.handle, doc: starter('comune-singolo') })).toBe('FILE_SCONOSCIUTO');
    expect(readFileSync(join(t.workspace, 'dossier.docx')).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);
});

describe('odd files in the folder', () => {
  it('refuses a FIFO named like a proposal without blocking, and lists the other files around odd entries', async () => {
    const t = serveHarness(tmp());
    expect(spawnSync('mkfifo', [join(t.workspace, 'tubo.proposta')]).status).toBe(0);
    symlinkSync(join(t.workspace, 'sparito.proposta'), join(t.workspace, 'pendente.proposta'));
    expect(await t.code('file:open', { source: { kind: 'workspace', name: 'tubo.proposta' } })).toBe('FILE_NON_LEGGIBILE');
    const list = await t.value<{ files: Array<{ name: string }> }>('workspace:list', {});
    expect(list.files.map((f) => f.name)).toEqual(['molfetta.proposta']);
  });

  it('lists the good recovery copies when one is damaged', async () => {
    const t = serveHarness(tmp());
    const opened = await openMolfetta(t);
    await t.value('recovery:write', { key: 'proposta-buona', handle: opened.handle, doc: titled(opened.doc, 'da recuperare') });
    const [folder = ''] = readdirSync(join(t.userData, 'cartelle'));
    const dir = join(t.userData, 'cartelle', folder, 'recupero');
    writeFileSync(join(dir, 'proposta-rotta.json'), JSON.stringify({ formato: 'proposta-recupero/1', path: 42, writtenAt: 'ieri', doc: null }));
    writeFileSync(join(dir, 'proposta-troncata.json'), '{"formato": "proposta-recu');
    writeFileSync(join(dir, 'proposta-strana.json'), JSON.stringify({ formato: 'proposta-recupero/1', path: null, writtenAt: 'ieri', doc: { progetto: null } }));
    const list = await t.value<{ items: Array<{ key: string }> }>('recovery:list', {});
    expect(list.items.map((i) => i.key).sort()).toEqual(['proposta-buona', 'proposta-strana']);
    expect(await t.code('recovery:open', { key: 'proposta-strana' })).toBe('RECUPERO_NON_VALIDO');
    expect(await t.code('recovery:open', { key: 'proposta-rotta' })).toBe('RECUPERO_NON_TROVATO');
  });
});
