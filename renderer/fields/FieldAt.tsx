import { fieldLabel, type FieldPointer } from '../../core';
import { Field } from './Field';

/** The field at a pointer, with the editor and label its schema gives. */
export function FieldAt({ pointer, value }: { pointer: FieldPointer; value: unknown }) {
  const meta = fieldLabel(pointer);
  return meta ? <Field pointer={pointer} value={value} meta={meta} /> : null;
}
