// A new officer builds an aggregated proposal from an empty one, step by step, meets and fixes
// errors, imports databases from CSV, undoes and redoes, saves, reopens and finds everything.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Proposal } from '../../core';
import { starterPath } from '../helpers/docs';
import { newPage, screenshot, useServeAndBrowser } from './harness';
import { goToStep, openStarter, typeInto } from './steps';

const ctx = useServeAndBrowser();
const src = JSON.parse(readFileSync(starterPath('aggregazione'), 'utf8')) as Proposal;
const root = new URL('../..', import.meta.url).pathname;


/** An ISO date as an officer types it: 2026-05-12 -> 12/05/2026. */
const italian = (iso: string): string => iso.split('-').reverse().join('/');

const idOf = (pointer: string) => `#campo${pointer.replace(/[^a-zA-Z0-9]+/g, '-')}`;

function form(page: Page) {
  return {
    fill: (pointer: string, value: string | number) => typeInto(page.locator(idOf(pointer)).first(), String(value)),
    select: (pointer: string, value: string) => page.locator(idOf(pointer)).first().selectOption(value),
    check: (idSuffix: string) => page.locator(`label[for="${idOf(idSuffix).slice(1)}"]`).first().click(),
    value: (pointer: string) => page.locator(idOf(pointer)).first().inputValue(),
    add: (name: string) => page.getByRole('button', { name, exact: true }).click(),
    details: (row: number, open = true) => page.getByRole('button', { name: `${open ? 'Dettagli' : 'Chiudi'} della riga ${row}` }).first().click(),
  };
}

async function fillPerson(f: ReturnType<typeof form>, pointer: string, p: { nome: string; cognome: string; codiceFiscale: string; qualifica: string; email: string }) {
  for (const k of ['nome', 'cognome', 'codiceFiscale', 'qualifica', 'email'] as const) await f.fill(`${pointer}/${k}`, p[k]);
}

async function pickComune(page: Page, box: string, query: string) {
  const input = page.getByRole('combobox', { name: box });
  await input.click();
  await page.keyboard.type(query);
  await page.getByRole('option', { name: new RegExp(`^${query}`) }).first().waitFor();
  await input.press('Enter');
}

async function errorsOf(page: Page): Promise<number> {
  const text = (await page.getByTestId('prontezza').textContent()) ?? '';
  return text.startsWith('Pronta') ? 0 : Number(/(\d+) errori/.exec(text)?.[1] ?? NaN);
}

