import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createTestPki, type TestPki } from '../../services/sign/test-support/certs';
import { NOW, starter } from '../helpers/docs';
import { launch, newPage, screenshot, serve, type Served } from './harness';
import { goToStep } from './steps';

let served: Served;
let browser: Browser;
let pki: TestPki;

beforeAll(async () => {
  served = await serve();
  browser = await launch();
  pki = createTestPki(NOW);
  const doc = starter('aggregazione');
  writeFileSync(join(served.workspace, 'galatina.proposta'), JSON.stringify(doc, null, 2));
  for (const a of doc.allegati.elenco) {
    mkdirSync(dirname(join(served.workspace, a.nomeFile)), { recursive: true });
    writeFileSync(join(served.workspace, a.nomeFile), `%PDF-1.7\n% ${a.nomeFile}\n`);
  }
  writeFileSync(join(served.workspace, 'firma.p12'), pki.p12.valid);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  pki?.cleanup();
});

describe('exports and the signed package from the editor', () => {
  it('exports the dossier, creates a signed package after the readiness check, and verifies it', async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(served.url);
    await page.getByRole('button', { name: 'galatina.proposta' }).first().click();
    await goToStep(page, 'Riepilogo');

    await page.getByLabel('Nome del file nella cartella di lavoro (facoltativo)').fill('dossier-galatina');
    await page.getByRole('button', { name: 'Esporta PDF' }).click();
    await expect.poll(() => page.getByTestId('avviso-app').textContent(), { timeout: 60_000 }).toBe('Dossier PDF salvato: dossier-galatina.pdf.');
    expect(readFileSync(join(served.workspace, 'dossier-galatina.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('button', { name: 'Crea pacchetto firmato' }).click();
    expect(await page.getByTestId('controllo-pacchetto').textContent()).toMatch(/^Controllo: 0 errori/);
    await page.getByLabel('Certificato nella cartella di lavoro').fill('firma.p12');
    await page.getByLabel('Password del certificato').fill('sbagliata');
    await page.getByRole('button', { name: 'Crea il pacchetto' }).click();
    await expect.poll(() => page.getByTestId('avviso-app').textContent(), { timeout: 60_000 }).toContain('password');
    expect(existsSync(join(served.workspace, 'PraticaUnica-pacchetto.zip'))).toBe(false);

    await page.getByLabel('Password del certificato').fill(pki.password);
    await page.getByRole('button', { name: 'Crea il pacchetto' }).click();
    await expect.poll(() => page.getByTestId('avviso-app').textContent(), { timeout: 60_000 }).toContain('Pacchetto creato: PraticaUnica-pacchetto.zip, firmato');
    expect(existsSync(join(served.workspace, 'PraticaUnica-pacchetto.zip'))).toBe(true);

    await page.getByRole('button', { name: 'Verifica pacchetto' }).click();
    await page.getByLabel('Pacchetto nella cartella di lavoro').fill('PraticaUnica-pacchetto.zip');
    await page.getByRole('button', { name: 'Verifica', exact: true }).click();
    const esito = page.getByTestId('esito-verifica');
    await expect.poll(() => esito.textContent(), { timeout: 60_000 }).toContain('pacchetto integro e valido');
    expect(await esito.textContent()).toContain('Firmato da Mario Rossi (codice fiscale RSSMRA85T10A562S)');
    await screenshot(page, 'e2e-verifica-pacchetto');
    expect(errors).toEqual([]);
  }, 180_000);
});
