import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAPTOP, newPage, screenshot, useServeAndBrowser } from './harness';
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
  it('the CSV import preview, with rows to import and rows set aside, at 1366 and 1024', async () => {
    for (const size of [LAPTOP, { width: 1024, height: 768 }]) {
      const { page } = await newPage(ctx.browser, size);
      await page.goto(ctx.served.url);
      await openStarter(page, /Esempio: Molfetta Risponde/);
      await goToStep(page, 'Componente a)');
      const file = join(ctx.served.workspace, `anteprima-${size.width}.csv`);
      const rows = Array.from({ length: 40 }, (_, i) => `Registro ${i + 1};Ufficio ${i + 1};${i % 5 === 0 ? 'pergamena' : 'cartaceo'}`);
      writeFileSync(file, `nome;ufficio;formato\n${rows.join('\n')}\n`);
      await page.getByTestId('file-csv').setInputFiles(file);
      await page.getByRole('dialog').waitFor();
      expect(await page.getByTestId('anteprima-conteggi').textContent()).toMatch(/righe da importare/);
      expect([size.width, await violations(page)]).toEqual([size.width, []]);
      await page.context().close();
    }
  });

  it('the start screen', async () => {
    const { page } = await newPage(ctx.browser);
    await page.goto(ctx.served.url);
    await page.getByRole('heading', { name: 'Nuova proposta' }).waitFor();
    await screenshot(page, 'avvio');
    expect(await violations(page)).toEqual([]);
  });

  it.each([LAPTOP, { width: 1024, height: 768 }])('every step of a filled proposal (with components d and e) at %o', async (size) => {
    const { page, errors } = await newPage(ctx.browser, size);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Provincia di Lecce/);
    expect(await auditAllSteps(page, `compilata-${size.width}`)).toEqual({});
    expect(errors).toEqual([]);
  }, 120_000);

  it.each([LAPTOP, { width: 1024, height: 768 }])('every step of an empty proposal, with its errors shown, at %o', async (size) => {
    const { page, errors } = await newPage(ctx.browser, size);
    await page.goto(ctx.served.url);
    await openStarter(page, 'Proposta vuota');
    await goToStep(page, 'Progetto');
    await page.locator('label', { hasText: 'd) Motore di ricerca intelligente' }).click();
    await page.locator('label', { hasText: 'e) Sistema di orchestrazione dei processi' }).click();
    await page.locator('nav.sidebar', { hasText: 'Componente e)' }).waitFor();
    expect(await page.locator('.field-error').count()).toBe(0);
    await page.getByTestId('controlla-tutto').click();
    expect(await page.locator('.field-error').count()).toBeGreaterThan(0);
    await page.getByTestId('pulsante-problemi').click();
    expect(await auditAllSteps(page, `vuota-${size.width}`)).toEqual({});
    expect(errors).toEqual([]);
  }, 120_000);
});

/** WCAG contrast ratio of two CSS colours (rgb or rgba on white). */
function contrast(fg: string, bg: string): number {
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const lum = (c: number[]) => {
    const [r, g, b] = c.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [a, b] = [lum(rgb(fg)), lum(rgb(bg))].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

describe('contrast of the colours axe cannot decide', () => {
  it('the unsaved badge, the deadline banner, the step states and the row markers reach 4.5:1', async () => {
    const { page } = await newPage(ctx.browser, LAPTOP);
    await page.clock.setFixedTime(new Date('2026-12-24T10:00:00+01:00'));
    await page.goto(ctx.served.url);
    await openStarter(page, 'Proposta vuota');
    await goToStep(page, 'Progetto');
    await page.locator('#campo-progetto-titolo').click();
    await page.keyboard.type('Prova');
    const pairs = await page.evaluate(() => {
      const pick = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].slice(0, 3).map((el) => {
        let bgEl: HTMLElement | null = el;
        let bg = 'rgba(0, 0, 0, 0)';
        while (bgEl && /rgba\(0, 0, 0, 0\)|transparent/.test(bg)) { bg = getComputedStyle(bgEl).backgroundColor; bgEl = bgEl.parentElement; }
        return [sel, getComputedStyle(el).color, /rgba\(0, 0, 0, 0\)/.test(bg) ? 'rgb(255, 255, 255)' : bg] as const;
      });
      return [...pick('[data-testid="non-salvato"]'), ...pick('[data-testid="scadenza"]'), ...pick('.step-status'), ...pick('.step-progress'), ...pick('.form-text')];
    });
    expect(pairs.length).toBeGreaterThan(4);
    for (const [sel, fg, bg] of pairs) expect([sel, fg, bg, contrast(fg, bg) >= 4.5]).toEqual([sel, fg, bg, true]);
  });
});
