import { memo } from 'react';
import { fieldLabel } from '../../core';
import { NumberInput } from './NumberInput';
import { fieldDomId } from '../fields/dom-id';
import { useFieldMessages } from '../fields/field-issues';
import { dispatch } from '../store/actions';

interface CellProps {
  readonly pointer: string;
  readonly value: unknown;
  /** Accessible name: column and row, e.g. "Nome della banca dati, riga 3". */
  readonly label: string;
}

/** A table cell editing one field; its error, if any, is its description and its tooltip. */
export const Cell = memo(function Cell({ pointer, value, label }: CellProps) {
  const meta = fieldLabel(pointer);
  const messages = useFieldMessages(pointer);
  const error = messages.find((m) => m.severity === 'errore')?.text;
  const set = (v: unknown) => dispatch({ type: 'field/set', pointer, value: v });
  const common = { id: fieldDomId(pointer), 'aria-label': label, 'aria-invalid': error ? true : undefined, title: error };
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
      return <NumberInput id={common.id} className="form-control form-control-sm" value={typeof value === 'number' ? value : null} integer={meta.kind === 'integer'} onChange={set} invalid={!!error} title={error} aria-label={label} />;
    default:
      return <input type="text" className={`form-control form-control-sm ${error ? 'is-invalid' : ''}`} value={String(value ?? '')} onChange={(e) => set(e.target.value)} {...common} />;
  }
});
