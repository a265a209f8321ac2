// The officer's two other ways of signing, in Chromium through `proposta serve`: an unsigned package
// signed with "the card's program" (openssl cms -cades and our PAdES signer stand in for DiKe) and
// completed from the dialog, and a package signed on a smart card (a SoftHSM2 token this test
// initialises; the serve process inherits SOFTHSM2_CONF).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExampleAttachments } from '../../services/app/attachments';
import { signPdfPades } from '../../services/sign/pades';
import { createTestPki, signerFromFiles, type TestPki } from '../../services/sign/test-support/certs';
import { createTestToken, type TestToken } from '../../services/sign/test-support/softhsm';
import { STARTERS_DIR } from '../../services/starters';
import { starter } from '../helpers/docs';
import { LAPTOP, launch, newPage, screenshot, serve, type Served } from './harness';
import { goToStep, typeInto } from './steps';

let served: Served;
let browser: Browser;
let pki: TestPki;
let token: TestToken;

beforeAll(async () => {
  pki = createTestPki();
  // Before serve starts: the child process takes SOFTHSM2_CONF from this environment.
  token = createTestToken('Carta Comune');
  token.add(pki, 'valid', '01', 'Firma Mario Rossi');
  token.add(pki, 'verdi', '02', 'Firma Giuseppe Verdi');
  served = await serve();
  browser = await launch();
  const doc = starter('aggregazione');
  writeFileSync(join(served.workspace, 'galatina.proposta'), JSON.stringify(doc, null, 2));
  expect(await copyExampleAttachments(doc, join(served.workspace, 'galatina.proposta'), STARTERS_DIR)).toBe(doc.allegati.elenco.length);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  token?.cleanup();
  pki?.cleanup();
});

const w = (name: string) => join(served.workspace, name);
const zips = () => readdirSync(served.workspace).filter((n) => n.endsWith('.zip')).sort();

async function openPackageDialog(page: Page): Promise<void> {
  await page.goto(served.url);
  await page.getByRole('button', { name: 'galatina.proposta' }).first().click();
  await goToStep(page, 'Riepilogo');
  await page.getByRole('button', { name: 'Crea pacchetto firmato' }).click();
}

async function verifyInDialog(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Verifica pacchetto' }).click();
  await typeInto(page.getByLabel('Pacchetto nella cartella di lavoro'), name);
  await page.getByRole('button', { name: 'Verifica', exact: true }).click();
  const esito = page.getByTestId('esito-verifica');
  await expect.poll(() => esito.textContent(), { timeout: 60_000 }).toContain('pacchetto integro ma NON affidabile');
  return (await esito.textContent()) ?? '';
}

