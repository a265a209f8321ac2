import type { ReactNode } from 'react';
import { formatInteger, type FieldLabel } from '../../core';
import { DateInput } from '../widgets/DateInput';
import { useUnreadable } from './use-unreadable';

interface Props {
  readonly id: string;
  readonly pointer: string;
  readonly label: string;
  readonly value: string;
  readonly meta: FieldLabel;
  onChange(value: string): void;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  readonly messages: ReactNode;
}

/**
 * A text: one line or several. The limit is shown, not enforced by the input, so that pasted text is
 * never cut silently: the message says how much to shorten.
 */
export function TextField({ id, pointer, label, value, meta, onChange, describedBy, invalid, messages }: Props) {
  // Counting code points is costly on long texts: the length in UTF-16 units decides most cases.
  const count = meta.maxLength !== undefined && value.length > meta.maxLength * 0.8 ? [...value].length : value.length;
  const over = meta.maxLength !== undefined && count > meta.maxLength;
  // The counter helps with long texts and near the limit; under every short field it is only noise.
  const counted = meta.maxLength !== undefined && (meta.kind === 'textarea' || count > meta.maxLength * 0.8);
  const counterId = `${id}-conteggio`;
  const describe = [describedBy, counted ? counterId : undefined].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    className: `form-control ${invalid ? 'is-invalid' : ''}`,
    value,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    'aria-describedby': describe,
    'aria-invalid': invalid || undefined,
    'aria-required': meta.required || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id} className="form-label">{label}{meta.required ? ' *' : ''}</label>
      {meta.kind === 'textarea' ? <textarea rows={5} {...common} /> : meta.input ? <DateField id={id} meta={meta} value={value} onChange={onChange} describedBy={describe} invalid={invalid} pointer={pointer} /> : <input type="text" {...common} />}
      {meta.hint && !meta.input && <p className="form-text m-0">Formato: {meta.hint}</p>}
      {counted && meta.maxLength !== undefined && (
        <p id={counterId} className={`form-text m-0 ${over ? 'text-danger fw-semibold' : ''}`}>
          {formatInteger(count)} / {formatInteger(meta.maxLength)} caratteri
        </p>
      )}
      {messages}
    </div>
  );
}

/** A date or a month field: gg/mm/aaaa with the calendar beside it. */
function DateField({ id, pointer, meta, value, onChange, describedBy, invalid }: { id: string; pointer: string; meta: FieldLabel; value: string; onChange(v: string): void; describedBy: string | undefined; invalid: boolean }) {
  const month = meta.input === 'month';
  const unreadable = useUnreadable(pointer, month ? 'month' : 'date');
  return <DateInput id={id} month={month} value={value} onChange={onChange} onUnreadable={unreadable} invalid={invalid} aria-describedby={describedBy} aria-required={meta.required || undefined} />;
}
