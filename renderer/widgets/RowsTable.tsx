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
  /** Fixed width (CSS length); columns without one share what is left. */
  readonly width?: string;
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
  /** What the row's «Dettagli» show; every field of the row when omitted. */
  readonly details?: (pointer: string, row: Record<string, unknown>, index: number) => ReactNode;
}

/** Number and actions columns, plus each fixed width, plus room for each flexible column. */
function minWidthOf(columns: readonly Column[]): string {
  const rem = columns.reduce((sum, c) => sum + (c.width?.endsWith('rem') ? Number.parseFloat(c.width) : 14), 3 + 19);
  return `${rem}rem`;
}

const titleOf = (pointer: string, c: Column) => c.title ?? FIELD_LABELS[`${pointer}/*/${c.key}`]?.title ?? c.key;

/** An editable table: a row per item, key fields inline, every field in the row's details. */
export const RowsTable = memo(function RowsTable({ pointer, rows, columns, rowLabel, caption, onAdd, details }: Props) {
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const start = Math.min(page, Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1)) * PAGE_SIZE;
  const visible = rows.slice(start, start + PAGE_SIZE);
  return (
    <div className="rows-table">
      <Pager page={start / PAGE_SIZE} total={rows.length} onPage={setPage} label={caption} />
      {/* A scrollable region is focusable so keyboard users can scroll it (WCAG 2.1.1). */}
      <div className="table-responsive" role="region" aria-label={caption} tabIndex={0}>
        {/* Fixed layout: the browser sizes columns from these widths instead of measuring every cell. */}
        <table className="table table-sm align-middle fixed-table" style={{ minWidth: minWidthOf(columns) }}>
          <caption className="visually-hidden">{caption}</caption>
          <colgroup>
            <col style={{ width: '3rem' }} />
            {columns.map((c) => <col key={c.key} style={c.width ? { width: c.width } : undefined} />)}
            <col style={{ width: '19rem' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">N.</th>
              {columns.map((c) => <th key={c.key} scope="col">{titleOf(pointer, c)}</th>)}
              <th scope="col">Azioni</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row, k) => (
              <TableRow key={String(row.id ?? start + k)} pointer={pointer} row={row} index={start + k} count={rows.length} columns={columns}
                rowLabel={rowLabel} open={open === String(row.id ?? start + k)} onToggle={setOpen} details={details} />
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={onAdd ?? (() => { dispatch({ type: 'rows/add', pointer }); setPage(Math.floor(rows.length / PAGE_SIZE)); })}>
        Aggiungi: {rowLabel.toLowerCase()}
      </button>
    </div>
  );
});

interface RowProps {
  readonly pointer: string;
  readonly row: Record<string, unknown>;
  readonly index: number;
  readonly count: number;
  readonly columns: readonly Column[];
  readonly rowLabel: string;
  readonly open: boolean;
  onToggle(id: string | null): void;
  readonly details: Props['details'];
}

/** One row; re-renders only when its own data (or its position) changes. */
const TableRow = memo(function TableRow({ pointer, row, index: i, count, columns, rowLabel, open, onToggle, details }: RowProps) {
  const id = String(row.id ?? i);
  const detailsId = `dettagli-${pointer.replace(/\W+/g, '-')}-${id}`;
  return (
    <Fragment>
      <tr>
        <th scope="row">{i + 1}</th>
        {columns.map((c) => (
          <td key={c.key}>{c.render ? c.render(row, i) : <Cell pointer={`${pointer}/${i}/${c.key}`} value={row[c.key]} label={`${titleOf(pointer, c)}, riga ${i + 1}`} />}</td>
        ))}
        <td className="text-nowrap">
          <button type="button" className="btn btn-xs btn-outline-primary me-1" aria-expanded={open} aria-controls={detailsId} onClick={() => onToggle(open ? null : id)}>
            {open ? 'Chiudi' : 'Dettagli'}<span className="visually-hidden"> della riga {i + 1}</span>
          </button>
          <RowActions pointer={pointer} index={i} count={count} label={rowLabel} />
        </td>
      </tr>
      {open && (
        <tr id={detailsId}>
          <td colSpan={columns.length + 2}>{details ? details(`${pointer}/${i}`, row, i) : <Fields pointer={`${pointer}/${i}`} value={row} />}</td>
        </tr>
      )}
    </Fragment>
  );
});
