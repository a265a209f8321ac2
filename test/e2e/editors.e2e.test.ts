import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot, useServeAndBrowser } from './harness';
import { goToStep, openStarter, typeInto } from './steps';

const ctx = useServeAndBrowser();


/** A CSV as Excel in Italian writes it: `;`, Windows-1252, a quoted newline, one bad row. */
function excelCsv(): Buffer {
  const lines = [
    'Nome della banca dati;Ufficio titolare;Formato dei dati;Numero approssimativo di record;Contiene dati personali;Qualità;Colonna strana',
    'Anagrafe canina;Ufficio ambiente;Database relazionale;1.250;sì;"Dati completi;\naggiornati ogni mese";x',
    ';Ufficio tributi;;;;;',
    'Registro accessi civici;Segreteria generale;foglio di calcolo;80;no;buona;',
  ];
  return Buffer.from(lines.join('\r\n'), 'latin1');
}

describe('editors in Chromium', () => {
  it('imports databases from a CSV after a preview, and undoes the import', async () => {
    const { page, errors } = await newPage(ctx.browser);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await goToStep(page, 'Componente a)');
    const before = await page.locator('.rows-table tbody tr').count();
    const file = join(ctx.served.workspace, 'banche.csv');
    writeFileSync(file, excelCsv());
    await page.getByTestId('file-csv').setInputFiles(file);
    const counts = page.getByTestId('anteprima-conteggi');
    await counts.waitFor();
    expect(await counts.textContent()).toContain('2 righe da importare, 1 scartata (codifica Windows-1252, separatore «;»)');
    expect(await page.getByRole('dialog').textContent()).toContain('Colonna strana');
    await screenshot(page, 'e2e-anteprima-csv');
    expect(await page.locator('.rows-table tbody tr').count()).toBe(before);
    await page.getByRole('button', { name: 'Importa 2 righe' }).click();
    await expect.poll(() => page.locator('.rows-table tbody tr').count()).toBe(before + 2);
    expect(await page.getByLabel(`Nome della banca dati, riga ${before + 1}`).inputValue()).toBe('Anagrafe canina');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.rows-table tbody tr').count()).toBe(before);
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator('.rows-table tbody tr').count()).toBe(before + 2);
    expect(errors).toEqual([]);
  });

  it('computes VAT and totals of the budget in Italian format', async () => {
    const { page } = await newPage(ctx.browser);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await goToStep(page, 'Piano economico');
    const net = page.getByLabel('Importo netto, riga 1', { exact: true });
    await typeInto(net, '1234,5');
    expect(await net.inputValue()).toBe('1.234,50');
    await page.getByLabel('Aliquota IVA, riga 1', { exact: true }).selectOption('22');
    const row = page.locator('.rows-table tbody tr').first();
    expect(await row.textContent()).toContain('1.506,09 €');
    await row.getByRole('button', { name: 'Dettagli della riga 1' }).click();
    expect(await page.locator('.row-details').first().textContent()).toContain('IVA 271,59 €');
    expect(await page.getByTestId('copertura').textContent()).toContain('superano');
  });

  it('moves an activity on the timeline with the keyboard and by dragging', async () => {
    const { page } = await newPage(ctx.browser);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await goToStep(page, 'Cronoprogramma');
    const start = page.getByLabel('Mese di inizio, riga 1', { exact: true });
    const s0 = Number(await start.inputValue());
    const bar = page.getByRole('slider').first();
    await bar.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await start.inputValue())).toBe(s0 + 1);
    const box = (await bar.boundingBox())!;
    const lane = (await page.locator('.gantt-lane').first().boundingBox())!;
    const month = lane.width / Number(await page.locator('.gantt-scale span').count());
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 2 * month, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => Number(await start.inputValue())).toBe(s0 + 3);
  });

  it('finds a field with Ctrl+K and jumps to it', async () => {
    const { page } = await newPage(ctx.browser);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await page.keyboard.press('Control+k');
    await page.getByLabel('Testo da cercare').click();
    await page.keyboard.type('acronimo');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe('campo-progetto-acronimo');
    expect(await page.locator('#titolo-passo').textContent()).toBe('Progetto');
  });

  it('looks up Comuni and keeps the population sum of an aggregation live', async () => {
    const { page } = await newPage(ctx.browser);
    await page.goto(ctx.served.url);
    await openStarter(page, 'Proposta vuota');
    await page.getByLabel('Tipo di ente proponente').selectOption('aggregazione');
    await page.getByRole('combobox', { name: 'Cerca il Comune' }).click();
    await page.keyboard.type('nardo');
    await page.getByRole('option', { name: /Nardò/ }).click();
    expect(await page.getByLabel('Denominazione *').first().inputValue()).toBe('Comune di Nardò');
    expect(await page.getByLabel('Codice ISTAT').first().inputValue()).toBe('075052');
    await typeInto(page.getByLabel('Popolazione dichiarata').first(), '29800');
    expect(await page.getByTestId('somma-popolazione').textContent()).toContain('mancano 200 abitanti');
    await page.getByRole('combobox', { name: 'Aggiungi un Comune' }).click();
    await page.keyboard.type('075');
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Denominazione della banca dati').count()).toBe(0);
    expect(await page.getByLabel('Denominazione, riga 1', { exact: true }).inputValue()).toBe('Comune di Alessano');
    await typeInto(page.getByLabel('Popolazione dichiarata, riga 1', { exact: true }), '500');
    expect(await page.getByTestId('somma-popolazione').textContent()).toContain('soglia di 30.000 raggiunta');
  });

  it('takes a paste of 100,000 characters: the limit is shown and typing goes on', async () => {
    const { page, errors } = await newPage(ctx.browser);
    await page.goto(ctx.served.url);
    await openStarter(page, /Esempio: Molfetta Risponde/);
    await goToStep(page, 'Progetto');
    const sintesi = page.locator('#campo-progetto-sintesi');
    await sintesi.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('A'.repeat(100_000));
    await expect.poll(() => page.locator('#campo-progetto-sintesi-conteggio').textContent()).toBe('100.000 / 3.000 caratteri');
    await expect.poll(() => page.locator('#campo-progetto-sintesi-messaggi').textContent()).toContain('supera il limite di 3.000 caratteri');
    await sintesi.press('End');
    await sintesi.press('Backspace');
    await expect.poll(() => page.locator('#campo-progetto-sintesi-conteggio').textContent()).toBe('99.999 / 3.000 caratteri');
    expect(errors).toEqual([]);
  });

  it('previews a CSV of 10,000 rows (UTF-8 with BOM, commas, quoted newlines) and imports only on confirmation', async () => {
    const { page } = await newPage(ctx.browser);
    await page.goto(ctx.served.url);
    await openStarter(page, 'Proposta vuota');
    await goToStep(page, 'Componente a)');
    const rows = Array.from({ length: 10_000 }, (_, i) => `"Archivio ${i + 1}","Ufficio ${i % 7}","Nota su due righe\nriga ${i}"`);
    const file = join(ctx.served.workspace, 'diecimila.csv');
    writeFileSync(file, `\uFEFFnome,ufficio,qualità\r\n${rows.join('\r\n')}\r\n`, 'utf8');
    await page.getByTestId('file-csv').setInputFiles(file);
    const counts = page.getByTestId('anteprima-conteggi');
    await counts.waitFor();
    expect(await counts.textContent()).toContain('5.000 righe da importare, 5.000 scartate (codifica UTF-8, separatore «,»)');
    expect(await page.locator('.rows-table tbody tr').count()).toBe(0);
    await page.getByRole('dialog').getByRole('button', { name: 'Annulla' }).click();
    expect(await page.locator('.rows-table tbody tr').count()).toBe(0);
  });
});
