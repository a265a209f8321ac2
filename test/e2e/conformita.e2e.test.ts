// An officer answers the AI Act and GDPR questionnaire of component d) at 1366x768, with the mouse and
// the keyboard, and sees the class badge and the obligations follow the answers.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useServeAndBrowser } from './harness';
import { goToStep, openStarter } from './steps';

const ctx = useServeAndBrowser();

const group = (page: Page, question: RegExp) => page.getByRole('group', { name: question });
// bootstrap-italia draws the radio on its label: the officer clicks the label.
const answer = (page: Page, question: RegExp, label: string) => group(page, question).locator('label').getByText(label, { exact: true }).click();
const badge = (page: Page) => page.getByTestId('classe-ia').locator('.ai-badge');
const obligations = (page: Page) => page.locator('.ai-obligation h5').allTextContents();

describe('the Conformità step in Chromium at 1366x768', () => {
  it('derives the class and obligations of a system from the answers, as they are given', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'it-IT' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(ctx.served.url);
    await openStarter(page, 'Proposta vuota');
    await goToStep(page, 'Progetto');
    await page.locator('label', { hasText: 'd) Motore di ricerca intelligente' }).click();
    await goToStep(page, 'Conformità');

    expect(await page.getByTestId('avvertenza-ia').textContent()).toContain('non è una consulenza legale');
    expect(await badge(page).textContent()).toBe('Da completare');
    // The problems list leads to the question that decides the class.
    await page.getByRole('button', { name: /^Problemi/ }).click();
    await page.locator('.issues-panel').getByRole('button', { name: /Questionario AI Act e GDPR › Punteggio sociale/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('campo-conformita-sistemiIa-ricerca-questionario-punteggioSociale');
    await page.locator('.issues-panel').getByRole('button', { name: 'Chiudi' }).click();

    // A citizens' assistant: answered by clicking, one answer by keyboard.
    await answer(page, /fornitore del sistema o solo deployer/, 'Solo deployer');
    await answer(page, /interagisce direttamente con persone fisiche/, 'Sì');
    await answer(page, /genera testi, immagini, audio o video sintetici/, 'No');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => group(page, /genera testi, immagini, audio o video sintetici/).getByLabel('Sì', { exact: true }).isChecked()).toBe(true);
    for (const q of [
      /genera o manipola testi pubblicati/, /ammissibilità delle persone a prestazioni/, /decisioni con effetti giuridici/, /effettua profilazione/,
      /identifica persone tramite dati biometrici/, /attribuisce le persone a categorie/, /identifica o deduce emozioni/, /valuta o classifica persone nel tempo/,
      /selezionare personale/, /componente di sicurezza nella gestione/, /un altro uso dell'allegato III/, /solo un compito procedurale limitato/,
      /esamina ogni uscita del sistema/, /tratta dati personali\?/,
    ]) await answer(page, q, 'No');
    await expect.poll(() => badge(page).textContent()).toBe('Rischio limitato: obblighi di trasparenza');
    expect(await page.getByTestId('classe-ia').textContent()).toContain('Reg. (UE) 2024/1689, art. 50, par. 1');
    expect(await obligations(page)).toContain("Avvisare che si interagisce con un'IA");
    expect(await obligations(page)).not.toContain("Valutazione d'impatto sui diritti fondamentali (FRIA)");

    // It turns out to rank applicants for benefits: change the answer with the keyboard.
    await answer(page, /ammissibilità delle persone a prestazioni/, 'No');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => badge(page).textContent()).toBe('Alto rischio');
    expect(await page.getByTestId('classe-ia').textContent()).toContain('allegato III, punto 5, lett. a)');
    expect(await obligations(page)).toContain("Valutazione d'impatto sui diritti fondamentali (FRIA)");
    const fria = page.locator('.ai-obligation', { hasText: "Valutazione d'impatto sui diritti fondamentali (FRIA)" });
    expect(await fria.textContent()).toContain('Reg. (UE) 2024/1689, art. 27, par. 1');
    expect(await fria.textContent()).toContain('da verificare');

    // The FRIA plan: start from the outline, then write the first point.
    const plan = page.getByLabel("Piano della valutazione d'impatto sui diritti fondamentali (FRIA)");
    const messages = page.locator('#campo-conformita-sistemiIa-ricerca-misure-valutazioneDiritti-messaggi');
    // Nothing is red before the officer touches it or asks for every check.
    expect(await messages.count()).toBe(0);
    await page.getByRole('button', { name: 'Controlla tutto' }).click();
    expect(await messages.textContent()).toContain('è ad alto rischio');
    await page.locator('.ai-measure', { has: plan }).getByRole('button', { name: 'Usa la traccia' }).click();
    expect(await plan.inputValue()).toMatch(/^Chi la svolge e quando \(prima del primo uso\): \n/);
    await expect.poll(() => messages.count()).toBe(1);
    await plan.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.type('il dirigente dei servizi sociali, prima del primo uso');
    await expect.poll(() => messages.count()).toBe(0);
    await screenshot(page, 'conformita-alto-rischio');

    // Undo brings back the transparency class, as the answer before it.
    await page.getByRole('heading', { name: 'Sistemi di intelligenza artificiale' }).click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    await expect.poll(() => badge(page).textContent()).toBe('Rischio limitato: obblighi di trasparenza');

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
