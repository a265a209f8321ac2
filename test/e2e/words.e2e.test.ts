// Italian as an officer reads it, codes as they are written, and no error out of reach.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAPTOP, newPage, useServeAndBrowser } from './harness';
import { goToStep, openStarter, typeInto } from './steps';

const ctx = useServeAndBrowser();

describe('words, numbers and codes', () => {
  it('names a row in the singular, agrees counts, and shows no double colon nor a generic example', async () => {
    const { page } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await openStarter(page, 'Proposta vuota');
    await goToStep(page, 'Progetto');
    await page.getByRole('button', { name: 'Aggiungi: obiettivo', exact: true }).click();
    expect(await page.getByText('Obiettivo n. 1', { exact: true }).count()).toBe(1);
    expect(await page.locator('body').textContent()).not.toMatch(/Ad esempio 30000|Obiettivi n\. 1/);
    await goToStep(page, 'Ente proponente');
    expect(await page.locator('body').textContent()).not.toContain('codice ISTAT: 6 cifre');
    expect(await page.locator('body').textContent()).toContain('Formato: 6 cifre per un Comune, 3 per una Provincia');
    await page.getByTestId('pulsante-problemi').click();
    expect(await page.locator('.issues-panel h2').textContent()).toMatch(/^Problemi: \d+ errori, (1 avviso|\d+ avvisi)$/);
    expect(await page.locator('body').textContent()).not.toMatch(/\b1 (errori|avvisi|righe|note|scartate)\b/);
  });

  it('says «1 errore» when there is one', async () => {
    const { page, errors } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    const heading = async () => {
      if (!(await page.locator('.issues-panel').isVisible())) await page.getByTestId('pulsante-problemi').click();
      return page.locator('.issues-panel h2').textContent();
    };
    expect(await heading()).toMatch(/^Problemi: 0 errori/);
    await goToStep(page, 'Progetto');
    await typeInto(page.locator('#campo-progetto-titolo'), '');
    await expect.poll(heading).toMatch(/^Problemi: 1 errore(, |$)/);
    expect(await page.getByTestId('prontezza').textContent()).toMatch(/^1 errore da correggere/);
    expect(await page.locator('body').textContent()).not.toMatch(/\b1 (errori|avvisi|righe|note|scartate)\b/);
    expect(errors).toEqual([]);
  });

  it('stores a codice fiscale in capitals, groups big numbers, and reads dates as gg/mm/aaaa or from the calendar', async () => {
    const { page, errors } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await typeInto(page.locator('#campo-ente-legaleRappresentante-codiceFiscale'), 'rssmra85t10a562s');
    expect(await page.locator('#campo-ente-legaleRappresentante-codiceFiscale').inputValue()).toBe('RSSMRA85T10A562S');
    await typeInto(page.locator('#campo-ente-capofila-popolazione-valore'), '1250000');
    expect(await page.locator('#campo-ente-capofila-popolazione-valore').inputValue()).toBe('1.250.000');
    const date = page.locator('#campo-ente-attoApprovazione-data');
    await typeInto(date, '26/11/2026');
    expect(await date.inputValue()).toBe('26/11/2026');
    await typeInto(date, '31/02/2026');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#campo-ente-attoApprovazione-data-messaggi').textContent()).toContain('non è una data valida');
    // The system's calendar: the button opens it (no error); a day chosen there replaces the wrong text.
    const field = page.locator('.date-input').filter({ has: date });
    await field.getByRole('button', { name: 'Scegli la data dal calendario' }).click();
    await page.keyboard.press('Escape');
    // Headless Chromium draws no native calendar: choose the day as the calendar would, on its input.
    await field.locator('input[type="date"]').evaluate((el: HTMLInputElement) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, '2026-11-20');
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => date.inputValue()).toBe('20/11/2026');
    expect(await date.getAttribute('aria-invalid')).toBeNull();
    expect(errors).toEqual([]);
    await goToStep(page, 'Componente a)');
    await typeInto(page.getByLabel('Numero approssimativo di record, riga 1', { exact: true }), '1250000');
    expect(await page.getByLabel('Numero approssimativo di record, riga 1', { exact: true }).inputValue()).toBe('1.250.000');
  });

  it('leaving an aggregation leaves no error behind that nobody can reach', async () => {
    const { page } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: PraticaUnica|Galatina/);
    await page.getByLabel('Tipo di ente proponente').selectOption('comune');
    expect(await page.getByTestId('avviso-app').textContent()).toContain('Annulla');
    await page.getByTestId('pulsante-problemi').click();
    const panel = page.locator('.issues-panel');
    expect(await panel.textContent()).not.toContain('Comuni aggregati');
    expect(await panel.textContent()).not.toContain('Comune aggregato n.');
  });

  it('marks a partner row whose errors are in its details, and opens them from Problemi', async () => {
    const { page } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: PraticaUnica|Galatina/);
    await page.getByRole('button', { name: 'Dettagli della riga 1' }).first().click();
    await typeInto(page.locator('#campo-ente-partner-0-pec'), 'non-una-pec');
    await page.getByRole('button', { name: 'Chiudi della riga 1' }).click();
    expect(await page.getByTestId('problemi-nascosti').first().textContent()).toMatch(/^1/);
    await page.getByTestId('pulsante-problemi').click();
    await page.locator('.issues-panel').getByRole('button', { name: /PEC/ }).first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('campo-ente-partner-0-pec');
  });

  it('imports the same CSV twice without doubling the inventory', async () => {
    const { page } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await goToStep(page, 'Componente a)');
    const file = join(ctx.served.workspace, 'doppio.csv');
    writeFileSync(file, 'nome;ufficio;formato\nRegistro cani;Ambiente;cartaceo\nAccessi civici;Segreteria;foglio di calcolo\n');
    const rows = () => page.locator('.rows-table tbody tr:not(.row-details)').count();
    const before = await rows();
    await page.getByTestId('file-csv').setInputFiles(file);
    expect(await page.getByTestId('anteprima-conteggi').textContent()).toContain('2 righe da importare, 0 scartate');
    expect(await page.getByRole('dialog').textContent()).toContain('Il campo è stato lasciato vuoto');
    await page.getByRole('button', { name: 'Importa 2 righe' }).click();
    await expect.poll(rows).toBe(before + 2);
    await page.getByTestId('file-csv').setInputFiles(file);
    expect(await page.getByTestId('anteprima-conteggi').textContent()).toContain('0 righe da importare, 2 scartate');
  });
});
