// The lead's round trip through the handler table, as the window asks it in `proposta serve` and on
// the desktop: modules written where the host says, requests recorded in the returned document,
// replies listed and imported; no path ever goes back to the page.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyAction, type PartnerImportOutcome, type PartnerModule, type PreparedModuleInfo, type Proposal } from '../../core';
import { starterPath } from '../../test/helpers/docs';
import { desktopHarness, serveHarness } from '../../test/helpers/hosts';
import { tempFolders } from '../../test/helpers/temp';

const tmp = tempFolders('partner-moduli');
type Prepared = { sent: PartnerModule[]; modules: PreparedModuleInfo[] };
const recorded = (doc: Proposal, p: Prepared): Proposal => applyAction(doc, { type: 'aggregazione/record-requests', modules: p.sent }).doc;

async function openAggregation(t: ReturnType<typeof serveHarness>) {
  writeFileSync(join(t.workspace, 'unione.proposta'), readFileSync(starterPath('aggregazione')));
  return t.value<{ handle: string; doc: Proposal }>('file:open', { source: { kind: 'workspace', name: 'unione.proposta' } });
}

describe('partner:prepare and partner:import in proposta serve', () => {
  it('writes one module per Comune into the workspace, records the requests, refuses to replace them unless confirmed', async () => {
    const t = serveHarness(tmp());
    const opened = await openAggregation(t);
    const req = { doc: opened.doc, partners: 'tutti', entro: '2026-12-15', target: { kind: 'workspace' } };
    const r = await t.value<Prepared>('partner:prepare', req);
    expect(r.modules.map((m) => m.name)).toEqual(['cutrofiano.proposta-partner', 'soleto.proposta-partner', 'sogliano-cavour.proposta-partner']);
    expect(JSON.stringify(r)).not.toContain(t.workspace);
    expect(recorded(opened.doc, r).ente.scambi.map((s) => [s.ente, s.richiesta, s.entro])).toEqual(r.modules.map((m) => [m.partner, m.richiesta, '2026-12-15']));
    const written = JSON.parse(readFileSync(join(t.workspace, 'soleto.proposta-partner'), 'utf8')) as PartnerModule;
    expect(written.richiesta).toBe(r.modules[1]!.richiesta);
    // The saved proposal is untouched: the window applies the document (one undo step) and saves it.
    expect(readFileSync(join(t.workspace, 'unione.proposta')).equals(readFileSync(starterPath('aggregazione')))).toBe(true);
    const mtime = statSync(join(t.workspace, 'soleto.proposta-partner')).mtimeMs;
    expect(await t.code('partner:prepare', req)).toBe('FILE_ESISTENTE');
    expect(statSync(join(t.workspace, 'soleto.proposta-partner')).mtimeMs).toBe(mtime);
    expect(await t.code('partner:prepare', { ...req, overwrite: true })).toBe('ok');
    expect(await t.code('partner:prepare', { ...req, doc: { ...opened.doc, ente: { ...opened.doc.ente, tipo: 'singolo' } } })).not.toBe('ok');
  });

  it('lists the replies of the workspace and imports one after the officer\'s confirmation, as one returned document', async () => {
    const t = serveHarness(tmp());
    const opened = await openAggregation(t);
    const doc = recorded(opened.doc, await t.value<Prepared>('partner:prepare', { doc: opened.doc, partners: ['soleto'], entro: '', target: { kind: 'workspace' } }));
    const module = JSON.parse(readFileSync(join(t.workspace, 'soleto.proposta-partner'), 'utf8')) as PartnerModule;
    module.parti.ente.pec = 'risposta@pec.it';
    writeFileSync(join(t.workspace, 'soleto-risposta.proposta-partner'), JSON.stringify(module));
    const list = await t.value<{ files: Array<{ name: string }> }>('partner:candidates', {});
    expect(list.files.map((f) => f.name)).toEqual(['soleto-risposta.proposta-partner', 'soleto.proposta-partner']);
    const req = { doc, handle: opened.handle, source: { kind: 'workspace', name: 'soleto-risposta.proposta-partner' }, accept: false };
    const ask = await t.value<PartnerImportOutcome>('partner:import', req);
    expect(ask.esito === 'da-decidere' && ask.signatureRefusal?.code).toBe('RISPOSTA_NON_FIRMATA');
    if (ask.esito !== 'da-decidere') throw new Error('atteso da-decidere');
    // The decision comes back with the file's handle: the same reply, not chosen again.
    const merged = await t.value<PartnerImportOutcome>('partner:import', { ...req, source: { kind: 'handle', handle: ask.handle }, accept: true });
    if (merged.esito !== 'unita') throw new Error('attesa unita');
    const after = applyAction(doc, { type: 'aggregazione/merge-reply', result: merged.result }).doc;
    expect([merged.accepted, after.ente.partner[1]!.pec, merged.replyFile.startsWith('risposte/soleto-')]).toEqual(['RISPOSTA_NON_FIRMATA', 'risposta@pec.it', true]);
    expect(after.ente.scambi[0]!.risposta).toMatchObject({ firma: 'assente', unita: true });
    expect(readFileSync(join(t.workspace, merged.replyFile)).equals(readFileSync(join(t.workspace, 'soleto-risposta.proposta-partner')))).toBe(true);
    expect(await t.code('partner:import', { ...req, handle: 'f'.repeat(32) })).toBe('PROPOSTA_NON_SALVATA');
    // A handle that is not a reply of this session (here: the proposal's own) is refused.
    expect(await t.code('partner:import', { ...req, source: { kind: 'handle', handle: opened.handle }, accept: true })).toBe('FILE_SCONOSCIUTO');
  });
});

describe('partner:prepare on the desktop', () => {
  it('writes into the folder the officer chose, and nothing when the dialog is cancelled', async () => {
    const root = tmp();
    let folder: string | null = null;
    const t = desktopHarness(root, {});
    const host = { ...t.host, pickFolder: async () => folder };
    const { preparePartnerModules } = await import('./partner-modules');
    const doc = JSON.parse(readFileSync(starterPath('aggregazione'), 'utf8')) as Proposal;
    const req = { doc, partners: 'tutti' as const, requestedBy: '', destination: { kind: 'folder' as const, place: { kind: 'dialog' as const } } };
    const cancelled = await preparePartnerModules(host, req);
    expect(cancelled.ok && 'cancelled' in cancelled.value).toBe(true);
    folder = t.workspace;
    const r = await preparePartnerModules(host, req);
    expect(r.ok && !('cancelled' in r.value) && r.value.modules.map((m) => m.path)).toEqual(['cutrofiano', 'soleto', 'sogliano-cavour'].map((id) => join(t.workspace, `${id}.proposta-partner`)));
  });
});
