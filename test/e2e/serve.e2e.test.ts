import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot, useServeAndBrowser } from './harness';
import { openStarter, typeInto } from './steps';

const ctx = useServeAndBrowser();


describe('the editor in Chromium through proposta serve', () => {
  it('opens a starter, edits a field, saves, and finds the edit after a reload, in the UI and on disk', async () => {
    const { page, errors } = await newPage(ctx.browser);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await expect.poll(() => page.getByTestId('nome-file').textContent()).toContain('non salvata');

    await page.getByRole('button', { name: /^Progetto/ }).click();
    const title = page.getByLabel('Titolo del progetto *');
    await typeInto(title, 'Molfetta Risponde 2027');
    await expect.poll(() => page.getByTestId('non-salvato').isVisible()).toBe(true);
    await screenshot(page, 'e2e-progetto-modificato');

    await page.getByRole('button', { name: 'Salva', exact: true }).click();
    await typeInto(page.getByLabel('Nome del file nella cartella di lavoro'), 'molfetta-prova');
    await page.getByRole('dialog').getByRole('button', { name: 'Salva', exact: true }).click();
    await expect.poll(() => page.getByTestId('avviso-app').textContent()).toBe('Salvato in molfetta-prova.proposta.');
    expect(await page.getByTestId('non-salvato').count()).toBe(0);

    const onDisk = JSON.parse(readFileSync(join(ctx.served.workspace, 'molfetta-prova.proposta'), 'utf8')) as { progetto: { titolo: string } };
    expect(onDisk.progetto.titolo).toBe('Molfetta Risponde 2027');

    await page.reload();
    await page.getByRole('button', { name: 'molfetta-prova.proposta' }).first().click();
    await page.getByRole('button', { name: /^Progetto/ }).click();
    expect(await page.getByLabel('Titolo del progetto *').inputValue()).toBe('Molfetta Risponde 2027');
    expect(errors).toEqual([]);
  });

  it('shows messages beside the field, undoes and redoes', async () => {
    const { page, errors } = await newPage(ctx.browser);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await page.getByRole('button', { name: /^Progetto/ }).click();
    await typeInto(page.getByLabel('CUP'), 'C99B2500002000');
    await expect.poll(() => page.locator('.field-error').first().textContent()).toContain('15 caratteri');
    await page.getByRole('button', { name: 'Annulla', exact: true }).click();
    expect(await page.getByLabel('CUP').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Ripeti', exact: true }).click();
    expect(await page.getByLabel('CUP').inputValue()).toBe('C99B2500002000');
    await screenshot(page, 'e2e-errore-cup');
    expect(errors).toEqual([]);
  });

  it('offers unsaved work after the window is closed without saving', async () => {
    const { page } = await newPage(ctx.browser);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Provincia di Lecce/);
    await page.getByRole('button', { name: /^Progetto/ }).click();
    await typeInto(page.getByLabel('Acronimo'), 'NON-SALVATA');
    // Autosave runs a moment after the last change.
    await page.waitForTimeout(2500);
    await page.close({ runBeforeUnload: false });

    const second = await newPage(ctx.browser);
    await second.page.goto(ctx.served.url);
    await expect.poll(() => second.page.getByRole('heading', { name: 'Lavoro non salvato' }).isVisible()).toBe(true);
    await screenshot(second.page, 'e2e-recupero');
    await second.page.getByRole('button', { name: 'Ripristina le modifiche' }).first().click();
    await second.page.getByRole('button', { name: /^Progetto/ }).click();
    expect(await second.page.getByLabel('Acronimo').inputValue()).toBe('NON-SALVATA');
  });
});
