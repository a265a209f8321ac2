import type { ReactNode } from 'react';
import { formatInteger, type FieldLabel } from '../../core';

interface Props {
  readonly id: string;
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
export function TextField({ id, label, value, meta, onChange, describedBy, invalid, messages }: Props) {
  const count = [...value].length;
  const over = meta.maxLength !== undefined && count > meta.maxLength;
  const counterId = `${id}-conteggio`;
  const describe = [describedBy, meta.maxLength !== undefined ? counterId : undefined].filter(Boolean).join(' ') || undefined;
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
      {meta.kind === 'textarea' ? <textarea rows={5} {...common} /> : <input type="text" {...common} />}
      {meta.hint && <p className="form-text m-0">Formato: {meta.hint}</p>}
      {meta.maxLength !== undefined && (
        <p id={counterId} className={`form-text m-0 ${over ? 'text-danger fw-semibold' : ''}`}>
          {formatInteger(count)} / {formatInteger(meta.maxLength)} caratteri
        </p>
      )}
      {messages}
    </div>
  );
}
