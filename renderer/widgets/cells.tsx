import { memo, useState } from 'react';
import { flushSync } from 'react-dom';
import { fieldLabel, type Action, type FieldPointer } from '../../core';
import { fieldDomId } from '../fields/dom-id';
import { numberDisplay } from '../fields/number-display';
import { useUnreadable } from '../fields/use-unreadable';
import { useFieldMessages } from '../fields/field-issues';
import { dispatch } from '../store/actions';
import { NumberInput } from './NumberInput';

/** The DOM id and the first error of a table cell: jump-to-field and the error tooltip use them. */
export function useCell(pointer: FieldPointer): { id: string; error: string | undefined } {
  const messages = useFieldMessages(pointer);
  return { id: fieldDomId(pointer), error: messages.find((m) => m.severity === 'errore')?.text };
}

interface CellProps {
  readonly pointer: FieldPointer;
  readonly value: unknown;
  /** Accessible name: column and row, e.g. "Nome della banca dati, riga 3". */
  readonly label: string;
  /** The action a new value dispatches; `fields/set` at the pointer when omitted. */
  readonly action?: (value: unknown) => Action;
}

/** A table cell editing one field; its error, if any, is its description and its tooltip. */
export const Cell = memo(function Cell({ pointer, value, label, action }: CellProps) {
  const meta = fieldLabel(pointer);
  const { id, error } = useCell(pointer);
  const unreadable = useUnreadable(pointer);
  const set = (v: unknown) => dispatch(action ? action(v) : { type: 'fields/set', pointer, value: v });
  const common = { id, 'aria-label': label, 'aria-invalid': error ? true : undefined, title: error };
  switch (meta?.kind) {
    case 'boolean':
      return <input type="checkbox" className="form-check-input" checked={value === true} onChange={(e) => set(e.target.checked)} {...common} />;
    case 'choice':
      return (
        <select className={`form-select form-select-sm ${error ? 'is-invalid' : ''}`} value={String(value ?? '')} onChange={(e) => set(e.target.value)} {...common}>
          {Object.entries(meta.options ?? {}).map(([v, l]) => <option key={v} value={v}>{v === '' ? '—' : l}</option>)}
        </select>
      );
    case 'integer':
    case 'number':
      return <NumberInput id={id} className="form-control form-control-sm" value={typeof value === 'number' ? value : null} integer={meta.kind === 'integer'} nullable={meta.nullable === true} display={numberDisplay(meta)} onChange={set} onUnreadable={unreadable} invalid={!!error} title={error} aria-label={label} />;
    default:
      return <input type="text" className={`form-control form-control-sm ${error ? 'is-invalid' : ''}`} value={String(value ?? '')} onChange={(e) => set(e.target.value)} {...common} />;
  }
});

/** Over this many choices, a cell's options wait until the officer reaches for it. */
const LAZY_OPTIONS_OVER = 8;

/**
 * A compact choice in a table (short labels, e.g. "a)" for a component); its error is its tooltip.
 * A long list (the thirty bodies of an aggregation, in each of 25 rows: 775 <option>s the browser
 * builds and styles on every step switch) shows only its current choice until the select is focused
 * or pressed; then all, before the list opens or an arrow key moves.
 */
export function SelectCell({ pointer, label, value, options }: { pointer: FieldPointer; label: string; value: string; options: ReadonlyArray<readonly [string, string]> }) {
  const { id, error } = useCell(pointer);
  const [all, setAll] = useState(options.length <= LAZY_OPTIONS_OVER);
  const showAll = () => { if (!all) flushSync(() => setAll(true)); };
  const shown = all ? options : options.filter(([v]) => v === value);
  return (
    <select id={id} className={`form-select form-select-sm ${error ? 'is-invalid' : ''}`} aria-label={label} title={error}
      aria-invalid={error ? true : undefined} value={value} onChange={(e) => dispatch({ type: 'fields/set', pointer, value: e.target.value })}
      onFocus={showAll} onPointerDown={showAll} onMouseDown={showAll}>
      {!options.some(([v]) => v === value) && <option value={value}>— scegli —</option>}
      {shown.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
    </select>
  );
}

/** The components as short labels, for compact columns. */
export const COMPONENT_CHOICES = (['a', 'b', 'c', 'd', 'e'] as const).map((c) => [c, `${c})`] as const);