describe('signing from the package dialog (1366x768)', () => {
  it('creates the package «senza firma», the files are signed outside, completes it from the dialog and verifies it', async () => {
    const { page, errors } = await newPage(browser, LAPTOP);
    await openPackageDialog(page);
    await page.locator('label', { hasText: 'Senza firma: firmerò i file con il programma della carta (DiKe, ArubaSign, GoSign)' }).click();
    expect(await page.getByTestId('spiegazione-senza-firma').textContent()).toContain('CAdES');
    await typeInto(page.getByLabel('Nome del pacchetto nella cartella di lavoro'), 'galatina.zip');
    await page.getByRole('button', { name: 'Crea il pacchetto' }).click();
    const toSign = page.getByTestId('file-da-firmare');
    await expect.poll(() => toSign.textContent(), { timeout: 90_000 }).toContain('galatina-da-firmare-manifest.json');
    expect(await toSign.textContent()).toContain('galatina-da-firmare-dossier.pdf');
    await screenshot(page, 'e2e-pacchetto-senza-firma', false);

    // The card's program, outside Proposta: CAdES enveloping for the manifest, PAdES for the dossier.
    const signed = spawnSync('openssl', ['cms', '-sign', '-cades', '-nodetach', '-binary', '-md', 'sha256', '-in', w('galatina-da-firmare-manifest.json'),
      '-signer', join(pki.dir, 'valid.pem'), '-inkey', join(pki.dir, 'valid.key'), '-outform', 'DER', '-out', w('manifest.json.p7m')]);
    expect(signed.status, signed.stderr?.toString()).toBe(0);
    writeFileSync(w('dossier-firmato.pdf'), await signPdfPades(readFileSync(w('galatina-da-firmare-dossier.pdf')), signerFromFiles(pki, 'valid'), { name: 'Mario Rossi', reason: 'Proposta', location: 'Galatina' }));

    // The unsigned dossier instead of the signed one: refused in the dialog, nothing written.
    expect(await page.getByLabel('Pacchetto senza firma nella cartella di lavoro').inputValue()).toBe('galatina.zip');
    await typeInto(page.getByLabel('Manifesto firmato (.p7m) nella cartella di lavoro'), 'manifest.json.p7m');
    await typeInto(page.getByLabel('Dossier PDF firmato nella cartella di lavoro'), 'galatina-da-firmare-dossier.pdf');
    await page.getByRole('button', { name: 'Completa il pacchetto' }).click();
    await expect.poll(() => page.getByTestId('errore-completa').textContent(), { timeout: 60_000 }).toBeTruthy();
    expect(zips()).toEqual(['galatina.zip']);

    await typeInto(page.getByLabel('Dossier PDF firmato nella cartella di lavoro'), 'dossier-firmato.pdf');
    await page.getByRole('button', { name: 'Completa il pacchetto' }).click();
    await expect.poll(() => page.getByTestId('avviso-app').textContent(), { timeout: 60_000 }).toContain('Pacchetto completato con i file firmati: galatina-firmato.zip');
    expect(zips()).toEqual(['galatina-firmato.zip', 'galatina.zip']);

    const shown = await verifyInDialog(page, 'galatina-firmato.zip');
    expect(shown).toContain('Firmato da Mario Rossi (codice fiscale RSSMRA85T10A562S)');
    for (const text of ['manifest.json.p7m (CAdES .p7m)', 'dossier.pdf (PAdES)', 'Integrità: superato', 'Firma: superato']) expect(shown).toContain(text);
    expect(errors).toEqual([]);
  }, 240_000);

  it('signs on the smart card: module, card, certificate with name and CF, PIN (wrong, then right), and verifies', async () => {
    const { page, errors } = await newPage(browser, LAPTOP);
    await openPackageDialog(page);
    await page.locator('label', { hasText: 'Con la smart card o il token' }).click();
    const module = page.getByLabel('Programma della carta (modulo PKCS#11)');
    await expect.poll(() => module.locator('option').allTextContents()).toContain('SoftHSM (token software, per prove) (libsofthsm2.so)');
    await module.selectOption({ label: 'SoftHSM (token software, per prove) (libsofthsm2.so)' });
    await page.getByRole('button', { name: 'Leggi la carta' }).click();
    const certificate = page.getByLabel('Certificato di firma');
    await expect.poll(() => certificate.locator('option').allTextContents(), { timeout: 30_000 }).toHaveLength(2);
    expect((await certificate.locator('option').allTextContents()).join('\n')).toContain('Giuseppe Verdi (codice fiscale VRDGPP80A01F205X), firma digitale');
    await certificate.selectOption({ label: (await certificate.locator('option', { hasText: 'Giuseppe Verdi' }).textContent()) ?? '' });
    await typeInto(page.getByLabel('Nome del pacchetto nella cartella di lavoro'), 'galatina-carta.zip');

    const pin = page.getByLabel('PIN della carta');
    expect(await pin.getAttribute('type')).toBe('password');
    expect(await pin.getAttribute('autocomplete')).toBe('off');
    await pin.click();
    await page.keyboard.type('00000000');
    await page.getByRole('button', { name: 'Crea il pacchetto' }).click();
    await expect.poll(() => page.getByTestId('errore-pacchetto').textContent(), { timeout: 60_000 }).toContain('PIN non è corretto');
    expect(await pin.inputValue()).toBe('');
    expect(existsSync(w('galatina-carta.zip'))).toBe(false);

    await pin.click();
    await page.keyboard.type(token.pin);
    await page.getByRole('button', { name: 'Crea il pacchetto' }).click();
    await expect.poll(() => page.getByTestId('avviso-app').textContent(), { timeout: 90_000 }).toContain('Pacchetto creato: galatina-carta.zip, firmato');

    const shown = await verifyInDialog(page, 'galatina-carta.zip');
    expect(shown).toContain('Firmato da Giuseppe Verdi (codice fiscale VRDGPP80A01F205X)');
    expect(shown).toContain('Firma: superato');
    expect(errors).toEqual([]);
  }, 240_000);
});
