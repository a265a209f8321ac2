import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, screenshot, useServeAndBrowser } from './harness';
import { goToStep, openStarter, stepButtons } from './steps';

const ctx = useServeAndBrowser();


async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Visits every step and the summary; checks WCAG 2.1 A/AA with axe and keeps a screenshot of each. */
async function auditAllSteps(page: Page, tag: string): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [i, title] of (await stepButtons(page)).entries()) {
    await goToStep(page, title);
    await screenshot(page, `passo-${tag}-${String(i + 1).padStart(2, '0')}`);
    const v = await violations(page);
    if (v.length) found[title] = v;
  }
  return found;
}

describe('accessibility (axe, WCAG 2.1 A and AA) and screenshots of every step', () => {
  it('the start screen', async () => {
    const { page } = await newPage(ctx.browser);
    await page.goto(ctx.served.url);
    await page.getByRole('heading', { name: 'Nuova proposta' }).waitFor();
    await screenshot(page, 'avvio');
    expect(await violations(page)).toEqual([]);
  });

  it('every step of a filled proposal (with components d and e)', async () => {
    const { page, errors } = await newPage(ctx.browser);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Provincia di Lecce/);
    expect(await auditAllSteps(page, 'compilata')).toEqual({});
    expect(errors).toEqual([]);
  }, 120_000);

  it('every step of an empty proposal, with its errors shown', async () => {
    const { page, errors } = await newPage(ctx.browser);
    await page.goto(ctx.served.url);
    await openStarter(page, 'Proposta vuota');
    await goToStep(page, 'Progetto');
    await page.locator('label', { hasText: 'd) Motore di ricerca intelligente' }).click();
    await page.locator('label', { hasText: 'e) Sistema di orchestrazione dei processi' }).click();
    await page.locator('nav.sidebar', { hasText: 'Componente e)' }).waitFor();
    expect(await page.locator('.field-error').count()).toBe(0);
    await page.getByTestId('controlla-tutto').click();
    expect(await page.locator('.field-error').count()).toBeGreaterThan(0);
    expect(await auditAllSteps(page, 'vuota')).toEqual({});
    expect(errors).toEqual([]);
  }, 120_000);
});
