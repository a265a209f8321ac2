import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { dispatch } from '../store/actions';

interface Props {
  readonly index: number;
  readonly title: string;
  readonly start: number;
  readonly end: number;
  readonly months: number;
  readonly milestone: boolean;
}

type Drag = { mode: 'move' | 'start' | 'end'; x0: number; width: number; dStart: number; dEnd: number };

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

const commit = (index: number, start: number, end: number) => dispatch({ type: 'cronoprogramma/move', index, start, end });

/**
 * One activity on the timeline: drag the bar to move it, its edges to change start or end; with the
 * keyboard, arrows move it and Shift+arrows change its end.
 */
export function GanttBar({ index, title, start, end, months, milestone }: Props) {
  const lane = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const s = clamp(start + (drag?.dStart ?? 0), 1, months);
  const e = clamp(end + (drag?.dEnd ?? 0), s, months);
  const down = (mode: Drag['mode']) => (ev: PointerEvent) => {
    ev.stopPropagation();
    (ev.target as Element).setPointerCapture(ev.pointerId);
    setDrag({ mode, x0: ev.clientX, width: lane.current?.getBoundingClientRect().width ?? 1, dStart: 0, dEnd: 0 });
  };
  const move = (ev: PointerEvent) => {
    if (!drag) return;
    const d = Math.round(((ev.clientX - drag.x0) / drag.width) * months);
    setDrag({ ...drag, dStart: drag.mode === 'end' ? 0 : d, dEnd: drag.mode === 'start' ? 0 : d });
  };
  const up = () => {
    if (drag && (s !== start || e !== end)) commit(index, s, e);
    setDrag(null);
  };
  const key = (ev: KeyboardEvent) => {
    const step = ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    ev.preventDefault();
    dispatch({ type: 'cronoprogramma/shift', index, by: step, edge: ev.shiftKey ? 'end' : 'both' });
  };
  return (
    <div className="gantt-lane" ref={lane} onPointerMove={move} onPointerUp={up} onPointerCancel={() => setDrag(null)}>
      <div role="slider" tabIndex={0} className={`gantt-bar ${milestone ? 'milestone' : ''} ${drag ? 'dragging' : ''}`}
        aria-label={`${title}: mesi ${s}–${e}. Frecce per spostare, Maiusc e frecce per cambiare la fine.`}
        aria-valuemin={1} aria-valuemax={months} aria-valuenow={s} aria-valuetext={`dal mese ${s} al mese ${e}`}
        ref={(el) => {
          if (el) {
            el.style.left = `${((s - 1) / months) * 100}%`;
            el.style.width = `${((e - s + 1) / months) * 100}%`;
          }
        }}
        onPointerDown={down('move')} onKeyDown={key}>
        <span className="gantt-handle start" onPointerDown={down('start')} aria-hidden="true" />
        <span className="gantt-label">{s}–{e}</span>
        <span className="gantt-handle end" onPointerDown={down('end')} aria-hidden="true" />
      </div>
    </div>
  );
}
