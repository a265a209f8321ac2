import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { formatDate, parseItalianDate, parseItalianMonth } from '../../core';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  /** ISO text: AAAA-MM-GG for a date, AAAA-MM for a month; '' when empty. */
  readonly value: string;
  readonly month?: boolean;
  onChange(iso: string): void;
  onUnreadable?(text: string | null): void;
  readonly invalid?: boolean;
}

const shown = (iso: string) => (iso ? formatDate(iso) : '');

/**
 * A date as Italians write it (gg/mm/aaaa; a month as mm/aaaa or «marzo 2027»), with the calendar of
 * the system beside it. Stored as ISO when the field is left; a text that is no real date stays as
 * typed, marked, and is reported like an unreadable number.
 */
export function DateInput({ value, month = false, onChange, onUnreadable, invalid, className = '', id, ...rest }: Props) {
  const [text, setText] = useState(shown(value));
  const picker = useRef<HTMLInputElement>(null);
  const parse = month ? parseItalianMonth : parseItalianDate;
  useEffect(() => {
    if (parse(text) === value) return;
    setText(shown(value));
    onUnreadable?.(null);
  }, [value]);
  const commit = () => {
    const iso = parse(text);
    if (iso === undefined) return onUnreadable?.(text);
    onUnreadable?.(null);
    if (iso !== value) onChange(iso);
    setText(shown(iso));
  };
  const bad = parse(text) === undefined;
  return (
    <div className="input-group date-input">
      <input {...rest} id={id} type="text" inputMode="numeric" autoComplete="off" placeholder={month ? 'mm/aaaa' : 'gg/mm/aaaa'}
        className={`form-control ${className} ${invalid || bad ? 'is-invalid' : ''}`} aria-invalid={invalid || bad || undefined}
        value={text} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
      <button type="button" className="btn btn-outline-secondary btn-sm" aria-label={month ? 'Scegli il mese dal calendario' : 'Scegli la data dal calendario'}
        onClick={() => { const el = picker.current; if (el) { el.value = value; el.showPicker?.(); } }}>
        Calendario
      </button>
      <input ref={picker} type={month ? 'month' : 'date'} className="visually-hidden" tabIndex={-1} aria-hidden="true"
        onChange={(e) => { if (e.target.value) { onUnreadable?.(null); onChange(e.target.value); setText(shown(e.target.value)); } }} />
    </div>
  );
}
