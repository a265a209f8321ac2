// The lead's side of an aggregation in the editor (`proposta serve`, Chromium at 1366×768): modules
// for three Comuni, a reply signed with a test .p12 merged at once, an unsigned one in conflict with
// the lead's edit merged after the officer's confirmation and choice, the third pending.
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerModule, Proposal } from '../../core';
import { signCadesEnveloping } from '../../services/sign/p7m';
import { createTestPki, signerFromFiles, type TestPki } from '../../services/sign/test-support/certs';
import { starterPath } from '../helpers/docs';
import { LAPTOP, newPage, screenshot, useServeAndBrowser } from './harness';
import { typeInto } from './steps';

const ctx = useServeAndBrowser();
/** Saves and merges on a loaded machine: the state shows at once, the dialog closes once the save is done. */
const SLOW = { timeout: 20_000 };
let pki: TestPki;
beforeAll(() => { pki = createTestPki(new Date(Date.now() - 10 * 86_400_000)); });
afterAll(() => pki.cleanup());

const state = (page: Page, id: string) => page.locator(`tr[data-partner="${id}"]`).getAttribute('data-stato');
async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function importReply(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Importa la risposta di un Comune' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Risposta nella cartella di lavoro').selectOption(name);
  await dialog.getByRole('button', { name: 'Importa', exact: true }).click();
}

describe('aggregation round trip, the lead in the editor', () => {
  it('prepares modules for three Comuni, merges a signed reply and an unsigned one in conflict, shows the third as pending', async () => {
    const ws = ctx.served.workspace;
    const file = join(ws, 'unione.proposta');
    // Cutrofiano's legal representative is the test PKI's signer.
    const lead = JSON.parse(readFileSync(starterPath('aggregazione'), 'utf8')) as Proposal;
    lead.ente.partner[0]!.legaleRappresentante.codiceFiscale = 'RSSMRA85T10A562S';
    writeFileSync(file, JSON.stringify(lead, null, 2));
    const { page, errors } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await page.getByRole('button', { name: 'unione.proposta' }).click();
    await page.locator('#titolo-passo').waitFor();
    const board = page.getByTestId('stato-comuni');
    await board.scrollIntoViewIfNeeded();
    expect(await state(page, 'soleto')).toBe('da-inviare');

    await typeInto(page.getByLabel('Risposta entro (facoltativo)'), '15/12/2026');
    await page.getByRole('button', { name: 'Prepara i moduli per i Comuni' }).click();
    await expect.poll(() => state(page, 'sogliano-cavour'), SLOW).toBe('in-attesa');
    for (const id of ['cutrofiano', 'soleto', 'sogliano-cavour']) expect(existsSync(join(ws, `${id}.proposta-partner`))).toBe(true);
    // The requests were saved with the proposal.
    await expect.poll(() => (JSON.parse(readFileSync(file, 'utf8')) as Proposal).ente.scambi.map((s) => [s.ente, s.entro]), SLOW).toEqual([['cutrofiano', '2026-12-15'], ['soleto', '2026-12-15'], ['sogliano-cavour', '2026-12-15']]);

    // The Comuni answer: Cutrofiano signs with its .p12; Soleto does not sign and changes its population,
    // which the lead also changes meanwhile.
    const module = (id: string) => JSON.parse(readFileSync(join(ws, `${id}.proposta-partner`), 'utf8')) as PartnerModule;
    const cutro = module('cutrofiano');
    cutro.parti.ente.pec = 'protocollo.firmato@pec.comune.cutrofiano.le.it';
    writeFileSync(join(ws, 'cutrofiano-risposta.proposta-partner.p7m'), await signCadesEnveloping(new TextEncoder().encode(JSON.stringify(cutro)), signerFromFiles(pki, 'valid'), { signingTime: new Date() }));
    const soleto = module('soleto');
    soleto.parti.ente.popolazione.valore = 5400;
    writeFileSync(join(ws, 'soleto-risposta.proposta-partner'), JSON.stringify(soleto));
    await typeInto(page.getByLabel('Popolazione dichiarata, riga 2'), '5500');

    await importReply(page, 'cutrofiano-risposta.proposta-partner.p7m');
    await expect.poll(() => state(page, 'cutrofiano'), SLOW).toBe('unita');
    await expect.poll(() => page.getByRole('dialog').count(), SLOW).toBe(0);

    await importReply(page, 'soleto-risposta.proposta-partner');
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('conflitti').waitFor();
    expect(await dialog.getByTestId('firma-risposta').getAttribute('data-firma')).toBe('assente');
    expect(await dialog.locator('[data-codice]').first().getAttribute('data-codice')).toBe('RISPOSTA_NON_FIRMATA');
    expect(await dialog.locator('tr[data-campo]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-campo')))).toEqual(['/ente/popolazione/valore']);
    const merge = dialog.getByRole('button', { name: 'Unisci la risposta' });
    expect(await merge.isDisabled()).toBe(true);
    await screenshot(page, 'partner-conflitto', false);
    expect(await violations(page)).toEqual([]);
    await dialog.locator('label[for="accetta-firma"]').click();
    await dialog.locator('label[for="conflitto-0-loro"]').click();
    await merge.click();
    await expect.poll(() => state(page, 'soleto'), SLOW).toBe('unita');
    // The dialog closes once the proposal is saved with the merge.
    await expect.poll(() => page.getByRole('dialog').count(), SLOW).toBe(0);
    expect(await state(page, 'sogliano-cavour')).toBe('in-attesa');
    expect(await violations(page)).toEqual([]);

    // On disk: the merged proposal saved, each reply kept under risposte/.
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Proposal;
    expect(saved.ente.partner[0]!.pec).toBe('protocollo.firmato@pec.comune.cutrofiano.le.it');
    expect(saved.ente.partner[1]!.popolazione.valore).toBe(5400);
    const replies = Object.fromEntries(saved.ente.scambi.map((s) => [s.ente, s.risposta ? [s.risposta.firma, s.risposta.codiceFiscaleFirmatario, s.risposta.unita] : null]));
    expect(replies).toEqual({ cutrofiano: ['valida', 'RSSMRA85T10A562S', true], soleto: ['assente', '', true], 'sogliano-cavour': null });
    const kept = (id: string, signed: boolean) => join(ws, 'risposte', `${id}-${saved.ente.scambi.find((s) => s.ente === id)!.richiesta.slice(0, 8)}.proposta-partner${signed ? '.p7m' : ''}`);
    expect(readFileSync(kept('cutrofiano', true)).equals(readFileSync(join(ws, 'cutrofiano-risposta.proposta-partner.p7m')))).toBe(true);
    expect(readFileSync(kept('soleto', false)).equals(readFileSync(join(ws, 'soleto-risposta.proposta-partner')))).toBe(true);
    // One undo takes the last merge back: Soleto has the lead's edit made after sending again, «Da aggiornare».
    await page.keyboard.press('Control+z');
    await expect.poll(() => state(page, 'soleto'), SLOW).toBe('da-aggiornare');
    expect(await page.getByLabel('Popolazione dichiarata, riga 2').inputValue()).toMatch(/^5\.?500$/);
    expect(errors).toEqual([]);
  }, 180_000);
});
