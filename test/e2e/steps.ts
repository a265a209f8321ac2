import type { Locator, Page } from 'playwright-core';

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

/**
 * Types into a field as a person does: a click, Ctrl+A to replace what is there, the keys, then Tab
 * to leave it (numbers are stored when their field is left). A long text is pasted, as an officer
 * would paste it from a document.
 */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.page().keyboard.press('Control+a');
  if (text.length > 400) await field.page().keyboard.insertText(text);
  else if (text === '') await field.page().keyboard.press('Delete');
  else await field.page().keyboard.type(text);
  await field.page().keyboard.press('Tab');
}
