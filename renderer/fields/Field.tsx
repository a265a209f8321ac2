import { memo } from 'react';
import { fieldLabel, isRowsPointer, type FieldLabel, type FieldPointer } from '../../core';
import { dispatch } from '../store/actions';
import { ChoiceField, ChoicesField } from './Choices';
import { fieldDomId } from './dom-id';
import { useFieldMessages } from './field-issues';
import { Fields } from './Fields';
import { Messages } from './Messages';
import { NumberField } from './NumberField';
import { Rows } from './Rows';
import { TextField } from './TextField';

export interface FieldProps {
  readonly pointer: FieldPointer;
  readonly value: unknown;
  readonly meta: FieldLabel;
}

/** One field of the document, with the editor its schema calls for and its messages beside it. */
export const Field = memo(function Field({ pointer, value, meta }: FieldProps) {
  const id = fieldDomId(pointer);
  const messages = useFieldMessages(pointer);
  const msgId = `${id}-messaggi`;
  const describedBy = messages.length ? msgId : undefined;
  const label = meta.title ?? '';
  const set = (v: unknown) => dispatch({ type: 'fields/set', pointer, value: v });
  const invalid = messages.some((m) => m.severity === 'errore');
  switch (meta.kind) {
    case 'group':
      return (
        <fieldset className="field-group">
          <legend className="h6">{label}</legend>
          <Messages id={msgId} messages={messages} />
          <Fields pointer={pointer} value={value} />
        </fieldset>
      );
    case 'rows':
      return isRowsPointer(pointer) ? <Rows pointer={pointer} rows={Array.isArray(value) ? value : []} label={label} messages={messages} /> : null;
    case 'boolean':
      return (
        <div className="field form-check">
          <input id={id} type="checkbox" className="form-check-input" checked={value === true} onChange={(e) => set(e.target.checked)} aria-describedby={describedBy} />
          <label htmlFor={id} className="form-check-label">{label}</label>
          <Messages id={msgId} messages={messages} />
        </div>
      );
    case 'choice':
      return <ChoiceField id={id} label={label} value={String(value ?? '')} options={meta.options ?? {}} onChange={set} describedBy={describedBy} invalid={invalid} messages={<Messages id={msgId} messages={messages} />} />;
    case 'choices':
      return <ChoicesField id={id} label={label} value={Array.isArray(value) ? (value as string[]) : []} options={itemOptions(pointer)} onChange={set} messages={<Messages id={msgId} messages={messages} />} />;
    case 'integer':
    case 'number':
      return <NumberField id={id} pointer={pointer} label={label} value={typeof value === 'number' ? value : null} meta={meta} onChange={set} describedBy={describedBy} invalid={invalid} messages={<Messages id={msgId} messages={messages} />} />;
    default:
      return <TextField id={id} pointer={pointer} label={label} value={String(value ?? '')} meta={meta} onChange={set} describedBy={describedBy} invalid={invalid} messages={<Messages id={msgId} messages={messages} />} />;
  }
});

/** Options of a multiple choice live on its items (`/x/*`). */
function itemOptions(pointer: string): Readonly<Record<string, string>> {
  return fieldLabel(`${pointer}/*`)?.options ?? {};
}
