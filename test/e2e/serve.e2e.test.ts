import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage, screenshot, serve, type Served } from './harness';
import { openStarter } from './steps';

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await serve();
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  served?.stop();
});

describe('the editor in Chromium through proposta serve', () => {
  it('opens a starter, edits a field, saves, and finds the edit after a reload, in the UI and on disk', async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await expect.poll(() => page.getByTestId('nome-file').textContent()).toContain('non salvata');

    await page.getByRole('button', { name: /^Progetto/ }).click();
    const title = page.getByLabel('Titolo del progetto *');
    await title.fill('Molfetta Risponde 2027');
    await expect.poll(() => page.getByTestId('non-salvato').isVisible()).toBe(true);
    await screenshot(page, 'e2e-progetto-modificato');

    await page.getByRole('button', { name: 'Salva', exact: true }).click();
    await page.getByLabel('Nome del file nella cartella di lavoro').fill('molfetta-prova');
    await page.getByRole('dialog').getByRole('button', { name: 'Salva', exact: true }).click();
    await expect.poll(() => page.getByTestId('avviso-app').textContent()).toBe('Salvato in molfetta-prova.proposta.');
    expect(await page.getByTestId('non-salvato').count()).toBe(0);

    const onDisk = JSON.parse(readFileSync(join(served.workspace, 'molfetta-prova.proposta'), 'utf8')) as { progetto: { titolo: string } };
    expect(onDisk.progetto.titolo).toBe('Molfetta Risponde 2027');

    await page.reload();
    await page.getByRole('button', { name: 'molfetta-prova.proposta' }).first().click();
    await page.getByRole('button', { name: /^Progetto/ }).click();
    expect(await page.getByLabel('Titolo del progetto *').inputValue()).toBe('Molfetta Risponde 2027');
    expect(errors).toEqual([]);
  });

  it('shows messages beside the field, undoes and redoes', async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await page.getByRole('button', { name: /^Progetto/ }).click();
    await page.getByLabel('CUP').fill('C99B2500002000');
    await expect.poll(() => page.locator('.field-error').first().textContent()).toContain('15 caratteri');
    await page.getByRole('button', { name: 'Annulla', exact: true }).click();
    expect(await page.getByLabel('CUP').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Ripeti', exact: true }).click();
    expect(await page.getByLabel('CUP').inputValue()).toBe('C99B2500002000');
    await screenshot(page, 'e2e-errore-cup');
    expect(errors).toEqual([]);
  });

  it('offers unsaved work after the window is closed without saving', async () => {
    const { page } = await newPage(browser);
    await page.goto(served.url);
    await openStarter(page, /Esempio: Provincia di Lecce/);
    await page.getByRole('button', { name: /^Progetto/ }).click();
    await page.getByLabel('Acronimo').fill('NON-SALVATA');
    // Autosave runs a moment after the last change.
    await page.waitForTimeout(2500);
    await page.close({ runBeforeUnload: false });

    const second = await newPage(browser);
    await second.page.goto(served.url);
    await expect.poll(() => second.page.getByRole('heading', { name: 'Lavoro non salvato' }).isVisible()).toBe(true);
    await screenshot(second.page, 'e2e-recupero');
    await second.page.getByRole('button', { name: 'Ripristina le modifiche' }).first().click();
    await second.page.getByRole('button', { name: /^Progetto/ }).click();
    expect(await second.page.getByLabel('Acronimo').inputValue()).toBe('NON-SALVATA');
  });
});
