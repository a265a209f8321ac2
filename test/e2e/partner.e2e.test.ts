// A Comune's officer in Chromium through `proposta serve`: the module its lead sent opens in partner
// mode (its steps only, the lead's context read-only), the officer types the PEC and a budget line,
// sees its own errors and none of the lead's, and signs the reply with a test .p12 from the dialog.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildPartnerModule, fieldPath, partnerIssues, proposalOfModule, SECTION_TITLES, serializePartnerModule, defaultCallProfile, type PartnerModule,
} from '../../core';
import { readPartnerReply } from '../../services/partner/read-reply';
import { createTestPki, type TestPki } from '../../services/sign/test-support/certs';
import { starter } from '../helpers/docs';
import { LAPTOP, launch, newPage, screenshot, serve, type Served } from './harness';
import { goToStep, stepButtons, typeInto } from './steps';
import type { Browser } from 'playwright-core';

let served: Served;
let browser: Browser;
let pki: TestPki;
const NAME = 'soleto.proposta-partner';
const PEC = 'protocollo@pec.comune.soleto.le.it';
const LINE = 'Licenze del Comune di Soleto';

beforeAll(async () => {
  pki = createTestPki();
  served = await serve();
  browser = await launch();
  const built = buildPartnerModule(starter('aggregazione'), 'soleto', { requestId: '11111111-1111-4111-8111-111111111111', now: new Date(), requestedBy: '2026-12-10' });
  if (!built.ok) throw new Error(built.refusal.code);
  writeFileSync(join(served.workspace, NAME), serializePartnerModule(built.module));
  writeFileSync(join(served.workspace, 'firma.p12'), pki.p12.valid);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  pki?.cleanup();
});

const PARTNER_STEPS = [SECTION_TITLES.ente, SECTION_TITLES.dati, SECTION_TITLES.budget, SECTION_TITLES.allegati];

async function openModule(page: Page): Promise<void> {
  await page.goto(served.url);
  await page.getByRole('button', { name: NAME }).first().click();
  await page.locator('#titolo-passo').waitFor();
}

