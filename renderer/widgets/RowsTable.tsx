import { Fragment, memo, useMemo, type ReactNode } from 'react';
import { FIELD_LABELS, isFieldPointer, type RowsPointer, type RowTypes } from '../../core';
import { Fields } from '../fields/Fields';
import { declareInlineColumns, dispatch, PAGE_SIZE, setTableView } from '../store/actions';
import { useStore } from '../store/store';
import { Cell } from './cells';
import { Pager } from './Pager';
import { RowActions } from './RowActions';

/** A column: a field of the row edited in place, or a computed cell with a title of its own. */
export type Column<Row> =
  | { readonly key: keyof Row & string; readonly title?: string; readonly render?: undefined; readonly width?: string }
  | {
      readonly key: string; readonly title?: string; readonly render: (row: Row, index: number) => ReactNode; readonly width?: string;
      /** The field the computed cell edits, if any: it is then left out of the row's details. */
      readonly edits?: keyof Row & string;
    };

interface Props<P extends RowsPointer> {
  readonly pointer: P;
  readonly rows: readonly RowTypes[P][];
  readonly columns: ReadonlyArray<Column<RowTypes[P]>>;
  /** Singular name of a row, e.g. "Banca dati". */
  readonly rowLabel: string;
  readonly caption: string;
  /** Replaces the plain «Aggiungi» (e.g. to prefill the new row). */
  readonly onAdd?: () => void;
  /** What the row's «Dettagli» show; every field of the row when omitted. */
  readonly details?: (pointer: string, row: RowTypes[P], index: number, inline: ReadonlySet<string>) => ReactNode;
}

/** Number and actions columns, plus each fixed width, plus room for each flexible column. */
function minWidthOf(columns: ReadonlyArray<{ width?: string }>): string {
  const rem = columns.reduce((sum, c) => sum + (c.width?.endsWith('rem') ? Number.parseFloat(c.width) : 14), 3 + 19);
  return `${rem}rem`;
}

const titleOf = (pointer: string, c: { key: string; title?: string }) => c.title ?? FIELD_LABELS[`${pointer}/*/${c.key}`]?.title ?? c.key;

/** An editable table: a row per item, key fields inline, every field in the row's details. */
function RowsTableImpl<P extends RowsPointer>({ pointer, rows, columns, rowLabel, caption, onAdd, details }: Props<P>) {
  const view = useStore((s) => s.tables[pointer]);
  const inline = useMemo(() => new Set(columns.flatMap((c) => (c.render ? (c.edits ? [c.edits] : []) : [c.key]))), [columns]);
  declareInlineColumns(pointer, inline);
  const start = Math.min(view?.page ?? 0, Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1)) * PAGE_SIZE;
  const visible = rows.slice(start, start + PAGE_SIZE);
  const add = onAdd ?? (() => {
    dispatch({ type: 'rows/add', pointer });
    setTableView(pointer, { page: Math.floor(rows.length / PAGE_SIZE) });
  });
  return (
    <div className="rows-table">
      <Pager page={start / PAGE_SIZE} total={rows.length} onPage={(page) => setTableView(pointer, { page })} label={caption} />
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
            {visible.map((row, k) => {
              const id = String((row as { id?: string }).id ?? start + k);
              return (
                <TableRow key={id} pointer={pointer} row={row} index={start + k} count={rows.length} columns={columns}
                  rowLabel={rowLabel} open={view?.open === id} details={details} inline={inline} />
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={add}>Aggiungi: {rowLabel.toLowerCase()}</button>
    </div>
  );
}

export const RowsTable = memo(RowsTableImpl) as typeof RowsTableImpl;

interface RowProps<P extends RowsPointer> {
  readonly pointer: P;
  readonly row: RowTypes[P];
  readonly index: number;
  readonly count: number;
  readonly columns: ReadonlyArray<Column<RowTypes[P]>>;
  readonly rowLabel: string;
  readonly open: boolean;
  readonly details: Props<P>['details'];
  /** Fields already edited in the row: the details leave them out (one input, one id, per field). */
  readonly inline: ReadonlySet<string>;
}

/** One row; re-renders only when its own data (or its position) changes. */
function TableRowImpl<P extends RowsPointer>({ pointer, row, index: i, count, columns, rowLabel, open, details, inline }: RowProps<P>) {
  const id = String((row as { id?: string }).id ?? i);
  const detailsId = `dettagli-${pointer.replace(/\W+/g, '-')}-${id}`;
  const cell = (c: Column<RowTypes[P]>): ReactNode => {
    if (c.render) return c.render(row, i);
    const p = `${pointer}/${i}/${c.key}`;
    return isFieldPointer(p) ? <Cell pointer={p} value={row[c.key as keyof RowTypes[P]]} label={`${titleOf(pointer, c)}, riga ${i + 1}`} /> : null;
  };
  return (
    <Fragment>
      <tr>
        <th scope="row">{i + 1}</th>
        {columns.map((c) => <td key={c.key}>{cell(c)}</td>)}
        <td className="text-nowrap">
          <button type="button" className="btn btn-xs btn-outline-primary me-1" aria-expanded={open} aria-controls={detailsId} onClick={() => setTableView(pointer, { open: open ? null : id })}>
            {open ? 'Chiudi' : 'Dettagli'}<span className="visually-hidden"> della riga {i + 1}</span>
          </button>
          <RowActions pointer={pointer} index={i} count={count} label={rowLabel} />
        </td>
      </tr>
      {open && (
        <tr id={detailsId}>
          <td colSpan={columns.length + 2}>{details ? details(`${pointer}/${i}`, row, i, inline) : <Fields pointer={`${pointer}/${i}`} value={row} omit={inline} />}</td>
        </tr>
      )}
    </Fragment>
  );
}

const TableRow = memo(TableRowImpl) as typeof TableRowImpl;
