import { memo } from 'react';
import { fieldLabel, isFieldPointer, type FieldLabel } from '../../core';
import { Field } from './Field';

/** Short fields (codes, amounts, choices, dates) go two to a row; texts, groups and lists take the whole row. */
function isWide(meta: FieldLabel): boolean {
  return meta.kind === 'textarea' || meta.kind === 'group' || meta.kind === 'rows' || meta.kind === 'choices';
}

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
        if (!meta || !isFieldPointer(p)) return null;
        return <div key={key} className={isWide(meta) ? 'field-cell wide' : 'field-cell'}><Field pointer={p} value={v} meta={meta} /></div>;
      })}
    </div>
  );
});