describe('a Comune\'s module in the editor', () => {
  it('shows only the partner\'s steps, its own errors, and signs the reply with a .p12 (1366x768)', async () => {
    const { page, errors } = await newPage(browser, LAPTOP);
    await openModule(page);
    expect(await page.getByTestId('modo-comune').count()).toBe(1);
    expect(await stepButtons(page)).toEqual(PARTNER_STEPS);
    expect(await page.getByTestId('contesto').textContent()).toContain(starter('aggregazione').progetto.titolo);
    // The lead's menu-only work is not offered.
    expect(await page.getByRole('button', { name: 'Salva con nome' }).count()).toBe(0);

    await typeInto(page.locator('#campo-ente-partner-0-pec'), PEC);
    // A codice fiscale that is not one: the Comune's own error, beside its field and in Problemi.
    await typeInto(page.locator('#campo-ente-partner-0-legaleRappresentante-codiceFiscale'), 'XYZ');
    await goToStep(page, SECTION_TITLES.budget);
    await typeInto(page.locator('#campo-budget-voci-0-descrizione'), LINE);
    await page.getByTestId('pulsante-problemi').click();
    const panel = page.locator('aside.issues-panel');
    await panel.waitFor();
    const shown = await panel.locator('li button').allTextContents();
    expect(shown).toContain(fieldPath('/ente/partner/0/legaleRappresentante/codiceFiscale'));
    const headings = (await panel.locator('h3').allTextContents()).map((h) => h.replace(/ \(\d+\)$/, ''));
    for (const h of headings) expect(PARTNER_STEPS).toContain(h);
    await screenshot(page, 'e2e-modulo-comune', false);

    await page.getByTestId('pulsante-problemi').click();
    await page.getByTestId('firma-risposta').click();
    expect(await page.getByTestId('controllo-risposta').textContent()).toMatch(/[1-9]\d* error/);
    await screenshot(page, 'e2e-firma-risposta-dialogo', false);
    await typeInto(page.getByLabel('Certificato nella cartella di lavoro'), 'firma.p12');
    await typeInto(page.getByLabel('Password del certificato'), pki.password);
    expect(await page.getByLabel('Nome della risposta nella cartella di lavoro').inputValue()).toBe(`${NAME}.p7m`);
    await page.getByRole('button', { name: 'Firma la risposta' }).click();
    const out = join(served.workspace, `${NAME}.p7m`);
    await expect.poll(() => existsSync(out), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('avviso-app').textContent(), { timeout: 30_000 }).toContain(`${NAME}.p7m`);
    // Beside the reply, the one-page summary the legal representative signs too.
    expect(existsSync(join(served.workspace, `${NAME.replace(/\.proposta-partner$/, '')}-riepilogo.pdf`))).toBe(true);
    // The password left the page with the dialog; the module itself is still unsaved, and says so.
    expect(await page.getByTestId('non-salvato').count()).toBe(1);
    await screenshot(page, 'e2e-risposta-firmata', false);

    const reply = await readPartnerReply(out);
    if (!reply.ok) throw new Error(reply.code);
    const m = reply.data as PartnerModule;
    expect({ pec: m.parti.ente.pec, line: m.parti.voci[0]?.descrizione, cf: reply.signature.fiscalCode, state: reply.signature.state })
      .toEqual({ pec: PEC, line: LINE, cf: 'RSSMRA85T10A562S', state: 'valida' });
    // What Problemi listed is exactly the partner's own issues of the module signed: none of the lead's.
    const own = partnerIssues(proposalOfModule(m), { profile: defaultCallProfile(), now: new Date() }).filter((i) => i.severity !== 'nota').map((i) => fieldPath(i.pointer));
    expect([...new Set(shown)].sort()).toEqual([...new Set(own)].sort());

    // Signing again under the same name asks first; once confirmed, the reply is replaced.
    await page.getByTestId('firma-risposta').click();
    await typeInto(page.getByLabel('Certificato nella cartella di lavoro'), 'firma.p12');
    await typeInto(page.getByLabel('Password del certificato'), pki.password);
    await page.getByRole('button', { name: 'Firma la risposta' }).click();
    await page.getByTestId('errore-risposta').waitFor();
    expect(await page.getByLabel('Password del certificato').inputValue()).toBe('');
    const before = readFileSync(out);
    await page.locator('label', { hasText: 'Sostituisci la risposta che esiste già con questo nome' }).click();
    expect(await page.getByLabel('Sostituisci la risposta che esiste già con questo nome').isChecked()).toBe(true);
    await typeInto(page.getByLabel('Password del certificato'), pki.password);
    await page.getByRole('button', { name: 'Firma la risposta' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 30_000 }).toBe(0);
    expect(readFileSync(out).equals(before)).toBe(false);
    expect(errors).toEqual([]);
  }, 180_000);

  it('fits a large screen too (1920x1080): the partner\'s steps and the context', async () => {
    const { page, errors } = await newPage(browser, { width: 1920, height: 1080 });
    await openModule(page);
    expect(await stepButtons(page)).toEqual(PARTNER_STEPS);
    await goToStep(page, SECTION_TITLES.dati);
    expect(await page.getByTestId('contesto').isVisible()).toBe(true);
    await screenshot(page, 'e2e-modulo-comune-1920', false);
    // «Senza firma»: the module is saved and its one-page summary written beside it, both for the card's software.
    const summary = join(served.workspace, 'soleto-riepilogo.pdf');
    rmSync(summary, { force: true });
    await page.getByTestId('firma-risposta').click();
    await page.locator('label', { hasText: 'Senza firma' }).click();
    await page.getByRole('button', { name: 'Salva il modulo da firmare' }).click();
    await expect.poll(() => existsSync(summary), { timeout: 60_000 }).toBe(true);
    // The file is on disk a moment before the answer reaches the page and the notice names it.
    await expect.poll(() => page.getByTestId('avviso-app').textContent(), { timeout: 30_000 }).toContain('soleto-riepilogo.pdf');
    expect(errors).toEqual([]);
  }, 120_000);
});
