import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { dispatch } from '../store/actions';

/** The calendar the bars sit on (derived in core: months, their labels, today's position). */
export interface Timeline {
  readonly months: number;
  readonly duration: number | null;
  /** Calendar month of each project month ("mar 2027"), or "mese N" without a start month. */
  readonly labels: readonly string[];
  /** Today in months from the start (0 = first day), or null. */
  readonly today: number | null;
}

interface Props {
  readonly index: number;
  readonly title: string;
  readonly start: number;
  readonly end: number;
  readonly milestone: boolean;
  readonly t: Timeline;
}

type Drag = { mode: 'move' | 'start' | 'end'; x0: number; width: number; dStart: number; dEnd: number };

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
const pct = (months: number, total: number) => `${(months / total) * 100}%`;

/**
 * One activity on the calendar, with its name on the bar: drag the bar to move it, its edges to change
 * start or end; with the keyboard, arrows move it and Shift+arrows change its end (core actions).
 */
export function GanttBar({ index, title, start, end, milestone, t }: Props) {
  const lane = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  // While dragging, the bar follows the pointer inside the calendar; the action checks the months.
  const s = clamp(start + (drag?.dStart ?? 0), 1, t.months);
  const e = clamp(end + (drag?.dEnd ?? 0), s, t.months);
  const down = (mode: Drag['mode']) => (ev: PointerEvent) => {
    ev.stopPropagation();
    (ev.target as Element).setPointerCapture(ev.pointerId);
    setDrag({ mode, x0: ev.clientX, width: lane.current?.getBoundingClientRect().width ?? 1, dStart: 0, dEnd: 0 });
  };
  const move = (ev: PointerEvent) => {
    if (!drag) return;
    const d = Math.round(((ev.clientX - drag.x0) / drag.width) * t.months);
    setDrag({ ...drag, dStart: drag.mode === 'end' ? 0 : d, dEnd: drag.mode === 'start' ? 0 : d });
  };
  const up = () => {
    if (drag && (s !== start || e !== end)) dispatch({ type: 'cronoprogramma/move', index, start: s, end: e });
    setDrag(null);
  };
  const key = (ev: KeyboardEvent) => {
    const step = ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    ev.preventDefault();
    dispatch({ type: 'cronoprogramma/shift', index, by: step, edge: ev.shiftKey ? 'end' : 'both' });
  };
  const when = `da ${t.labels[s - 1] ?? `mese ${s}`} a ${t.labels[e - 1] ?? `mese ${e}`} (mesi ${s}–${e})`;
  return (
    <div className="gantt-lane" ref={lane} onPointerMove={move} onPointerUp={up} onPointerCancel={() => setDrag(null)}>
      {t.duration !== null && t.duration < t.months && (
        <div className="gantt-beyond" aria-hidden="true" ref={(el) => { if (el) { el.style.left = pct(t.duration ?? 0, t.months); el.style.width = pct(t.months - (t.duration ?? 0), t.months); } }} />
      )}
      {t.today !== null && t.today >= 0 && t.today <= t.months && (
        <div className="gantt-today" aria-hidden="true" ref={(el) => { if (el) el.style.left = pct(t.today ?? 0, t.months); }} />
      )}
      <div role="slider" tabIndex={0} className={`gantt-bar ${milestone ? 'milestone' : ''} ${drag ? 'dragging' : ''}`} title={`${title}: ${when}${milestone ? ', milestone' : ''}`}
        aria-label={`${title}: ${when}${milestone ? ', con milestone' : ''}. Frecce per spostare, Maiusc e frecce per cambiare la fine.`}
        aria-valuemin={1} aria-valuemax={t.months} aria-valuenow={s} aria-valuetext={when}
        ref={(el) => {
          if (el) {
            el.style.left = pct(s - 1, t.months);
            el.style.width = pct(e - s + 1, t.months);
          }
        }}
        onPointerDown={down('move')} onKeyDown={key}>
        <span className="gantt-handle start" onPointerDown={down('start')} aria-hidden="true" />
        <span className="gantt-label" aria-hidden="true">{title}</span>
        {milestone && <span className="gantt-milestone" aria-hidden="true">◆</span>}
        <span className="gantt-handle end" onPointerDown={down('end')} aria-hidden="true" />
      </div>
    </div>
  );
}
