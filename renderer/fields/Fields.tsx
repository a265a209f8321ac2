import { memo } from 'react';
import { fieldLabel, isFieldPointer } from '../../core';
import { Field } from './Field';

/** The fields of a group (a section, a nested group or a row), in the document's order. */
export const Fields = memo(function Fields({ pointer, value, omit }: { pointer: string; value: unknown; omit?: ReadonlySet<string> }) {
  if (value === null || typeof value !== 'object') return null;
  return (
    <div className="fields">
      {Object.entries(value as Record<string, unknown>).map(([key, v]) => {
        // Row ids are for the program, not the officer.
        if (key === 'id' || omit?.has(key)) return null;
        const p = `${pointer}/${key}`;
        const meta = isFieldPointer(p) ? fieldLabel(p) : undefined;
        return meta && isFieldPointer(p) ? <Field key={key} pointer={p} value={v} meta={meta} /> : null;
      })}
    </div>
  );
});
