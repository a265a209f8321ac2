// `proposta serve` is confined to its folder: recents, recovery copies and every path stay inside
// it, and the page is never shown a path.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../core';
import { starter, starterPath } from '../../test/helpers/docs';
import { desktopHarness, serveHarness } from '../../test/helpers/hosts';
import { tempFolders } from '../../test/helpers/temp';
import { recentId } from './recent-list';

const tmp = tempFolders('confinato');
type Opened = { handle: string; doc: Proposal };

describe('proposta serve stays in its folder', () => {
  it('never lists nor opens a recent file of another folder, even one written into its own list', async () => {
    const root = tmp();
    const elsewhere = join(root, 'altrove.proposta');
    writeFileSync(elsewhere, readFileSync(starterPath('provincia')));
    // The desktop app, with the same user-data folder, opened a file elsewhere.
    const desktop = desktopHarness(root, { open: () => elsewhere }, undefined, join(root, 'dati'));
    await desktop.value('file:open', { source: { kind: 'dialog' } });
    const t = serveHarness(root);
    await t.value('file:open', { source: { kind: 'workspace', name: 'molfetta.proposta' } });
    // Someone writes the outside path into serve's own list too.
    const [folder = ''] = readdirSync(join(t.userData, 'cartelle'));
    const list = join(t.userData, 'cartelle', folder, 'recenti.json');
    writeFileSync(list, JSON.stringify([elsewhere, join(t.workspace, 'molfetta.proposta')]));
    const recent = await t.value<{ items: Array<{ name: string; folder: string }> }>('recent:list', {});
    expect(recent.items).toEqual([{ id: recentId(join(t.workspace, 'molfetta.proposta')), name: 'molfetta.proposta', folder: '' }]);
    expect(await t.code('file:open', { source: { kind: 'recent', id: recentId(elsewhere) } })).toBe('FUORI_CARTELLA');
    expect(await t.code('file:open', { source: { kind: 'recent', id: recentId(join(t.workspace, 'molfetta.proposta')) } })).toBe('ok');
  });

  it('lists no recovery copy of a file outside its folder', async () => {
    const root = tmp();
    const elsewhere = join(root, 'altrove.proposta');
    writeFileSync(elsewhere, readFileSync(starterPath('provincia')));
    const t = serveHarness(root);
    const opened = await t.value<Opened>('file:open', { source: { kind: 'workspace', name: 'molfetta.proposta' } });
    await t.value('recovery:write', { key: 'proposta-dentro', handle: opened.handle, doc: opened.doc });
    const [folder = ''] = readdirSync(join(t.userData, 'cartelle'));
    writeFileSync(join(t.userData, 'cartelle', folder, 'recupero', 'proposta-fuori.json'), JSON.stringify({ formato: 'proposta-recupero/1', path: elsewhere, writtenAt: '2026-11-26T10:00:00.000Z', doc: starter('provincia') }));
    const items = await t.value<{ items: Array<{ key: string }> }>('recovery:list', {});
    expect(items.items.map((i) => i.key)).toEqual(['proposta-dentro']);
    const restored = await t.value<{ handle: string | null }>('recovery:open', { key: 'proposta-fuori' });
    expect(restored.handle).toBeNull();
  });

  it('does not follow a link out of its folder, for reading or writing', async () => {
    const t = serveHarness(tmp());
    const outside = join(t.root, 'segreta.proposta');
    writeFileSync(outside, readFileSync(starterPath('aggregazione')));
    symlinkSync(outside, join(t.workspace, 'scorciatoia.proposta'));
    mkdirSync(join(t.root, 'zip'));
    writeFileSync(join(t.root, 'zip', 'fuori.zip'), 'PK');
    symlinkSync(join(t.root, 'zip', 'fuori.zip'), join(t.workspace, 'pacchetto.zip'));
    expect(await t.code('file:open', { source: { kind: 'workspace', name: 'scorciatoia.proposta' } })).toBe('FILE_NON_LEGGIBILE');
    expect(await t.code('package:verify', { source: { kind: 'workspace', name: 'pacchetto.zip' } })).toBe('FILE_NON_LEGGIBILE');
    expect(await t.code('file:saveAs', { target: { kind: 'workspace', name: 'scorciatoia.proposta' }, doc: starter('provincia'), overwrite: true })).toBe('DESTINAZIONE_COLLEGAMENTO');
    expect(readFileSync(outside, 'utf8')).toBe(readFileSync(starterPath('aggregazione'), 'utf8'));
    const listed = await t.value<{ files: Array<{ name: string }> }>('workspace:list', {});
    expect(listed.files.map((f) => f.name)).toEqual(['molfetta.proposta']);
  });

  it('never shows the page a path, in answers or in errors', async () => {
    const t = serveHarness(tmp());
    const opened = await t.value<Opened>('file:open', { source: { kind: 'workspace', name: 'molfetta.proposta' } });
    writeFileSync(join(t.workspace, 'esiste.proposta'), '{}');
    const replies = await Promise.all([
      t.call('app:info', {}),
      t.call('file:save', { handle: opened.handle, doc: opened.doc }),
      t.call('file:saveAs', { target: { kind: 'workspace', name: 'copia.proposta' }, doc: opened.doc }),
      t.call('file:saveAs', { target: { kind: 'workspace', name: 'esiste.proposta' }, doc: opened.doc }),
      t.call('recent:list', {}),
      t.call('recovery:write', { key: 'proposta-x', handle: opened.handle, doc: opened.doc }),
      t.call('recovery:list', {}),
      t.call('workspace:list', {}),
      t.call('file:open', { source: { kind: 'workspace', name: 'manca.proposta' } }),
      t.call('package:verify', { source: { kind: 'workspace', name: 'manca.zip' } }),
      t.call('package:create', { doc: opened.doc, handle: opened.handle, target: { kind: 'workspace', name: 'p.zip' }, certificate: { kind: 'workspace', name: 'manca.p12' }, password: 'x' }),
      t.call('shell:showInFolder', { handle: opened.handle }),
    ]);
    for (const r of replies) expect(JSON.stringify(r)).not.toContain(t.root);
  });
});
