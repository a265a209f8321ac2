// Attachments as an officer handles them: chosen from the folder, copied once under allegati/, their
// fingerprint computed by the app, and a missing file seen at once, in the editor and from the CLI.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAPTOP, newPage, useServeAndBrowser } from './harness';
import { goToStep, openStarter, typeInto } from './steps';

const ctx = useServeAndBrowser();
const root = new URL('../..', import.meta.url).pathname;

describe('attachments', () => {
  it('come with a starter, are checked live, and a new one is chosen, copied and fingerprinted', async () => {
    const { page, errors } = await newPage(ctx.browser, LAPTOP);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await page.keyboard.press('Control+s');
    await typeInto(page.getByLabel('Nome del file nella cartella di lavoro'), 'molfetta');
    await page.getByRole('dialog').getByRole('button', { name: 'Salva', exact: true }).click();
    await goToStep(page, 'Allegati');
    await expect.poll(() => page.getByTestId('stato-allegato-1').textContent()).toContain('presente');

    rmSync(join(ctx.served.workspace, 'allegati', 'domanda-partecipazione-molfetta.pdf'));
    await goToStep(page, 'Riepilogo');
    await goToStep(page, 'Allegati');
    await expect.poll(() => page.getByTestId('stato-allegato-4').textContent()).toContain('manca');
    await page.getByTestId('pulsante-problemi').click();
    expect(await page.locator('.issues-panel').textContent()).toContain('domanda-partecipazione-molfetta.pdf» non è nella cartella');

    writeFileSync(join(ctx.served.workspace, 'verbale.pdf'), '%PDF-1.4\n% verbale della conferenza dei sindaci\n');
    await goToStep(page, 'Riepilogo');
    await goToStep(page, 'Allegati');
    await page.getByLabel('File della cartella di lavoro').selectOption('verbale.pdf');
    await page.getByRole('button', { name: 'Allega', exact: true }).click();
    await expect.poll(() => page.getByTestId('stato-allegato-5').textContent()).toContain('presente');
    expect(await page.locator('.rows-table').textContent()).toContain('allegati/verbale.pdf');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('avviso-app').textContent()).toBe('Salvato in molfetta.proposta.');
    const cli = spawnSync(process.execPath, [join(root, 'bin/proposta.js'), 'validate', join(ctx.served.workspace, 'molfetta.proposta'), '--json'], { cwd: root, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect((JSON.parse(cli.stdout) as { problemi: Array<{ code: string; pointer: string }> }).problemi.filter((p) => p.code.startsWith('ALLEGATO_FILE')))
      .toEqual([expect.objectContaining({ code: 'ALLEGATO_FILE_MANCANTE', pointer: '/allegati/elenco/3/nomeFile' })]);
    expect(errors).toEqual([]);
  });
});
