import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recoveryKeyFor, type Handlers, type Proposal } from '../../core';
import { NOW, PROFILE, starterPath } from '../../test/helpers/docs';
import type { AppHost, FileKind } from '../app/host';
import { desktopHost, workspaceHost } from '../app/hosts';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function setup(desktop?: { pickOpen(kind: FileKind): Promise<string | null>; pickSave(name: string, kind: FileKind): Promise<string | null> }) {
  const root = mkdtempSync(join(tmpdir(), 'proposta-handlers-'));
  roots.push(root);
  const workspace = join(root, 'lavoro');
  const userData = join(root, 'dati');
  mkdirSync(workspace);
  writeFileSync(join(workspace, 'molfetta.proposta.json'), readFileSync(starterPath('comune-singolo')));
  const host: AppHost = desktop
    ? desktopHost({ userDataDir: userData, profile: PROFILE, now: () => NOW, ...desktop })
    : workspaceHost({ userDataDir: userData, workspaceDir: workspace, profile: PROFILE, now: () => NOW });
  const handlers: Handlers = createHandlers(host);
  const call = async (channel: string, req: unknown) => dispatch(handlers, channel, req);
  const value = async <T>(channel: string, req: unknown): Promise<T> => {
    const r = await call(channel, req);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
    return r.value as T;
  };
  return { root, workspace, userData, call, value };
}

describe('handler table', () => {
  it('opens from the workspace, saves, remembers the file and lists it as recent', async () => {
    const t = setup();
    const opened = await t.value<{ handle: string; doc: Proposal }>('file:open', { source: { kind: 'workspace', name: 'molfetta.proposta.json' } });
    const doc = { ...opened.doc, progetto: { ...opened.doc.progetto, titolo: 'Titolo cambiato' } };
    await t.value('file:save', { handle: opened.handle, doc });
    expect(JSON.parse(readFileSync(join(t.workspace, 'molfetta.proposta.json'), 'utf8')).progetto.titolo).toBe('Titolo cambiato');
    const recent = await t.value<{ items: Array<{ id: string; name: string }> }>('recent:list', {});
    expect(recent.items.map((i) => i.name)).toEqual(['molfetta.proposta.json']);
    const again = await t.value<{ doc: Proposal }>('file:open', { source: { kind: 'recent', id: recent.items[0]!.id } });
    expect(again.doc.progetto.titolo).toBe('Titolo cambiato');
  });

  it('drops a vanished file from the recent list with a notice', async () => {
    const t = setup();
    await t.value('file:open', { source: { kind: 'workspace', name: 'molfetta.proposta.json' } });
    const { rmSync } = await import('node:fs');
    rmSync(join(t.workspace, 'molfetta.proposta.json'));
    const recent = await t.value<{ items: unknown[]; dropped: string[] }>('recent:list', {});
    expect(recent).toEqual({ items: [], dropped: ['molfetta.proposta.json'] });
  });

  it('creates from a starter and saves as a new workspace file', async () => {
    const t = setup();
    const { doc } = await t.value<{ doc: Proposal }>('file:new', { starter: 'aggregazione' });
    const saved = await t.value<{ name: string }>('file:saveAs', { target: { kind: 'workspace', name: 'nuova.proposta' }, doc });
    expect(saved.name).toBe('nuova.proposta');
    expect(existsSync(join(t.workspace, 'nuova.proposta'))).toBe(true);
  });

  it('keeps, lists, restores and on a clean save removes the recovery copy', async () => {
    const t = setup();
    const opened = await t.value<{ handle: string; doc: Proposal }>('file:open', { source: { kind: 'workspace', name: 'molfetta.proposta.json' } });
    const edited = { ...opened.doc, progetto: { ...opened.doc.progetto, acronimo: 'NON-SALVATO' } };
    const key = recoveryKeyFor(edited);
    await t.value('recovery:write', { key, handle: opened.handle, doc: edited });
    const list = await t.value<{ items: Array<{ key: string; name: string }> }>('recovery:list', {});
    expect(list.items).toMatchObject([{ key, name: 'molfetta.proposta.json' }]);
    const restored = await t.value<{ doc: Proposal; name: string }>('recovery:open', { key });
    expect(restored.doc.progetto.acronimo).toBe('NON-SALVATO');
    await t.value('file:save', { handle: opened.handle, doc: restored.doc });
    expect((await t.value<{ items: unknown[] }>('recovery:list', {})).items).toEqual([]);
  });

  it('refuses what the window may not do, and changes nothing on disk', async () => {
    const t = setup();
    const before = readdirSync(t.workspace);
    const refusals: Array<[string, unknown, string]> = [
      ['file:save', { handle: 'f'.repeat(32), doc: JSON.parse(readFileSync(starterPath('provincia'), 'utf8')) }, 'FILE_SCONOSCIUTO'],
      ['file:open', { source: { kind: 'dialog' } }, 'SCELTA_NON_DISPONIBILE'],
      ['file:open', { source: { kind: 'recent', id: '0123456789abcdef' } }, 'RECENTE_NON_TROVATO'],
      ['file:open', { source: { kind: 'workspace', name: 'non-esiste.proposta' } }, 'FILE_NON_TROVATO'],
      ['file:open', { source: { kind: 'workspace', name: '../molfetta.proposta.json' } }, 'RICHIESTA_NON_VALIDA'],
      ['file:new', { starter: 'inesistente' }, 'MODELLO_SCONOSCIUTO'],
      ['recovery:open', { key: 'proposta-nessuna' }, 'RECUPERO_NON_TROVATO'],
      ['fs:write', {}, 'CANALE_SCONOSCIUTO'],
    ];
    for (const [channel, req, code] of refusals) {
      const r = await t.call(channel, req);
      expect(r.ok ? 'ok' : r.error.code, channel).toBe(code);
    }
    expect(readdirSync(t.workspace)).toEqual(before);
  });

  it('refuses to save a document of the wrong shape', async () => {
    const t = setup();
    const opened = await t.value<{ handle: string; doc: Proposal }>('file:open', { source: { kind: 'workspace', name: 'molfetta.proposta.json' } });
    const before = readFileSync(join(t.workspace, 'molfetta.proposta.json'), 'utf8');
    const broken = { ...opened.doc, budget: 'molti soldi' };
    const r = await t.call('file:save', { handle: opened.handle, doc: broken });
    expect(r.ok ? 'ok' : r.error.code).toBe('PROPOSTA_NON_VALIDA');
    expect(readFileSync(join(t.workspace, 'molfetta.proposta.json'), 'utf8')).toBe(before);
  });

  it('on the desktop, uses the dialogs the officer answered', async () => {
    const t0 = setup();
    const chosen = join(t0.workspace, 'molfetta.proposta.json');
    const t = setup({ pickOpen: async () => chosen, pickSave: async () => null });
    const opened = await t.value<{ name: string }>('file:open', { source: { kind: 'dialog' } });
    expect(opened.name).toBe('molfetta.proposta.json');
    const { doc } = await t.value<{ doc: Proposal }>('file:new', { starter: 'vuota' });
    expect(await t.value('file:saveAs', { target: { kind: 'dialog', suggestedName: 'x.proposta' }, doc })).toEqual({ cancelled: true });
    const ws = await t.call('file:saveAs', { target: { kind: 'workspace', name: 'x.proposta' }, doc });
    expect(ws.ok ? 'ok' : ws.error.code).toBe('SCELTA_NON_DISPONIBILE');
  });
});
