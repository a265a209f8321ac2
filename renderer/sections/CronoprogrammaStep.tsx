import { memo } from 'react';
import { Pager } from '../widgets/Pager';
import { timelineMonths, type Attivita, type Proposal } from '../../core';
import { Cell } from '../widgets/cells';
import { RowActions } from '../widgets/RowActions';
import { dispatch, PAGE_SIZE, setTableView } from '../store/actions';
import { useStore } from '../store/store';
import { GanttBar } from './GanttBar';

const Row = memo(function Row({ a, i, months, count }: { a: Attivita; i: number; months: number; count: number }) {
  const p = `/cronoprogramma/attivita/${i}` as const;
  return (
    <tr>
      <th scope="row">{i + 1}</th>
      <td><Cell pointer={`${p}/titolo`} value={a.titolo} label={`Attività, riga ${i + 1}`} /></td>
      <td><Cell pointer={`${p}/componente`} value={a.componente} label={`Componente, riga ${i + 1}`} /></td>
      <td><Cell pointer={`${p}/meseInizio`} value={a.meseInizio} label={`Mese di inizio, riga ${i + 1}`} /></td>
      <td><Cell pointer={`${p}/meseFine`} value={a.meseFine} label={`Mese di fine, riga ${i + 1}`} /></td>
      <td><Cell pointer={`${p}/deliverable`} value={a.deliverable} label={`Prodotto atteso, riga ${i + 1}`} /></td>
      <td><Cell pointer={`${p}/milestone`} value={a.milestone} label={`Milestone, riga ${i + 1}`} /></td>
      <td className="gantt-cell"><GanttBar index={i} title={a.titolo || `Attività ${i + 1}`} start={a.meseInizio} end={a.meseFine} months={months} milestone={a.milestone} /></td>
      <td><RowActions pointer="/cronoprogramma/attivita" index={i} count={count} label="Attività" /></td>
    </tr>
  );
});

/** Cronoprogramma: activities by month, edited by numbers or by dragging on the timeline. */
export function CronoprogrammaStep({ doc }: { doc: Proposal }) {
  const list = doc.cronoprogramma.attivita;
  const page = useStore((s) => s.tables['/cronoprogramma/attivita']?.page ?? 0);
  const setPage = (p: number) => setTableView('/cronoprogramma/attivita', { page: p });
  const first = Math.min(page, Math.max(0, Math.ceil(list.length / PAGE_SIZE) - 1)) * PAGE_SIZE;
  const months = timelineMonths(doc);
  return (
    <>
      <p>Durata del progetto: {doc.progetto.durataMesi ?? '—'} mesi (si imposta nella sezione Progetto). Trascina una barra per spostare l'attività, i suoi bordi per cambiarne inizio e fine.</p>
      <Pager page={first / PAGE_SIZE} total={list.length} onPage={setPage} label="attività" />
      <div className="table-responsive">
        <table className="table table-sm align-middle gantt">
          <caption className="visually-hidden">Cronoprogramma delle attività</caption>
          <thead>
            <tr>
              <th scope="col">N.</th><th scope="col">Attività</th><th scope="col">Componente</th><th scope="col">Inizio</th><th scope="col">Fine</th><th scope="col">Prodotto atteso</th><th scope="col">Milestone</th>
              <th scope="col" className="gantt-cell">
                <div className="gantt-scale" aria-hidden="true">{Array.from({ length: months }, (_, m) => <span key={m}>{m + 1}</span>)}</div>
                <span className="visually-hidden">Mesi</span>
              </th>
              <th scope="col">Azioni</th>
            </tr>
          </thead>
          <tbody>
            {list.slice(first, first + PAGE_SIZE).map((a, k) => <Row key={a.id} a={a} i={first + k} months={months} count={list.length} />)}
          </tbody>
        </table>
      </div>
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => dispatch({ type: 'rows/add', pointer: '/cronoprogramma/attivita' })}>Aggiungi un'attività</button>
    </>
  );
}
