// Exporting the dossier through the handler table: asked before replacing, atomic on a full disk,
// never through a link, never over a proposal, never of a malformed or absurdly long document.
import { linkSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, starter } from '../../test/helpers/docs';
import { desktopHarness, serveHarness } from '../../test/helpers/hosts';
import { errno, tempFolders } from '../../test/helpers/temp';
import { nodeEffects, type FileEffects } from '../files/effects';

const tmp = tempFolders('esporta');
const doc = starter('comune-singolo');
const toWorkspace = (name: string, overwrite?: boolean) => ({ doc, format: name.endsWith('.pdf') ? 'pdf' : 'docx', target: { kind: 'workspace', name }, ...(overwrite === undefined ? {} : { overwrite }) });

describe('export:dossier', () => {
  it('asks before replacing an existing dossier, and replaces it when confirmed', async () => {
    const t = serveHarness(tmp());
    const file = join(t.workspace, 'dossier.docx');
    writeFileSync(file, 'dossier di ieri');
    expect(await t.code('export:dossier', toWorkspace('dossier.docx'))).toBe('FILE_ESISTENTE');
    expect(readFileSync(file, 'utf8')).toBe('dossier di ieri');
    expect(await t.code('export:dossier', toWorkspace('dossier.docx', true))).toBe('ok');
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('leaves the previous dossier whole when the disk fills up, and says so with its code', async () => {
    const full: FileEffects = {
      ...nodeEffects,
      async create(p, m) {
        const f = await nodeEffects.create(p, m);
        return { ...f, write: async (c) => { await f.write(c.subarray(0, 4096)); throw errno('ENOSPC'); } };
      },
    };
    const t = serveHarness(tmp(), full);
    const file = join(t.workspace, 'dossier.pdf');
    const previous = Buffer.from('%PDF-1.7\n% il dossier di ieri, completo\n%%EOF\n');
    writeFileSync(file, previous);
    expect(await t.code('export:dossier', toWorkspace('dossier.pdf', true))).toBe('DISCO_PIENO');
    expect(readFileSync(file).equals(previous)).toBe(true);
    expect(readdirSync(t.workspace).sort()).toEqual(['dossier.pdf', 'molfetta.proposta']);
  }, 60_000);

  it('never writes through a link in the workspace (it would write outside it)', async () => {
    const t = serveHarness(tmp());
    const outside = join(t.root, 'fuori.pdf');
    writeFileSync(outside, 'fuori dalla cartella');
    symlinkSync(outside, join(t.workspace, 'dossier.pdf'));
    expect(await t.code('export:dossier', toWorkspace('dossier.pdf', true))).toBe('DESTINAZIONE_COLLEGAMENTO');
    expect(readFileSync(outside, 'utf8')).toBe('fuori dalla cartella');
  });

  it('never replaces the open proposal, by its name or by another name', async () => {
    const root = tmp();
    let answer = '';
    const t = desktopHarness(root, { open: () => join(root, 'documenti', 'molfetta.proposta'), save: () => answer });
    const proposal = join(t.workspace, 'molfetta.proposta');
    const before = readFileSync(proposal, 'utf8');
    await t.value('file:open', { source: { kind: 'dialog' } });
    answer = proposal;
    expect(await t.code('export:dossier', { doc, format: 'pdf', target: { kind: 'dialog', suggestedName: 'x.pdf' } })).toBe('DESTINAZIONE_PROPOSTA');
    // A hard link is the same file under a name that looks like a dossier.
    answer = join(t.workspace, 'sembra-un-dossier.pdf');
    linkSync(proposal, answer);
    expect(await t.code('export:dossier', { doc, format: 'pdf', target: { kind: 'dialog', suggestedName: 'x.pdf' } })).toBe('DESTINAZIONE_PROPOSTA');
    expect(readFileSync(proposal, 'utf8')).toBe(before);
  });

  it('refuses at once a document with a text far beyond its limit (a 10 MB title), and exports one slightly over it as a draft', async () => {
    const t = serveHarness(tmp());
    const huge = edit(doc, (d) => { d.progetto.titolo = 'Titolo '.repeat(1_500_000); });
    const r = await t.call('export:dossier', { ...toWorkspace('enorme.pdf'), doc: huge });
    expect(r.ok ? 'ok' : r.error.code).toBe('PROPOSTA_NON_VALIDA');
    expect(!r.ok && r.error.issues?.map((i) => [i.code, i.pointer])).toEqual([['TESTO_TROPPO_LUNGO', '/progetto/titolo']]);
    const long = edit(doc, (d) => { d.progetto.titolo = 'Titolo un po\' troppo lungo '.repeat(10); });
    expect(await t.code('export:dossier', { ...toWorkspace('bozza.docx'), doc: long })).toBe('ok');
    expect(readdirSync(t.workspace).sort()).toEqual(['bozza.docx', 'molfetta.proposta']);
  }, 60_000);
});
