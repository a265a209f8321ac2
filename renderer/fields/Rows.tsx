import { memo } from 'react';
import { fieldLabel, type RowsPointer } from '../../core';
import { dispatch } from '../store/actions';
import type { FieldMessage } from './field-issues';
import { Fields } from './Fields';
import { Messages } from './Messages';
import { fieldDomId } from './dom-id';
import { RowActions } from '../widgets/RowActions';

interface Props {
  readonly pointer: RowsPointer;
  readonly rows: readonly unknown[];
  readonly label: string;
  readonly messages: FieldMessage[];
}

/** A list of rows (partners, databases, activities…): add, remove, move, duplicate. */
export const Rows = memo(function Rows({ pointer, rows, label, messages }: Props) {
  const id = fieldDomId(pointer);
  // "Obiettivo n. 1", "Aggiungi: obiettivo": a row is named in the singular (the items' schema title).
  const item = fieldLabel(`${pointer}/*`)?.title ?? label;
  return (
    <section className="rows" aria-labelledby={`${id}-titolo`}>
      <h2 id={`${id}-titolo`} className="h5">{label} <span className="text-secondary fs-6">({rows.length})</span></h2>
      <Messages id={`${id}-messaggi`} messages={messages} />
      {rows.map((row, i) => (
        <fieldset key={(row as { id?: string }).id ?? i} className="row-box">
          <legend className="h6">{item} n. {i + 1}</legend>
          <RowActions pointer={pointer} index={i} count={rows.length} label={item} />
          <Fields pointer={`${pointer}/${i}`} value={row} />
        </fieldset>
      ))}
      <button id={id} type="button" className="btn btn-outline-primary btn-sm" onClick={() => dispatch({ type: 'rows/add', pointer })}>Aggiungi: {item.toLowerCase()}</button>
    </section>
  );
});
