import type { Page } from 'playwright-core';

/** The step buttons of the sidebar, in order (d and e only when chosen). */
export async function stepButtons(page: Page): Promise<string[]> {
  return page.locator('nav.sidebar .step-title').allTextContents();
}

export async function goToStep(page: Page, title: string): Promise<void> {
  await page.locator('nav.sidebar .step-link', { hasText: title }).first().click();
  await page.locator('#titolo-passo').waitFor();
}

/** Clicks a starter (or «Proposta vuota») on the start screen and waits for the editor. */
export async function openStarter(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name }).click();
  await page.locator('#titolo-passo').waitFor();
}
