import type { ReactNode } from 'react';
import type { FieldLabel } from '../../core';
import { NumberInput } from '../widgets/NumberInput';
import { numberDisplay } from './number-display';
import { useUnreadable } from './use-unreadable';

interface Props {
  readonly id: string;
  readonly pointer: string;
  readonly label: string;
  readonly value: number | null;
  readonly meta: FieldLabel;
  onChange(value: number | null): void;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  readonly messages: ReactNode;
}

/** A labelled number field (1.234,50): a hint says how to write it when the text is not a number. */
export function NumberField({ id, pointer, label, value, meta, onChange, describedBy, invalid, messages }: Props) {
  const integer = meta.kind === 'integer';
  const unreadable = useUnreadable(pointer);
  return (
    <div className="field">
      <label htmlFor={id} className="form-label">{label}</label>
      <NumberInput id={id} className="form-control" value={value} integer={integer} nullable={meta.nullable === true} onChange={onChange} onUnreadable={unreadable}
        invalid={invalid} aria-describedby={describedBy} display={numberDisplay(meta)} />
      {meta.unit === 'euro' && <p className="form-text m-0">In euro, ad esempio 48.500,00 oppure 48500,5.</p>}
      {messages}
    </div>
  );
}
