// What an officer under deadline expects around the fields: the deadline always in view, messages
// when they help, where to go next, a summary that says whether the proposal is ready, and no
// surprises about unsaved work.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterPath } from '../helpers/docs';
import { LAPTOP, newPage, useServeAndBrowser } from './harness';
import { goToStep, openStarter, typeInto } from './steps';

const ctx = useServeAndBrowser();

describe('guidance in the editor', () => {
  it('a blank proposal shows messages only for fields left or after «Controlla tutto»; counts stay complete', async () => {
    const { page } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await openStarter(page, 'Proposta vuota');
    expect(await page.locator('.field-error').count()).toBe(0);
    expect(await page.getByTestId('prontezza').textContent()).toMatch(/^\d+ errori da correggere/);
    await page.locator('#campo-ente-capofila-denominazione').click();
    await page.keyboard.press('Tab');
    expect(await page.locator('#campo-ente-capofila-denominazione-messaggi').textContent()).toContain('obbligatorio');
    expect(await page.locator('.field-error').count()).toBe(1);
    await page.getByTestId('controlla-tutto').click();
    expect(await page.locator('.field-error').count()).toBeGreaterThan(5);
  });

  it('checks typing when the officer pauses or leaves the field, not between keys', async () => {
    const { page, errors } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Provincia di Lecce/);
    const messages = page.locator('#campo-ente-capofila-denominazione-messaggi');
    await page.locator('#campo-ente-capofila-denominazione').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    // Leaving the field checks it there and then: no wait for the pause.
    await page.keyboard.press('Tab');
    // Read at once (a locator would wait for the message to appear).
    expect(await page.evaluate(() => document.getElementById('campo-ente-capofila-denominazione-messaggi')?.textContent ?? '')).toContain('obbligatorio');
    // Typing again: the message goes once the typing pauses.
    await page.locator('#campo-ente-capofila-denominazione').click();
    await page.keyboard.type('Provincia di Lecce');
    await expect.poll(() => messages.count()).toBe(0);
    expect(errors).toEqual([]);
    // Unsaved work: closed now, so that its recovery copy is not written while the next tests open the start screen.
    await page.context().close();
  });

  it('leads from step to step with Avanti and Indietro, and says where the officer is', async () => {
    const { page } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    const total = Number(/di (\d+)/.exec((await page.getByTestId('passo').textContent()) ?? '')?.[1]);
    await page.getByRole('button', { name: /^Avanti: Progetto/ }).click();
    expect(await page.locator('#titolo-passo').textContent()).toBe('Progetto');
    expect(await page.getByTestId('passo').textContent()).toBe(`Passo 2 di ${total}`);
    await page.getByRole('button', { name: /^‹ Indietro: Ente proponente/ }).click();
    expect(await page.locator('#titolo-passo').textContent()).toBe('Ente proponente');
    expect(await page.locator('.progress-steps').textContent()).toMatch(/Passi completi: \d+ di \d+/);
  });

  it.each([
    ['2026-11-30T10:00:00+01:00', 'info', 'mancano 31 giorni'],
    ['2026-12-20T10:00:00+01:00', 'urgent', 'mancano 11 giorni'],
    ['2027-01-02T10:00:00+01:00', 'closed', 'si è chiusa il 31/12/2026 alle 12:00'],
  ])('shows the submission window on %s', async (now, kind, text) => {
    const { page } = await newPage(ctx.browser, LAPTOP);
    await page.clock.setFixedTime(new Date(now));
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    const banner = page.getByTestId('scadenza');
    expect(await banner.getAttribute('class')).toContain(`deadline-${kind}`);
    expect(await banner.textContent()).toContain(text);
    // First come, first served: said while the window is open.
    if (kind !== 'closed') expect(await banner.textContent()).toContain('a sportello');
  });

  it('sums up the proposal in Riepilogo; each blocking item leads to its field', async () => {
    const { page } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await goToStep(page, 'Progetto');
    await typeInto(page.locator('#campo-progetto-titolo'), '');
    await goToStep(page, 'Riepilogo');
    expect(await page.getByTestId('sintesi-ente').textContent()).toContain('Comune di Molfetta');
    expect(await page.getByTestId('sintesi-costo-totale').textContent()).toMatch(/€$/);
    expect(await page.getByTestId('esito-ammissibilita').textContent()).toContain('può partecipare');
    // The figures of the first page of the dossier, as the starter file holds them.
    expect(await page.getByTestId('sintesi-popolazione-dichiarata').textContent()).toContain('57.512');
    expect(await page.getByTestId('sintesi-contributo-richiesto').textContent()).toBe('366.976,00 €');
    expect(await page.getByTestId('sintesi-cofinanziamento').textContent()).toBe('26.000,00 €');
    expect(await page.getByTestId('sintesi-durata').textContent()).toBe('18 mesi');
    expect(await page.getByTestId('sintesi-componenti').textContent()).toMatch(/^a\) .*; b\) .*; c\) /);
    expect(await page.getByTestId('sintesi-scadenza').textContent()).toBe('entro il 31/12/2026 alle 12:00, a sportello');
    const item = page.getByTestId('checklist').locator('li.ko', { hasText: 'Progetto' });
    await item.getByRole('button', { name: 'Progetto' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('campo-progetto-titolo');
  });

  it('asks Salva / Non salvare / Annulla before leaving unsaved changes, and knows when there are none', async () => {
    const { page } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    expect(await page.getByTestId('non-salvato').count()).toBe(0);
    await page.getByRole('button', { name: 'Chiudi', exact: true }).click();
    await page.getByRole('heading', { name: 'Nuova proposta' }).waitFor();
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await goToStep(page, 'Progetto');
    await typeInto(page.locator('#campo-progetto-acronimo'), 'MR2027');
    expect(await page.getByTestId('non-salvato').count()).toBe(1);
    await goToStep(page, 'Allegati');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#titolo-passo').textContent()).toBe('Progetto');
    expect(await page.locator('#campo-progetto-acronimo').inputValue()).toBe('MolfettaRisponde');
    expect(await page.getByTestId('non-salvato').count()).toBe(0);
    await page.keyboard.press('Control+y');
    await page.getByRole('button', { name: 'Chiudi', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Annulla' }).click();
    expect(await page.locator('#campo-progetto-acronimo').inputValue()).toBe('MR2027');
    await page.getByRole('button', { name: 'Chiudi', exact: true }).click();
    await dialog.getByRole('button', { name: 'Non salvare' }).click();
    await page.getByRole('heading', { name: 'Nuova proposta' }).waitFor();
  });

  it('saves and leaves with «Salva» in the close dialog, the focused choice', async () => {
    const file = join(ctx.served.workspace, 'chiudi-e-salva.proposta');
    writeFileSync(file, readFileSync(starterPath('comune-singolo')));
    const { page, errors } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await page.getByRole('button', { name: 'chiudi-e-salva.proposta' }).first().click();
    await goToStep(page, 'Progetto');
    await typeInto(page.locator('#campo-progetto-acronimo'), 'SALVAECHIUDI');
    await page.getByRole('button', { name: 'Chiudi', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain('chiudi-e-salva.proposta');
    // Enter answers the focused button: «Salva».
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Nuova proposta' }).waitFor();
    expect((JSON.parse(readFileSync(file, 'utf8')) as { progetto: { acronimo: string } }).progetto.acronimo).toBe('SALVAECHIUDI');
    expect(errors).toEqual([]);
  });

  it('prints the proposal from the same model as the dossier', async () => {
    const { page } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await page.evaluate(() => { window.print = () => undefined; });
    await goToStep(page, 'Riepilogo');
    await page.getByRole('button', { name: 'Stampa la proposta' }).click();
    await page.locator('.print-view').waitFor();
    expect(await page.locator('.print-view h2').allTextContents()).toContain('Piano economico');
    await page.getByRole('button', { name: "Torna all'editor" }).click();
    expect(await page.locator('#titolo-passo').textContent()).toBe('Riepilogo e controllo');
  });
});
