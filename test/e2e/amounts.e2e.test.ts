// Amounts as an officer types them, with the keyboard, on the usual laptop screen: what is typed is
// what is stored, and what cannot be read is an error listed in Problemi that blocks the package.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAPTOP, newPage, useServeAndBrowser } from './harness';
import { goToStep, openStarter } from './steps';

const ctx = useServeAndBrowser();

/** Clicks a field and types into it, as a person does (no fill()). */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

async function budget(page: Page): Promise<void> {
  await page.goto(ctx.served.url);
  await openStarter(page, /Esempio: Molfetta Risponde/);
  await goToStep(page, 'Piano economico');
}

describe('amounts in the budget', () => {
  it('replace what the field shows when typed after a click, in every Italian or plain form', async () => {
    const { page, errors } = await newPage(ctx.browser, LAPTOP);
    await budget(page);
    const cases: Array<[string, string]> = [['62000', '62.000,00'], ['48.500,00', '48.500,00'], ['48500,5', '48.500,50'], ['18.300,50', '18.300,50'], ['33264,61', '33.264,61']];
    for (const [typed, shown] of cases) {
      await typeInto(page, 'Importo netto, riga 1', typed);
      expect([typed, await page.getByLabel('Importo netto, riga 1', { exact: true }).inputValue()]).toEqual([typed, shown]);
    }
    await typeInto(page, 'Contributo richiesto (€)', '560000');
    expect(await page.getByLabel('Contributo richiesto (€)', { exact: true }).inputValue()).toBe('560.000,00');
    await page.getByRole('button', { name: 'Aggiungi: voce di spesa' }).click();
    const rows = await page.locator('.rows-table tbody tr:not(.row-details)').count();
    await typeInto(page, `Importo netto, riga ${rows}`, '62000');
    expect(await page.getByLabel(`Importo netto, riga ${rows}`, { exact: true }).inputValue()).toBe('62.000,00');
    expect(errors).toEqual([]);
  });

  it('never keeps an older value behind a text that is not a number: it is an error in Problemi', async () => {
    const { page } = await newPage(ctx.browser, LAPTOP);
    await budget(page);
    const before = await page.getByTestId('totale-progetto').textContent();
    await typeInto(page, 'Importo netto, riga 1', '48,500.00');
    const input = page.getByLabel('Importo netto, riga 1', { exact: true });
    expect(await input.inputValue()).toBe('48,500.00');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('totale-progetto').textContent()).toBe(before);
    await page.getByTestId('pulsante-problemi').click();
    expect(await page.locator('.issues-panel').textContent()).toContain('«48,500.00» non è un numero');
    await input.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1000');
    await page.keyboard.press('Tab');
    expect(await page.locator('.issues-panel').textContent()).not.toContain('non è un numero');
  });
});
