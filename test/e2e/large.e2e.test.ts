// The large proposal (30 Comuni, 1.000 budget lines): any page of a long table is one choice away, and
// the budget's bottom line stays in view while its lines scroll.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeProposal } from '../../bench/large-proposal';
import { serializeProposal } from '../../services/files';
import { LAPTOP, newPage, useServeAndBrowser } from './harness';
import { goToStep } from './steps';

const ctx = useServeAndBrowser();

describe('a large proposal', () => {
  it('jumps to any page of a long table and keeps the budget total in view', async () => {
    writeFileSync(join(ctx.served.workspace, 'grande.proposta'), serializeProposal(largeProposal()));
    const { page } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await page.getByRole('button', { name: 'grande.proposta' }).first().click();
    await goToStep(page, 'Piano economico');
    await page.getByLabel('Pagina', { exact: true }).first().selectOption({ label: '40' });
    await page.getByRole('rowheader', { name: '1000', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Prima' }).first().click();
    await page.getByRole('rowheader', { name: '1', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Ultima' }).first().click();
    await page.getByRole('rowheader', { name: '1000', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Prima' }).first().click();
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, 600);
    const bar = await page.getByTestId('copertura').boundingBox();
    expect(bar && bar.y + bar.height <= LAPTOP.height + 1).toBe(true);
  }, 120_000);

  it('shows a long table\'s rows on screen in the step\'s first frame, the rest of the page next, and jumps to a row below them', async () => {
    const doc = largeProposal();
    doc.budget.voci[22]!.descrizione = '';
    writeFileSync(join(ctx.served.workspace, 'primo.proposta'), serializeProposal(doc));
    const { page, errors } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await page.getByRole('button', { name: 'primo.proposta' }).first().click();
    await page.locator('#titolo-passo').waitFor();
    // Rows of the budget in the frame that first shows the step; the rest of the page follows.
    const first = await page.evaluate(async () => {
      [...document.querySelectorAll<HTMLButtonElement>('nav.sidebar .step-link')].find((l) => l.textContent?.startsWith('Piano economico'))?.click();
      return new Promise<number>((r) => requestAnimationFrame(() => r(document.querySelectorAll('.rows-table tbody tr').length)));
    });
    expect(first).toBe(10);
    await expect.poll(() => page.locator('.rows-table tbody tr').count()).toBe(25);
    // From another step, a message of line 23 opens the budget with that line's field focused.
    await goToStep(page, 'Progetto');
    await page.getByTestId('pulsante-problemi').click();
    await page.locator('.issues-panel').getByRole('button', { name: /Voce di spesa n\. 23/ }).first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('campo-budget-voci-22-descrizione');
    expect(errors).toEqual([]);
  }, 120_000);

  it('builds the thirty bodies of a line only when the officer reaches for its choice, by mouse or keyboard', async () => {
    const doc = largeProposal();
    writeFileSync(join(ctx.served.workspace, 'enti.proposta'), serializeProposal(doc));
    const { page } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await page.getByRole('button', { name: 'enti.proposta' }).first().click();
    await goToStep(page, 'Piano economico');
    const bodies = 1 + doc.ente.partner.length;
    const ente = (row: number) => page.getByLabel(`Ente che sostiene la spesa, riga ${row}`, { exact: true });
    // Closed, each row's choice holds only its current body.
    await expect.poll(() => page.locator('select[aria-label^="Ente che sostiene la spesa"] option').count()).toBe(25);
    await ente(2).click();
    expect(await ente(2).locator('option').count()).toBe(bodies);
    await page.keyboard.press('Escape');
    const partner = doc.ente.partner[4]!.id;
    await ente(2).selectOption(partner);
    await expect.poll(() => ente(2).inputValue()).toBe(partner);
    // Keyboard only: from the line's component to its body, then one step down the list.
    await page.getByLabel('Componente, riga 3', { exact: true }).click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const before = await ente(3).inputValue();
    await page.keyboard.press('ArrowDown');
    const values = await ente(3).locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values).toHaveLength(bodies);
    await expect.poll(() => ente(3).inputValue()).toBe(values[values.indexOf(before) + 1]);
  }, 120_000);
});
