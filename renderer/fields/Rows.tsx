import { memo } from 'react';
import { dispatch } from '../store/actions';
import type { FieldMessage } from './field-issues';
import { Fields } from './Fields';
import { Messages } from './Messages';
import { fieldDomId } from './dom-id';

interface Props {
  readonly pointer: string;
  readonly rows: readonly unknown[];
  readonly label: string;
  readonly messages: FieldMessage[];
}

/** A list of rows (partners, databases, activities…): add, remove, move, duplicate. */
export const Rows = memo(function Rows({ pointer, rows, label, messages }: Props) {
  const id = fieldDomId(pointer);
  return (
    <section className="rows" aria-labelledby={`${id}-titolo`}>
      <h2 id={`${id}-titolo`} className="h5">{label} <span className="text-secondary fs-6">({rows.length})</span></h2>
      <Messages id={`${id}-messaggi`} messages={messages} />
      {rows.map((row, i) => (
        <fieldset key={(row as { id?: string }).id ?? i} className="row-box">
          <legend className="h6">{label} n. {i + 1}</legend>
          <div className="row-actions">
            <button type="button" className="btn btn-xs btn-outline-secondary" disabled={i === 0} onClick={() => dispatch({ type: 'rows/move', pointer, from: i, to: i - 1 })} aria-label={`Sposta su la riga ${i + 1}`}>Su</button>
            <button type="button" className="btn btn-xs btn-outline-secondary" disabled={i === rows.length - 1} onClick={() => dispatch({ type: 'rows/move', pointer, from: i, to: i + 1 })} aria-label={`Sposta giù la riga ${i + 1}`}>Giù</button>
            <button type="button" className="btn btn-xs btn-outline-secondary" onClick={() => dispatch({ type: 'rows/duplicate', pointer, index: i })} aria-label={`Duplica la riga ${i + 1}`}>Duplica</button>
            <button type="button" className="btn btn-xs btn-outline-danger" onClick={() => dispatch({ type: 'rows/remove', pointer, index: i })} aria-label={`Elimina la riga ${i + 1}`}>Elimina</button>
          </div>
          <Fields pointer={`${pointer}/${i}`} value={row} />
        </fieldset>
      ))}
      <button id={id} type="button" className="btn btn-outline-primary btn-sm" onClick={() => dispatch({ type: 'rows/add', pointer })}>Aggiungi: {label}</button>
    </section>
  );
});
