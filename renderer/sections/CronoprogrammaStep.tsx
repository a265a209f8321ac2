import { useMemo } from 'react';
import { calendarMonth, timelineMonths, timelinePosition, type Attivita, type Proposal } from '../../core';
import { COMPONENT_CHOICES, SelectCell } from '../widgets/cells';
import { RowsTable, type Column } from '../widgets/RowsTable';
import { GanttBar, type Timeline } from './GanttBar';

/** Month labels above the bars: six fit the calendar column even on a 1024-px screen («mar '27» is 7 characters). */
const SCALE_LABELS = 6;

/** The months above the bars: calendar months from *Avvio previsto*, labelled as often as they fit. */
function MonthScale({ t }: { t: Timeline }) {
  const every = Math.max(1, Math.ceil(t.months / SCALE_LABELS));
  let lastYear = '';
  return (
    <div className="gantt-scale" aria-hidden="true">
      {t.labels.map((label, m) => {
        if (m % every !== 0) return <span key={m} title={label} />;
        // "mar '27", then the month alone until the year changes.
        const [month = label, year = ''] = label.split(' ');
        const short = year && year !== lastYear ? `${month} '${year.slice(-2)}` : month;
        lastYear = year;
        return <span key={m} title={label}>{short}</span>;
      })}
    </div>
  );
}

function columnsFor(t: Timeline): Array<Column<Attivita>> {
  return [
    { key: 'titolo' },
    { key: 'componente', title: 'Comp.', width: '4.75rem', edits: 'componente', spare: true, render: (a, i) => <SelectCell pointer={`/cronoprogramma/attivita/${i}/componente`} label={`Componente, riga ${i + 1}`} value={a.componente} options={COMPONENT_CHOICES} /> },
    { key: 'meseInizio', title: 'Inizio', width: '4.5rem', spare: true },
    { key: 'meseFine', title: 'Fine', width: '4.5rem', spare: true },
    {
      key: 'gantt', title: 'Calendario', width: '45%', header: <><span className="visually-hidden">Calendario: </span><MonthScale t={t} /></>,
      render: (a, i) => <GanttBar index={i} title={a.titolo || `Attività ${i + 1}`} start={a.meseInizio} end={a.meseFine} milestone={a.milestone} t={t} />,
    },
  ];
}

/** Cronoprogramma: activities by month on a calendar, edited by numbers or by dragging on the timeline. */
export function CronoprogrammaStep({ doc }: { doc: Proposal }) {
  const months = timelineMonths(doc);
  const duration = doc.progetto.durataMesi;
  const labels = Array.from({ length: months }, (_, m) => calendarMonth(doc, m + 1) ?? `mese ${m + 1}`);
  const today = timelinePosition(doc, new Date());
  const key = `${months}|${duration}|${labels.join()}|${today === null ? '' : Math.round(today * 30)}`;
  const t = useMemo<Timeline>(() => ({ months, duration, labels, today }), [key]);
  const columns = useMemo(() => columnsFor(t), [t]);
  return (
    <>
      <p>
        Durata del progetto: {duration ?? '—'} mesi (si imposta nella sezione Progetto){doc.progetto.avvioPrevisto ? `, dal ${labels[0]}` : ': indica l\'avvio previsto per vedere i mesi del calendario'}.
        Trascina una barra per spostare l'attività, i suoi bordi per cambiarne inizio e fine; con la tastiera, le frecce la spostano e Maiusc+frecce ne cambiano la fine.
      </p>
      <ul className="gantt-legend list-inline" aria-label="Legenda del calendario">
        <li className="list-inline-item"><span className="swatch activity" aria-hidden="true" /> attività</li>
        <li className="list-inline-item"><span className="swatch milestone" aria-hidden="true" /> attività con milestone (◆ alla fine)</li>
        {today !== null && today >= 0 && today <= months && <li className="list-inline-item"><span className="swatch today" aria-hidden="true" /> oggi</li>}
        {duration !== null && months > duration && <li className="list-inline-item"><span className="swatch beyond" aria-hidden="true" /> oltre la durata del progetto</li>}
      </ul>
      <RowsTable pointer="/cronoprogramma/attivita" rows={doc.cronoprogramma.attivita} columns={columns} rowLabel="Attività" caption="Cronoprogramma delle attività" />
    </>
  );
}