describe('a new officer, from an empty proposal to a valid aggregated one', () => {
  it('goes through every step, saves, reopens and finds everything', async () => {
    const { page, errors } = await newPage(ctx.browser);
    const f = form(page);
    await page.goto(ctx.served.url);
    await openStarter(page, 'Proposta vuota');

    // Ente proponente: the lead Comune from the reference list, then the partners.
    await f.select('/ente/tipo', 'aggregazione');
    await pickComune(page, 'Cerca il Comune', 'Galatina');
    const lead = src.ente.capofila;
    await f.fill('/ente/capofila/codiceIpa', lead.codiceIpa);
    await f.fill('/ente/capofila/codiceFiscale', lead.codiceFiscale);
    await f.fill('/ente/capofila/pec', lead.pec);
    await f.fill('/ente/capofila/indirizzo/via', lead.indirizzo.via);
    await f.fill('/ente/capofila/indirizzo/cap', lead.indirizzo.cap);
    await f.fill('/ente/capofila/popolazione/valore', lead.popolazione.valore!);
    await f.fill('/ente/capofila/popolazione/dataRiferimento', italian(lead.popolazione.dataRiferimento));
    await f.fill('/ente/capofila/popolazione/fonte', lead.popolazione.fonte);
    expect(await page.getByTestId('somma-popolazione').textContent()).toContain('mancano');
    for (const [i, p] of src.ente.partner.slice(0, 2).entries()) {
      await pickComune(page, 'Aggiungi un Comune', p.indirizzo.comune);
      await f.details(i + 1);
      const base = `/ente/partner/${i}`;
      for (const k of ['codiceIpa', 'codiceFiscale', 'pec'] as const) await f.fill(`${base}/${k}`, p[k]);
      await f.fill(`${base}/indirizzo/via`, p.indirizzo.via);
      await f.fill(`${base}/indirizzo/cap`, p.indirizzo.cap);
      await f.fill(`${base}/popolazione/valore`, p.popolazione.valore!);
      await f.fill(`${base}/popolazione/dataRiferimento`, italian(p.popolazione.dataRiferimento));
      await f.fill(`${base}/popolazione/fonte`, p.popolazione.fonte);
      await fillPerson(f, `${base}/legaleRappresentante`, p.legaleRappresentante);
      await f.select(`${base}/adesione/organo`, p.adesione.organo);
      await f.fill(`${base}/adesione/numero`, p.adesione.numero);
      await f.fill(`${base}/adesione/data`, italian(p.adesione.data));
      await f.details(i + 1, false);
    }
    expect(await page.getByTestId('somma-popolazione').textContent()).toContain('raggiunta');
    await f.select('/ente/attoApprovazione/organo', 'giunta');
    await f.fill('/ente/attoApprovazione/numero', src.ente.attoApprovazione.numero);
    await f.fill('/ente/attoApprovazione/data', italian(src.ente.attoApprovazione.data));
    await fillPerson(f, '/ente/legaleRappresentante', src.ente.legaleRappresentante);
    await fillPerson(f, '/ente/rtd', src.ente.rtd);
    // An error met and fixed: one wrong character of the RUP's codice fiscale.
    await fillPerson(f, '/ente/rup', { ...src.ente.rup, codiceFiscale: src.ente.rup.codiceFiscale.slice(0, 15) + 'A' });
    await expect.poll(() => page.locator(`${idOf('/ente/rup/codiceFiscale')}-messaggi`).textContent()).toContain('carattere di controllo');
    await screenshot(page, 'officer-errore-cf');
    await f.fill('/ente/rup/codiceFiscale', src.ente.rup.codiceFiscale);
    await expect.poll(() => page.locator(`${idOf('/ente/rup/codiceFiscale')}-messaggi`).count()).toBe(0);

    // Progetto.
    await goToStep(page, 'Progetto');
    const pr = src.progetto;
    await f.fill('/progetto/titolo', pr.titolo);
    await f.fill('/progetto/acronimo', pr.acronimo);
    await f.fill('/progetto/sintesi', pr.sintesi);
    await f.fill('/progetto/fabbisogni', pr.fabbisogni);
    await f.add('Aggiungi: obiettivo');
    await f.fill('/progetto/obiettivi/0/titolo', pr.obiettivi[0]!.titolo);
    await f.check('/progetto/ambiti-anagrafe');
    await f.check('/progetto/ambiti-suap');
    await f.fill('/progetto/durataMesi', 24);
    await f.fill('/progetto/avvioPrevisto', '03/2027');
    await f.check('/progetto/componentiQualificanti-e');

    // Componente a): the inventory from a CSV.
    await goToStep(page, 'Componente a)');
    const csv = join(ctx.served.workspace, 'banche.csv');
    writeFileSync(csv, 'Nome della banca dati;Ufficio titolare;Contiene dati personali;Base giuridica del trattamento\r\nAnagrafe della popolazione residente;Servizi demografici;sì;art. 6, par. 1, lett. e) GDPR\r\nProtocollo informatico;Segreteria generale;sì;art. 6, par. 1, lett. c) GDPR\r\n');
    await page.getByTestId('file-csv').setInputFiles(csv);
    await page.getByRole('button', { name: 'Importa 2 righe' }).click();
    await f.fill('/dati/analisi', src.dati.analisi);

    await goToStep(page, 'Componente b)');
    const b = src.infrastruttura;
    await f.fill('/infrastruttura/architettura', b.architettura);
    await f.select('/infrastruttura/hosting', b.hosting);
    for (const k of ['sicurezza', 'openSource', 'scalabilita'] as const) await f.fill(`/infrastruttura/${k}`, b[k]);

    await goToStep(page, 'Componente c)');
    await f.add('Aggiungi: cruscotto');
    const c = src.visualizzazione.cruscotti[0]!;
    await f.fill('/visualizzazione/cruscotti/0/titolo', c.titolo);
    await f.select('/visualizzazione/cruscotti/0/pubblico', 'pubblico');
    await f.fill('/visualizzazione/cruscotti/0/indicatori', c.indicatori);
    await f.fill('/visualizzazione/cruscotti/0/accessibilita', 'Conforme alle Linee guida AgID sull\'accessibilità, WCAG 2.1 AA.');

    await goToStep(page, 'Componente e)');
    const o = src.orchestrazione;
    await f.fill('/orchestrazione/ambito', o.ambito);
    await f.add('Aggiungi: processo');
    await f.fill('/orchestrazione/processi/0/nome', o.processi[0]!.nome);
    await f.fill('/orchestrazione/processi/0/ufficio', o.processi[0]!.ufficio);
    await f.fill('/orchestrazione/ia/tecniche', o.ia.tecniche);
    await f.select('/orchestrazione/ia/rischioAiAct', 'limitato');
    await f.fill('/orchestrazione/ia/supervisioneUmana', o.ia.supervisioneUmana);
    await f.fill('/orchestrazione/ia/metriche', o.ia.metriche);

    // Cronoprogramma: one activity per component, by numbers.
    await goToStep(page, 'Cronoprogramma');
    for (const [i, comp] of (['a', 'b', 'c', 'e'] as const).entries()) {
      await f.add('Aggiungi: attività');
      await f.fill(`/cronoprogramma/attivita/${i}/titolo`, `Attività della componente ${comp}`);
      await f.select(`/cronoprogramma/attivita/${i}/componente`, comp);
      await f.fill(`/cronoprogramma/attivita/${i}/meseInizio`, i + 1);
      await f.fill(`/cronoprogramma/attivita/${i}/meseFine`, 12 + i);
    }

    // Piano economico: a line per component, then the funding that covers it.
    await goToStep(page, 'Piano economico');
    for (const [i, comp] of (['a', 'b', 'c', 'e'] as const).entries()) {
      await f.add('Aggiungi: voce di spesa');
      await f.select(`/budget/voci/${i}/componente`, comp);
      await f.details(i + 1);
      await f.select(`/budget/voci/${i}/categoria`, 'servizi');
      await f.fill(`/budget/voci/${i}/descrizione`, `Servizi per la componente ${comp}`);
      await typeInto(page.getByLabel(`Importo netto, riga ${i + 1}`, { exact: true }), '10000');
      await page.getByLabel(`Aliquota IVA, riga ${i + 1}`, { exact: true }).selectOption('22');
    }
    expect(await page.getByTestId('totale-progetto').textContent()).toContain('48.800,00 €');
    await f.fill('/budget/contributoRichiesto', '45000');
    await f.fill('/budget/cofinanziamento', '3800');
    expect(await page.getByTestId('copertura').textContent()).toContain('coprono esattamente');

    await goToStep(page, 'Indicatori');
    expect(await page.getByTestId('rco14').textContent()).toContain('3 enti beneficiari');
    await f.add('Aggiungi: indicatore di risultato');
    await f.fill('/indicatori/risultato/0/nome', 'Pratiche SUAP concluse entro i termini');
    await f.fill('/indicatori/risultato/0/unita', 'percentuale');
    await f.fill('/indicatori/risultato/0/baseline', '62');
    await f.fill('/indicatori/risultato/0/target', '90');

    await goToStep(page, 'Conformità');
    const k = src.conformita;
    for (const key of ['gdpr', 'aiAct', 'accessibilita', 'dnsh', 'openSourceRiuso', 'interoperabilita', 'parita', 'sostenibilita'] as const) await f.fill(`/conformita/${key}`, k[key]);
    await f.select('/conformita/dpia', 'prevista');

    // Allegati live beside the proposal: the officer saves it, then attaches the act from the folder.
    await goToStep(page, 'Allegati');
    const act = '%PDF-1.4\n% delibera di Giunta n. 187/2026\n';
    writeFileSync(join(ctx.served.workspace, 'delibera-giunta-187-2026.pdf'), act);
    await page.keyboard.press('Control+s');
    await typeInto(page.getByLabel('Nome del file nella cartella di lavoro'), 'galatina-aggregazione');
    await page.getByRole('dialog').getByRole('button', { name: 'Salva', exact: true }).click();
    await expect.poll(() => page.getByTestId('avviso-app').textContent()).toBe('Salvato in galatina-aggregazione.proposta.');
    await goToStep(page, 'Riepilogo');
    await goToStep(page, 'Allegati');
    await page.getByLabel('File della cartella di lavoro').selectOption('delibera-giunta-187-2026.pdf');
    await page.getByRole('button', { name: 'Allega', exact: true }).click();
    await expect.poll(() => page.getByTestId('stato-allegato-1').textContent()).toContain('presente');
    await f.select('/allegati/elenco/0/tipo', 'delibera-approvazione');

    await goToStep(page, 'Riepilogo');
    await expect.poll(() => errorsOf(page)).toBe(0);
    expect(await page.getByTestId('conteggi').textContent()).toMatch(/^0 errori/);
    await screenshot(page, 'officer-riepilogo');

    // Undo and redo the last change: the file attached (its type was already the one proposed).
    await goToStep(page, 'Allegati');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.rows-table').textContent()).not.toContain('delibera-giunta-187-2026.pdf');
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator('.rows-table').textContent()).toContain('allegati/delibera-giunta-187-2026.pdf');

    // Save, check the file with the CLI, reopen and find everything.
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('non-salvato').count()).toBe(0);
    const file = join(ctx.served.workspace, 'galatina-aggregazione.proposta');
    const cli = spawnSync(process.execPath, [join(root, 'bin/proposta.js'), 'validate', file, '--json'], { cwd: root, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Proposal;
    expect(saved.ente.partner.map((p) => p.codiceIstat)).toEqual(src.ente.partner.slice(0, 2).map((p) => p.codiceIstat));
    expect(saved.dati.banche.map((x) => x.nome)).toEqual(['Anagrafe della popolazione residente', 'Protocollo informatico']);
    expect(saved.allegati.elenco).toEqual([expect.objectContaining({
      tipo: 'delibera-approvazione', nomeFile: 'allegati/delibera-giunta-187-2026.pdf', sha256: createHash('sha256').update(act).digest('hex'),
    })]);

    await page.reload();
    await page.getByRole('button', { name: 'galatina-aggregazione.proposta' }).first().click();
    expect(await f.value('/ente/capofila/denominazione')).toBe('Comune di Galatina');
    await goToStep(page, 'Piano economico');
    expect(await page.getByTestId('totale-progetto').textContent()).toContain('48.800,00 €');
    await goToStep(page, 'Componente a)');
    expect(await page.getByLabel('Nome della banca dati, riga 2', { exact: true }).inputValue()).toBe('Protocollo informatico');
    expect(await errorsOf(page)).toBe(0);
    expect(errors).toEqual([]);
  }, 180_000);
});
