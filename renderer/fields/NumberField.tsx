import { useEffect, useState, type ReactNode } from 'react';
import { editText, parseItalianNumber } from './number-text';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  readonly integer: boolean;
  onChange(value: number | null): void;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  readonly messages: ReactNode;
}

/** A number typed the Italian way (1.234,50); the text stays as typed until it is a number. */
export function NumberField({ id, label, value, integer, onChange, describedBy, invalid, messages }: Props) {
  const [text, setText] = useState(editText(value));
  useEffect(() => {
    if (parseItalianNumber(text) !== value) setText(editText(value));
    // Only an outside change (undo, another field) rewrites the text.
  }, [value]);
  const parsed = parseItalianNumber(text);
  const bad = parsed === undefined || (integer && parsed !== null && !Number.isInteger(parsed));
  return (
    <div className="field">
      <label htmlFor={id} className="form-label">{label}</label>
      <input id={id} type="text" inputMode={integer ? 'numeric' : 'decimal'} className={`form-control num ${invalid || bad ? 'is-invalid' : ''}`}
        value={text} aria-describedby={describedBy} aria-invalid={invalid || bad || undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = parseItalianNumber(e.target.value);
          if (n !== undefined && !(integer && n !== null && !Number.isInteger(n))) onChange(n);
        }} />
      {bad && <p className="field-error" role="status">Scrivi un numero{integer ? ' intero' : ''}, ad esempio {integer ? '30000' : '1234,50'}.</p>}
      {messages}
    </div>
  );
}
