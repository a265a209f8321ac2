import type { Proposal } from '../../core';
import { FieldAt } from '../fields/FieldAt';
import { RowsTable, type Column } from '../widgets/RowsTable';
import { CsvImport } from './CsvImport';

const COLUMNS: Column[] = [
  { key: 'nome' }, { key: 'ufficio' }, { key: 'formato' }, { key: 'recordStimati', title: 'Record' },
  { key: 'datiPersonali', title: 'Dati personali' }, { key: 'esposizione' }, { key: 'openData', title: 'Open data' },
];

/** Componente a): the inventory of the body's databases as a table, with CSV import and template. */
export function DatiStep({ doc }: { doc: Proposal }) {
  return (
    <>
      <h2 className="h5">Inventario delle banche dati ({doc.dati.banche.length})</h2>
      <CsvImport existing={doc.dati.banche} />
      <RowsTable pointer="/dati/banche" rows={doc.dati.banche as unknown as Record<string, unknown>[]} columns={COLUMNS} rowLabel="Banca dati" caption="Inventario delle banche dati" />
      <FieldAt pointer="/dati/analisi" value={doc.dati.analisi} />
    </>
  );
}
