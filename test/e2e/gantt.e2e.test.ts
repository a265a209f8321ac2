// The Cronoprogramma as an officer reads it at 1366×768: activity names beside and on the bars, calendar
// months from *Avvio previsto*, a legend for what the colours and marks mean, today's line, and the months
// an activity runs past the project's duration.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAPTOP, newPage, screenshot, useServeAndBrowser } from './harness';
import { goToStep, openStarter, typeInto } from './steps';

const ctx = useServeAndBrowser();

/** The Molfetta starter on 26 November 2026, with *Avvio previsto* typed as `start`, at its Cronoprogramma. */
async function cronoprogrammaFrom(start: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await newPage(ctx.browser, LAPTOP);
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
  await page.goto(ctx.served.url);
  await openStarter(page, /Esempio: Molfetta Risponde/);
  await goToStep(page, 'Progetto');
  await typeInto(page.getByLabel('Avvio previsto', { exact: true }), start);
  await goToStep(page, 'Cronoprogramma');
  return { page, errors };
}

describe('the Gantt of the Cronoprogramma', () => {
  it('names each bar, counts calendar months from the start, and explains its marks', async () => {
    // Avvio previsto in the past, so that today falls on the timeline.
    const { page, errors } = await cronoprogrammaFrom('06/2026');

    // Calendar months, not numbers: June 2026 first, the year shown where it changes.
    const scale = page.locator('.gantt-scale span');
    expect(await scale.first().getAttribute('title')).toBe('giu 2026');
    expect(await scale.first().textContent()).toBe("giu '26");
    const labelled = (await scale.allTextContents()).filter((t) => t !== '');
    expect(labelled.filter((t) => t.endsWith("'27"))).toHaveLength(1);
    expect(await scale.nth(7).getAttribute('title')).toBe('gen 2027');
    expect(labelled.every((t) => !/^\d+$/.test(t))).toBe(true);

    // Each bar carries its activity's name; the name column is wide enough to read it.
    const title = page.getByLabel('Attività, riga 1', { exact: true });
    const name = await title.inputValue();
    expect(name.length).toBeGreaterThan(12);
    expect(await page.locator('.gantt-label').first().textContent()).toBe(name);
    expect(await title.evaluate((el) => el.clientWidth)).toBeGreaterThan(150);
    expect(await page.getByRole('slider').first().getAttribute('aria-label')).toContain(`${name}: da `);

    // The legend says what each mark is; today (26 November 2026) is on the timeline, in month 6.
    const legend = page.getByRole('list', { name: 'Legenda del calendario' });
    expect(await legend.textContent()).toContain('attività con milestone (◆ alla fine)');
    expect(await legend.textContent()).toContain('oggi');
    expect(await page.locator('.gantt-today').count()).toBeGreaterThan(0);
    const left = await page.locator('.gantt-today').first().evaluate((el) => parseFloat((el as HTMLElement).style.left));
    const months = await scale.count();
    expect(left).toBeGreaterThan((5 / months) * 100);
    expect(left).toBeLessThan((6 / months) * 100);
    expect(await page.locator('.gantt-bar.milestone .gantt-milestone').count()).toBeGreaterThan(0);
    expect(await legend.textContent()).not.toContain('oltre la durata');

    // An activity past the 18 months of the project: the calendar goes on by month and marks the excess.
    await typeInto(page.getByLabel('Mese di fine, riga 1', { exact: true }), '20');
    await expect.poll(() => scale.count()).toBe(20);
    expect(await scale.nth(19).getAttribute('title')).toBe('gen 2028');
    expect(await legend.textContent()).toContain('oltre la durata del progetto');
    expect(await page.locator('.gantt-beyond').count()).toBeGreaterThan(0);
    await screenshot(page, 'e2e-gantt-1366', false);
    expect(errors).toEqual([]);
  });

  it('shows no today line when the project starts later, and months by number without a start', async () => {
    const { page, errors } = await cronoprogrammaFrom('03/2030');
    expect(await page.locator('.gantt-today').count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Legenda del calendario' }).textContent()).not.toContain('oggi');
    expect(await page.locator('.gantt-scale span').first().getAttribute('title')).toBe('mar 2030');

    await goToStep(page, 'Progetto');
    await typeInto(page.getByLabel('Avvio previsto', { exact: true }), '');
    await goToStep(page, 'Cronoprogramma');
    expect(await page.locator('.gantt-scale span').first().getAttribute('title')).toBe('mese 1');
    expect(await page.locator('main').textContent()).toContain('indica l\'avvio previsto per vedere i mesi del calendario');
    expect(errors).toEqual([]);
  });
});
