// Every step fits the screens officers have: no sideways scrolling of the page, no table wider than
// its place, each step opening at its title. Screenshots of every step at 1366×768 go to test/out/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAPTOP, newPage, screenshot, useServeAndBrowser } from './harness';
import { goToStep, openStarter, stepButtons } from './steps';

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
  it.each([LAPTOP, { width: 1920, height: 1080 }])('every step fits %o, and opens at its title', async (size) => {
    const { page, errors } = await newPage(ctx.browser, size);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: PraticaUnica|Galatina/);
    expect(await everyStep(page, size, size.width === LAPTOP.width)).toEqual({});
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
});
