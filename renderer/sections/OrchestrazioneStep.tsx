import type { Processo, Proposal } from '../../core';
import { FieldAt } from '../fields/FieldAt';
import { RowsTable, type Column } from '../widgets/RowsTable';

const COLUMNS: Array<Column<Processo>> = [
  { key: 'nome' }, { key: 'ufficio', width: '10rem' }, { key: 'volumeAnnuo', title: 'Pratiche/anno', width: '7.5rem' },
  { key: 'tempoAttualeGiorni', title: 'Giorni oggi', width: '6.5rem' }, { key: 'tempoObiettivoGiorni', title: 'Giorni obiettivo', width: '6.5rem' },
];

/** Componente e): the processes to orchestrate (AS-IS and TO-BE in each row's details). */
export function OrchestrazioneStep({ doc }: { doc: Proposal }) {
  return (
    <>
      <FieldAt pointer="/orchestrazione/ambito" value={doc.orchestrazione.ambito} />
      <h2 className="h5">Processi orchestrati ({doc.orchestrazione.processi.length})</h2>
      <p className="form-text">Situazione attuale (AS-IS) e obiettivo (TO-BE) di ogni processo si descrivono nei «Dettagli» della riga.</p>
      <RowsTable pointer="/orchestrazione/processi" rows={doc.orchestrazione.processi} columns={COLUMNS} rowLabel="Processo" caption="Processi orchestrati" />
      <FieldAt pointer="/orchestrazione/ia" value={doc.orchestrazione.ia} />
    </>
  );
}
