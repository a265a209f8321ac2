import type { ReactNode } from 'react';
import type { FieldLabel } from '../../core';
import { NumberInput } from '../widgets/NumberInput';
import { numberDisplay } from './number-display';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  readonly meta: FieldLabel;
  onChange(value: number | null): void;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  readonly messages: ReactNode;
}

/** A labelled number field (1.234,50): a hint says how to write it when the text is not a number. */
export function NumberField({ id, label, value, meta, onChange, describedBy, invalid, messages }: Props) {
  const integer = meta.kind === 'integer';
  return (
    <div className="field">
      <label htmlFor={id} className="form-label">{label}</label>
      <NumberInput id={id} className="form-control" value={value} integer={integer} onChange={onChange} invalid={invalid} aria-describedby={describedBy}
        display={numberDisplay(meta)} />
      <p className="form-text m-0">Ad esempio {integer ? '30000' : '1234,50'}.</p>
      {messages}
    </div>
  );
}
