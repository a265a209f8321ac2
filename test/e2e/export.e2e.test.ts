import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { copyExampleAttachments } from '../../services/app/attachments';
import { STARTERS_DIR } from '../../services/starters';
import { createTestPki, type TestPki } from '../../services/sign/test-support/certs';
import { NOW, starter } from '../helpers/docs';
import { launch, newPage, screenshot, serve, type Served } from './harness';
import { goToStep, typeInto } from './steps';

let served: Served;
let browser: Browser;
let pki: TestPki;

beforeAll(async () => {
  served = await serve();
  browser = await launch();
  pki = createTestPki(NOW);
  const doc = starter('aggregazione');
  writeFileSync(join(served.workspace, 'galatina.proposta'), JSON.stringify(doc, null, 2));
  // The starter's example attachments, as a new proposal made from it gets them.
  expect(await copyExampleAttachments(doc, join(served.workspace, 'galatina.proposta'), STARTERS_DIR)).toBe(doc.allegati.elenco.length);
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

    await typeInto(page.getByLabel('Nome del file nella cartella di lavoro (facoltativo)'), 'dossier-galatina');
    await page.getByRole('button', { name: 'Esporta PDF' }).click();
    await expect.poll(() => page.getByTestId('avviso-app').textContent(), { timeout: 60_000 }).toBe('Dossier PDF salvato: dossier-galatina.pdf.');
    expect(readFileSync(join(served.workspace, 'dossier-galatina.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('button', { name: 'Crea pacchetto firmato' }).click();
    expect(await page.getByTestId('controllo-pacchetto').textContent()).toMatch(/^Controllo: 0 errori/);
    await page.getByRole('button', { name: 'Crea il pacchetto' }).click();
    expect(await page.getByTestId('errore-pacchetto').textContent()).toContain('nome del certificato');
    await typeInto(page.getByLabel('Certificato nella cartella di lavoro'), 'firma.p12');
    await typeInto(page.getByLabel('Password del certificato'), 'sbagliata');
    await page.getByRole('button', { name: 'Crea il pacchetto' }).click();
    await expect.poll(() => page.getByTestId('errore-pacchetto').textContent(), { timeout: 60_000 }).toContain('password');
    expect(existsSync(join(served.workspace, 'PraticaUnica-pacchetto.zip'))).toBe(false);

    await typeInto(page.getByLabel('Password del certificato'), pki.password);
    await page.getByRole('button', { name: 'Crea il pacchetto' }).click();
    await expect.poll(() => page.getByTestId('avviso-app').textContent(), { timeout: 60_000 }).toContain('Pacchetto creato: PraticaUnica-pacchetto.zip, firmato');
    expect(existsSync(join(served.workspace, 'PraticaUnica-pacchetto.zip'))).toBe(true);

    await page.getByRole('button', { name: 'Verifica pacchetto' }).click();
    await typeInto(page.getByLabel('Pacchetto nella cartella di lavoro'), 'PraticaUnica-pacchetto.zip');
    await page.getByRole('button', { name: 'Verifica', exact: true }).click();
    const esito = page.getByTestId('esito-verifica');
    // No trust anchor is given in the editor, and the test signer is not the starter's legal representative:
    // intact but not trustworthy, each level of each signer shown.
    await expect.poll(() => esito.textContent(), { timeout: 60_000 }).toContain('pacchetto integro ma NON affidabile');
    const shown = await esito.textContent();
    expect(shown).toContain('Firmato da Mario Rossi (codice fiscale RSSMRA85T10A562S)');
    for (const text of ['manifest.json.p7m (CAdES .p7m)', 'dossier.pdf (PAdES)', 'Integrità: superato', 'Firma: superato', 'Catena di fiducia: non verificato', 'Codice fiscale: non affidabile']) expect(shown).toContain(text);
    await screenshot(page, 'e2e-verifica-pacchetto');
    expect(errors).toEqual([]);
  }, 180_000);

  it('asks before replacing an export, and offers overwrite or reload when another program changed the proposal', async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(served.url);
    await page.getByRole('button', { name: 'galatina.proposta' }).first().click();
    await goToStep(page, 'Riepilogo');
    const notice = page.getByTestId('avviso-app');

    await page.getByLabel('Nome del file nella cartella di lavoro (facoltativo)').click();
    await page.keyboard.type('doppio');
    await page.getByRole('button', { name: 'Esporta DOCX' }).click();
    await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toBe('Dossier DOCX salvato: doppio.docx.');
    writeFileSync(join(served.workspace, 'doppio.docx'), 'il dossier di ieri');
    await page.getByRole('button', { name: 'Esporta DOCX' }).click();
    await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toContain('Esiste già un file con questo nome');
    expect(readFileSync(join(served.workspace, 'doppio.docx'), 'utf8')).toBe('il dossier di ieri');
    await page.getByRole('button', { name: 'Sostituisci' }).click();
    await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toBe('Dossier DOCX salvato: doppio.docx.');
    expect(readFileSync(join(served.workspace, 'doppio.docx')).subarray(0, 2).toString()).toBe('PK');

    // A colleague saves the same proposal from another program: Proposta asks, it does not overwrite.
    const file = join(served.workspace, 'galatina.proposta');
    const theirs = (titolo: string) => {
      const doc = starter('aggregazione');
      writeFileSync(file, JSON.stringify({ ...doc, progetto: { ...doc.progetto, titolo } }, null, 2));
    };
    const titleOnDisk = () => (JSON.parse(readFileSync(file, 'utf8')) as { progetto: { titolo: string } }).progetto.titolo;
    theirs('Versione del collega');
    await page.keyboard.press('Control+s');
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain('modificato da un altro programma');
    expect(titleOnDisk()).toBe('Versione del collega');
    await page.getByRole('button', { name: 'Ricarica dal disco' }).click();
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toBe('Ricaricato galatina.proposta dal disco.');

    theirs('Seconda versione del collega');
    await page.keyboard.press('Control+s');
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain('modificato da un altro programma');
    await screenshot(page, 'e2e-modificato-altrove');
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toBe('Salvato in galatina.proposta.');
    expect(titleOnDisk()).toBe('Versione del collega');
    expect(errors).toEqual([]);
  }, 180_000);

  it('suggests a file name from this proposal\'s acronym, and uses it when the officer names none', async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(served.url);
    await page.getByRole('button', { name: 'galatina.proposta' }).first().click();
    await goToStep(page, 'Progetto');
    await typeInto(page.getByLabel('Acronimo', { exact: true }), 'SALENTO AI');
    await goToStep(page, 'Riepilogo');
    const name = page.getByLabel('Nome del file nella cartella di lavoro (facoltativo)');
    expect(await name.getAttribute('placeholder')).toBe('ad esempio SALENTO-AI-dossier');
    await page.getByRole('button', { name: 'Esporta DOCX' }).click();
    await expect.poll(() => page.getByTestId('avviso-app').textContent(), { timeout: 60_000 }).toBe('Dossier DOCX salvato: SALENTO-AI-dossier.docx.');
    expect(readFileSync(join(served.workspace, 'SALENTO-AI-dossier.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(errors).toEqual([]);
  });
});
