// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentDoc, loadDoc, starter } from '../test/setup';
import { BudgetStep } from './BudgetStep';
import { CronoprogrammaStep } from './CronoprogrammaStep';
import { CsvImport } from './CsvImport';
import { DatiStep } from './DatiStep';
import { EnteStep } from './EnteStep';
import { IndicatoriStep } from './IndicatoriStep';

describe('EnteStep', () => {
  it('adds a partner from the reference list and keeps the population sum live', () => {
    loadDoc(starter('aggregazione'));
    const { rerender } = render(<EnteStep doc={currentDoc()} />);
    const before = currentDoc().ente.partner.length;
    expect(screen.getByTestId('somma-popolazione').textContent).toContain('raggiunta');
    fireEvent.change(screen.getByRole('combobox', { name: 'Aggiungi un Comune' }), { target: { value: 'Celle di San Vito' } });
    fireEvent.mouseDown(within(screen.getByRole('listbox', { name: 'Comuni trovati' })).getByRole('option'));
    const added = currentDoc().ente.partner.at(-1)!;
    expect(currentDoc().ente.partner).toHaveLength(before + 1);
    expect([added.denominazione, added.codiceIstat, added.indirizzo.provincia]).toEqual(['Comune di Celle di San Vito', '071019', 'FG']);
    rerender(<EnteStep doc={currentDoc()} />);
    fireEvent.change(screen.getByLabelText(`Popolazione dichiarata, riga ${before + 1}`), { target: { value: '150' } });
    fireEvent.blur(screen.getByLabelText(`Popolazione dichiarata, riga ${before + 1}`));
    expect(currentDoc().ente.partner.at(-1)!.popolazione.valore).toBe(150);
  });
});

describe('BudgetStep', () => {
  it('computes VAT and total from the net amount and the rate', () => {
    loadDoc(starter('comune-singolo'));
    const { rerender } = render(<BudgetStep doc={currentDoc()} />);
    fireEvent.change(screen.getByLabelText('Aliquota IVA, riga 1'), { target: { value: '10' } });
    rerender(<BudgetStep doc={currentDoc()} />);
    fireEvent.change(screen.getByLabelText('Importo netto, riga 1'), { target: { value: '1.000,10' } });
    fireEvent.blur(screen.getByLabelText('Importo netto, riga 1'));
    const line = currentDoc().budget.voci[0]!;
    expect([line.importoNetto, line.aliquotaIva]).toEqual([1000.1, 10]);
    rerender(<BudgetStep doc={currentDoc()} />);
    const row = screen.getByLabelText('Importo netto, riga 1').closest('tr')!;
    expect(within(row).getByText('1.100,11 €')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Dettagli della riga 1' }));
    rerender(<BudgetStep doc={currentDoc()} />);
    expect(screen.getByText('100,01 €', { exact: false })).toBeTruthy();
    expect(screen.getByTestId('copertura').textContent).toContain('superano');
  });
});

describe('CronoprogrammaStep', () => {
  it('moves an activity with the keyboard and changes its end with Shift', () => {
    loadDoc(starter('comune-singolo'));
    const a0 = currentDoc().cronoprogramma.attivita[0]!;
    const { rerender } = render(<CronoprogrammaStep doc={currentDoc()} />);
    fireEvent.keyDown(screen.getAllByRole('slider')[0]!, { key: 'ArrowRight' });
    expect(currentDoc().cronoprogramma.attivita[0]).toMatchObject({ meseInizio: a0.meseInizio + 1, meseFine: a0.meseFine + 1 });
    rerender(<CronoprogrammaStep doc={currentDoc()} />);
    fireEvent.keyDown(screen.getAllByRole('slider')[0]!, { key: 'ArrowLeft', shiftKey: true });
    expect(currentDoc().cronoprogramma.attivita[0]).toMatchObject({ meseInizio: a0.meseInizio + 1, meseFine: a0.meseFine });
  });
});

describe('DatiStep and CsvImport', () => {
  it('adds, duplicates and removes inventory rows', () => {
    loadDoc(starter('comune-singolo'));
    const n = currentDoc().dati.banche.length;
    const { rerender } = render(<DatiStep doc={currentDoc()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi: banca dati' }));
    expect(currentDoc().dati.banche).toHaveLength(n + 1);
    rerender(<DatiStep doc={currentDoc()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dettagli della riga 1' }));
    rerender(<DatiStep doc={currentDoc()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Duplica: Banca dati n. 1' }));
    expect(currentDoc().dati.banche[1]!.nome).toBe(currentDoc().dati.banche[0]!.nome);
    rerender(<DatiStep doc={currentDoc()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Elimina: Banca dati n. 1' }));
    expect(currentDoc().dati.banche).toHaveLength(n + 1);
  });

  it('shows a preview and imports nothing until confirmed', async () => {
    loadDoc(starter('comune-singolo'));
    const n = currentDoc().dati.banche.length;
    render(<CsvImport existing={currentDoc().dati.banche} />);
    const csv = 'nome,ufficio,record\n"Protocollo, archivio storico",Segreteria,"12.500"\n,Tributi,3\n';
    fireEvent.change(screen.getByTestId('file-csv'), { target: { files: [new File([csv], 'b.csv', { type: 'text/csv' })] } });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('anteprima-conteggi').textContent).toContain('1 riga da importare, 1 scartata');
    expect(currentDoc().dati.banche).toHaveLength(n);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Importa 1 riga' }));
    expect(currentDoc().dati.banche.at(-1)).toMatchObject({ nome: 'Protocollo, archivio storico', ufficio: 'Segreteria', recordStimati: 12500 });
  });
});

describe('IndicatoriStep', () => {
  it('derives RCO14 from the bodies involved', () => {
    const doc = starter('aggregazione');
    render(<IndicatoriStep doc={doc} />);
    expect(screen.getByTestId('rco14').textContent).toContain(`${1 + doc.ente.partner.length} enti beneficiari`);
  });
});
