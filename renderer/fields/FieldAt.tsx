import { FIELD_LABELS } from '../../core';
import { Field } from './Field';

/** The field at a pointer, with the editor and label its schema gives. */
export function FieldAt({ pointer, value }: { pointer: string; value: unknown }) {
  const meta = FIELD_LABELS[pointer.replace(/\/\d+(?=\/|$)/g, '/*')];
  return meta ? <Field pointer={pointer} value={value} meta={meta} /> : null;
}
