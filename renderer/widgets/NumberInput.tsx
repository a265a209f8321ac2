import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { editText, parseItalianNumber } from '../../core';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  readonly value: number | null;
  readonly integer?: boolean;
  onChange(value: number | null): void;
  /** Marks the input invalid for reasons other than its text (e.g. a rule). */
  readonly invalid?: boolean;
  /** How the value reads when the input is not being edited (e.g. euro amounts, always grouped). */
  readonly display?: (n: number) => string;
}

/**
 * A number typed the Italian way (1.234,50). The text stays as typed; the document changes only when
 * it is a number, and an outside change (undo) rewrites it.
 */
export function NumberInput({ value, integer = false, onChange, invalid, display, className = '', ...rest }: Props) {
  const shown = (n: number | null) => (display && n !== null ? display(n) : editText(n));
  const [text, setText] = useState(shown(value));
  // Only an outside change (undo, another field) rewrites the text being typed.
  useEffect(() => {
    if (parseItalianNumber(text) !== value) setText(shown(value));
  }, [value]);
  const parsed = parseItalianNumber(text);
  const bad = parsed === undefined || (integer && parsed !== null && !Number.isInteger(parsed));
  return (
    <input {...rest} type="text" inputMode={integer ? 'numeric' : 'decimal'}
      value={text}
      onBlur={() => { if (!bad) setText(shown(value)); }}
      className={`${className} num ${invalid || bad ? 'is-invalid' : ''}`} aria-invalid={invalid || bad || undefined}
      onChange={(e) => {
        setText(e.target.value);
        const n = parseItalianNumber(e.target.value);
        if (n !== undefined && !(integer && n !== null && !Number.isInteger(n))) onChange(n);
      }} />
  );
}

