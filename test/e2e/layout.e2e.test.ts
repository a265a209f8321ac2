// Every step fits the screens officers have: no sideways scrolling of the page, no table wider than
// its place, no column cut inside it, each step opening at its title; short fields two to a row.
// Screenshots of every step at 1366×768 and 1024×768 go to test/out/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAPTOP, newPage, screenshot, useServeAndBrowser } from './harness';
import { goToStep, openStarter, stepButtons, typeInto } from './steps';

const ctx = useServeAndBrowser();

/** What overflows sideways: the page itself, or a table wider than the region that holds it. */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) out.push(`pagina ${doc.scrollWidth} > ${doc.clientWidth}`);
    for (const region of document.querySelectorAll<HTMLElement>('.table-responsive')) {
      if (region.scrollWidth > region.clientWidth + 1) out.push(`${region.getAttribute('aria-label') ?? 'tabella'} ${region.scrollWidth} > ${region.clientWidth}`);
    }
    // A column cut inside its table: a heading, a cell, a button or an amount wider than its box.
    for (const el of document.querySelectorAll<HTMLElement>('.rows-table th, .rows-table td, .rows-table button, .rows-table .num')) {
      if (el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1) out.push(`«${(el.textContent ?? '').trim().slice(0, 30)}» ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  });
}

async function everyStep(page: Page, size: { width: number; height: number }, shots: boolean): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [i, title] of (await stepButtons(page)).entries()) {
    await goToStep(page, title);
    if (shots) await screenshot(page, `passo-${size.width}-${String(i + 1).padStart(2, '0')}`, false);
    const o = await overflows(page);
    if (o.length) found[title] = o;
  }
  return found;
}

describe('layout', () => {
  it.each([LAPTOP, { width: 1920, height: 1080 }, { width: 1024, height: 768 }])('every step fits %o, and opens at its title', async (size) => {
    const { page, errors } = await newPage(ctx.browser, size);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: PraticaUnica|Galatina/);
    expect(await everyStep(page, size, size.width !== 1920)).toEqual({});
    await goToStep(page, 'Piano economico');
    await page.mouse.move(size.width / 2, size.height / 2);
    await page.mouse.wheel(0, 3000);
    await page.waitForFunction(() => window.scrollY > 200);
    await goToStep(page, 'Indicatori');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const title = await page.locator('#titolo-passo').boundingBox();
    expect(title && title.y >= 0 && title.y < size.height).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);

  it('at 1024 px with Problemi open, the budget table keeps its width', async () => {
    const { page } = await newPage(ctx.browser, { width: 1024, height: 768 });
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: PraticaUnica|Galatina/);
    await goToStep(page, 'Piano economico');
    const before = (await page.locator('.rows-table').first().boundingBox())?.width ?? 0;
    await page.getByTestId('pulsante-problemi').click();
    await page.locator('.issues-panel').waitFor();
    const after = (await page.locator('.rows-table').first().boundingBox())?.width ?? 0;
    expect(after).toBeGreaterThan(600);
    expect(after).toBe(before);
    expect((await overflows(page)).filter((o) => o.startsWith('pagina'))).toEqual([]);
  });

  it('puts short fields two to a row, counts characters only where it helps, and keeps a blank Ente step short', async () => {
    const { page, errors } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await openStarter(page, 'Proposta vuota');
    const box = async (id: string) => (await page.locator(`#${id}`).boundingBox())!;
    const [via, cap, comune, provincia] = [
      await box('campo-ente-capofila-indirizzo-via'), await box('campo-ente-capofila-indirizzo-cap'),
      await box('campo-ente-capofila-indirizzo-comune'), await box('campo-ente-capofila-indirizzo-provincia'),
    ];
    const main = (await page.locator('main').boundingBox())!;
    // Indirizzo and CAP on one row, Comune and provincia on the next, each in half the row at most.
    expect([Math.abs(via.y - cap.y) < 2, Math.abs(comune.y - provincia.y) < 2, cap.y < comune.y]).toEqual([true, true, true]);
    expect(cap.x).toBeGreaterThan(via.x + via.width);
    for (const b of [via, cap, comune, provincia]) expect(b.width).toBeLessThan(main.width / 2);
    // No «x / 200 caratteri» under a short field, until its text nears the limit.
    expect(await page.locator('#campo-ente-capofila-denominazione-conteggio').count()).toBe(0);
    await page.locator('#campo-ente-capofila-denominazione').click();
    await page.keyboard.insertText('Comune di '.repeat(17));
    await expect.poll(() => page.locator('#campo-ente-capofila-denominazione-conteggio').textContent()).toBe('170 / 200 caratteri');
    await goToStep(page, 'Progetto');
    expect(await page.locator('#campo-progetto-sintesi-conteggio').count()).toBe(1);
    // The blank Ente step: no wall of errors, and under four screens tall (it was 5,255 px, almost seven).
    await goToStep(page, 'Ente proponente');
    expect(await page.locator('.field-error').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4 * LAPTOP.height);
    expect(errors).toEqual([]);
  });

  it('at 1024 px moves the columns there is no room for into each row\'s details, where they can be edited', async () => {
    const { page, errors } = await newPage(ctx.browser, { width: 1024, height: 768 });
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: PraticaUnica|Galatina/);
    await goToStep(page, 'Piano economico');
    expect(await page.locator('.rows-table thead th').allTextContents()).not.toContain('IVA');
    // The description keeps a readable width.
    expect(await page.getByLabel('Descrizione della spesa, riga 1', { exact: true }).evaluate((el) => el.clientWidth)).toBeGreaterThan(120);
    await page.getByRole('button', { name: 'Dettagli della riga 1', exact: true }).click();
    const details = page.locator('.row-details');
    expect(await details.locator('#campo-budget-voci-0-componente').count()).toBe(1);
    await typeInto(details.locator('#campo-budget-voci-0-aliquotaIva'), '10');
    await expect.poll(() => details.textContent()).toContain('IVA 3.400,00 €');
    // Widened, the same columns are back in the row and out of the details.
    await page.setViewportSize(LAPTOP);
    await expect.poll(() => page.locator('.rows-table thead th').allTextContents()).toContain('IVA');
    expect(await details.locator('#campo-budget-voci-0-aliquotaIva').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
