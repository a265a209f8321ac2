import type { ReactNode } from 'react';
import { formatAmount, formatInteger } from '../../core';
import { NumberInput } from '../widgets/NumberInput';

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

/** A labelled number field (1.234,50): a hint says how to write it when the text is not a number. */
export function NumberField({ id, label, value, integer, onChange, describedBy, invalid, messages }: Props) {
  return (
    <div className="field">
      <label htmlFor={id} className="form-label">{label}</label>
      <NumberInput id={id} className="form-control" value={value} integer={integer} onChange={onChange} invalid={invalid} aria-describedby={describedBy}
        display={integer ? formatInteger : formatAmount} />
      <p className="form-text m-0">Ad esempio {integer ? '30000' : '1234,50'}.</p>
      {messages}
    </div>
  );
}
