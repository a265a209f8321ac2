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
});
