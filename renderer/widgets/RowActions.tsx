import type { RowsPointer } from '../../core';
import { dispatch } from '../store/actions';

/** Move up, move down, duplicate, remove: the same four actions on every list. */
export function RowActions({ pointer, index, count, label }: { pointer: RowsPointer; index: number; count: number; label: string }) {
  const n = index + 1;
  return (
    <div className="row-actions">
      <button type="button" className="btn btn-xs btn-outline-secondary" disabled={index === 0} onClick={() => dispatch({ type: 'rows/move', pointer, from: index, to: index - 1 })} aria-label={`Sposta su: ${label} n. ${n}`}>Su</button>
      <button type="button" className="btn btn-xs btn-outline-secondary" disabled={index === count - 1} onClick={() => dispatch({ type: 'rows/move', pointer, from: index, to: index + 1 })} aria-label={`Sposta giù: ${label} n. ${n}`}>Giù</button>
      <button type="button" className="btn btn-xs btn-outline-secondary" onClick={() => dispatch({ type: 'rows/duplicate', pointer, index })} aria-label={`Duplica: ${label} n. ${n}`}>Duplica</button>
      <button type="button" className="btn btn-xs btn-outline-danger" onClick={() => dispatch({ type: 'rows/remove', pointer, index })} aria-label={`Elimina: ${label} n. ${n}`}>Elimina</button>
    </div>
  );
}
