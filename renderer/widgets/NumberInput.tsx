import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { editText, parseItalianNumber } from '../../core';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  readonly value: number | null;
  readonly integer?: boolean;
  /** Whether the field may be left empty; an empty required number is reported like an unreadable one. */
  readonly nullable?: boolean;
  onChange(value: number | null): void;
  /** Told the text typed when it is not a number (null once it is one again): the editor lists it as an error. */
  onUnreadable?(text: string | null): void;
  /** Marks the input invalid for reasons other than its text (e.g. a rule). */
  readonly invalid?: boolean;
  /** How the value reads when the input is not being edited (e.g. euro amounts, always grouped). */
  readonly display?: (n: number) => string;
}

/** The number a text says, or undefined when it says none (letters, a decimal in an integer field…). */
function read(text: string, integer: boolean, nullable: boolean): number | null | undefined {
  const n = parseItalianNumber(text);
  if (n === null) return nullable ? null : undefined;
  return integer && typeof n === 'number' && !Number.isInteger(n) ? undefined : n;
}

/**
 * A number typed the Italian way (48.500,00) or plainly (48500,5). Focus selects what the field
 * shows, so typing replaces it instead of landing before "0,00"; leaving (or Enter) stores what
 * the text says and shows it grouped. Nothing is stored while typing: the document holds either the
 * number shown before or the one typed in full, never a half-typed one. A text that says no number
 * stays as typed, marked, and is reported so that it blocks the package until it is fixed.
 */
export function NumberInput({ value, integer = false, nullable = true, onChange, onUnreadable, invalid, display, className = '', ...rest }: Props) {
  const shown = (n: number | null) => (display && n !== null ? display(n) : editText(n));
  const [text, setText] = useState(shown(value));
  const [editing, setEditing] = useState(false);
  const justFocused = useRef(false);
  // An outside change (undo, another field) rewrites the text, unless it is what the text already says.
  useEffect(() => {
    if (read(text, integer, nullable) === value) return;
    setText(shown(value));
    onUnreadable?.(null);
  }, [value]);
  const commit = () => {
    const n = read(text, integer, nullable);
    if (n === undefined) {
      onUnreadable?.(text);
      return;
    }
    onUnreadable?.(null);
    if (n !== value) onChange(n);
    setText(n === null ? '' : shown(n));
  };
  const bad = !editing && read(text, integer, nullable) === undefined;
  return (
    <input {...rest} type="text" inputMode={integer ? 'numeric' : 'decimal'} autoComplete="off"
      value={text}
      onFocus={(e) => {
        setEditing(true);
        // Select it all at once: the first key typed replaces "0,00" instead of landing before it.
        e.currentTarget.select();
        justFocused.current = true;
      }}
      // The mouse button released after a click would put the caret back where it was pressed.
      onMouseUp={(e) => {
        if (justFocused.current) e.preventDefault();
        justFocused.current = false;
      }}
      onBlur={() => {
        setEditing(false);
        commit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        rest.onKeyDown?.(e);
      }}
      className={`${className} num ${invalid || bad ? 'is-invalid' : ''}`} aria-invalid={invalid || bad || undefined}
      onChange={(e) => setText(e.target.value)} />
  );
}
