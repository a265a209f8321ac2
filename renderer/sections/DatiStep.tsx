import type { BancaDati, Proposal } from '../../core';
import { FieldAt } from '../fields/FieldAt';
import { RowsTable, type Column } from '../widgets/RowsTable';
import { CsvImport } from './CsvImport';

export const DATABASE_COLUMNS: Array<Column<BancaDati>> = [
  { key: 'nome' }, { key: 'ufficio', width: '12rem' }, { key: 'recordStimati', title: 'Record', width: '8rem' },
  { key: 'datiPersonali', title: 'Dati personali', width: '6.5rem' },
];

/** Componente a): the inventory of the body's databases as a table, with CSV import and template. */
export function DatiStep({ doc }: { doc: Proposal }) {
  return (
    <>
      <h2 className="h5">Inventario delle banche dati ({doc.dati.banche.length})</h2>
      <CsvImport existing={doc.dati.banche} />
      <RowsTable pointer="/dati/banche" rows={doc.dati.banche} columns={DATABASE_COLUMNS} rowLabel="Banca dati" caption="Inventario delle banche dati" />
      <FieldAt pointer="/dati/analisi" value={doc.dati.analisi} />
    </>
  );
}
