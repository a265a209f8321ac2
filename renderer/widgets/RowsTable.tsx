import { Fragment, memo, useState, type ReactNode } from 'react';
import { FIELD_LABELS } from '../../core';
import { Fields } from '../fields/Fields';
import { dispatch } from '../store/actions';
import { Cell } from './cells';
import { PAGE_SIZE, Pager } from './Pager';
import { RowActions } from './RowActions';

export interface Column {
  readonly key: string;
  /** Header text; the schema title when omitted. */
  readonly title?: string;
  /** A computed, read-only cell instead of an editor. */
  readonly render?: (row: Record<string, unknown>, index: number) => ReactNode;
}

interface Props {
  readonly pointer: string;
  readonly rows: readonly Record<string, unknown>[];
  readonly columns: readonly Column[];
  /** Singular name of a row, e.g. "Banca dati". */
  readonly rowLabel: string;
  readonly caption: string;
  /** Replaces the plain «Aggiungi» (e.g. to prefill the new row). */
  readonly onAdd?: () => void;
}

const titleOf = (pointer: string, c: Column) => c.title ?? FIELD_LABELS[`${pointer}/*/${c.key}`]?.title ?? c.key;

/** An editable table: a row per item, key fields inline, every field in the row's details. */
export const RowsTable = memo(function RowsTable({ pointer, rows, columns, rowLabel, caption, onAdd }: Props) {
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const start = Math.min(page, Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1)) * PAGE_SIZE;
  const visible = rows.slice(start, start + PAGE_SIZE);
  return (
    <div className="rows-table">
      <Pager page={start / PAGE_SIZE} total={rows.length} onPage={setPage} label={caption} />
      <div className="table-responsive">
        <table className="table table-sm align-middle">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">N.</th>
              {columns.map((c) => <th key={c.key} scope="col">{titleOf(pointer, c)}</th>)}
              <th scope="col">Azioni</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row, k) => {
              const i = start + k;
              const id = String(row.id ?? i);
              const detailsId = `dettagli-${pointer.replace(/\W+/g, '-')}-${id}`;
              return (
                <Fragment key={id}>
                  <tr>
                    <th scope="row">{i + 1}</th>
                    {columns.map((c) => (
                      <td key={c.key}>{c.render ? c.render(row, i) : <Cell pointer={`${pointer}/${i}/${c.key}`} value={row[c.key]} label={`${titleOf(pointer, c)}, riga ${i + 1}`} />}</td>
                    ))}
                    <td className="text-nowrap">
                      <button type="button" className="btn btn-xs btn-outline-primary me-1" aria-expanded={open === id} aria-controls={detailsId} onClick={() => setOpen(open === id ? null : id)}>
                        {open === id ? 'Chiudi' : 'Dettagli'}<span className="visually-hidden"> della riga {i + 1}</span>
                      </button>
                      <RowActions pointer={pointer} index={i} count={rows.length} label={rowLabel} />
                    </td>
                  </tr>
                  {open === id && (
                    <tr id={detailsId}>
                      <td colSpan={columns.length + 2}><Fields pointer={`${pointer}/${i}`} value={row} /></td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={onAdd ?? (() => { dispatch({ type: 'rows/add', pointer }); setPage(Math.floor(rows.length / PAGE_SIZE)); })}>
        Aggiungi: {rowLabel.toLowerCase()}
      </button>
    </div>
  );
});
