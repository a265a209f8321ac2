import { Fragment, memo, useEffect, useMemo, useState, type ReactNode } from 'react';
import { FIELD_LABELS, isFieldPointer, type RowsPointer, type RowTypes } from '../../core';
import { Fields } from '../fields/Fields';
import { declareInlineColumns, dispatch, PAGE_SIZE, setTableView } from '../store/actions';
import { afterNextFrame } from '../store/frame';
import { isJumpingInto, rowIssueCounts } from '../store/selectors';
import { useStore } from '../store/store';
import { Cell } from './cells';
import { Pager } from './Pager';
import { RowActions } from './RowActions';
import { useRoomy } from './room';

/** What every column has: its heading, its width, and whether it may give way on a narrow window. */
interface ColumnBase {
  readonly title?: string;
  readonly width?: string;
  /** What the column's heading shows, when more than its title (e.g. the months of the Gantt). */
  readonly header?: ReactNode;
  /** Shown only where the window has room (`useRoomy`); otherwise its field is in the row's details. */
  readonly spare?: true;
}

/** A column: a field of the row edited in place, or a computed cell with a title of its own. */
export type Column<Row> =
  | (ColumnBase & { readonly key: keyof Row & string; readonly render?: undefined })
  | (ColumnBase & {
      readonly key: string; readonly render: (row: Row, index: number) => ReactNode;
      /** The field the computed cell edits, if any: it is then left out of the row's details. */
      readonly edits?: keyof Row & string;
    });

interface Props<P extends RowsPointer> {
  readonly pointer: P;
  readonly rows: readonly RowTypes[P][];
  /** The columns an officer scans; every other field is in the row's details. */
  readonly columns: ReadonlyArray<Column<RowTypes[P]>>;
  /** Singular name of a row, e.g. "Banca dati". */
  readonly rowLabel: string;
  readonly caption: string;
  /** Replaces the plain «Aggiungi» (e.g. to prefill the new row). */
  readonly onAdd?: () => void;
  /** What the row's «Dettagli» show; every other field of the row when omitted. */
  readonly details?: (pointer: string, row: RowTypes[P], index: number, inline: ReadonlySet<string>) => ReactNode;
}

/** Rows a 768-px laptop screen shows under a step's title: the first frame of a step holds only these. */
const FIRST_FRAME_ROWS = 10;

/**
 * Whether the whole page of rows is shown. A step opens with the rows on screen and adds the rest of
 * the page in the task after the first frame: the officer sees the step about twice as soon, and
 * nothing below the screen is missing for more than a frame. A jump to a field of the table shows the
 * whole page at once, so that the field exists when it is focused.
 */
function useWholePage(pointer: string): boolean {
  const [whole, setWhole] = useState(() => isJumpingInto(pointer));
  useEffect(() => (whole ? undefined : afterNextFrame(() => setWhole(true))), [whole]);
  return whole;
}

const titleOf = (pointer: string, c: { key: string; title?: string }) => c.title ?? FIELD_LABELS[`${pointer}/*/${c.key}`]?.title ?? c.key;

/**
 * An editable table that fits the screen: a compact row per item (number, the columns that matter,
 * «Dettagli»), every other field and the row's actions in its details. Fixed layout: the browser sizes
 * columns from their widths instead of measuring every cell.
 */
function RowsTableImpl<P extends RowsPointer>({ pointer, rows, columns: all, rowLabel, caption, onAdd, details }: Props<P>) {
  const view = useStore((s) => s.tables[pointer]);
  const roomy = useRoomy();
  const columns = useMemo(() => (roomy ? all : all.filter((c) => !c.spare)), [all, roomy]);
  const inline = useMemo(() => new Set(columns.flatMap((c) => (c.render ? (c.edits ? [c.edits] : []) : [c.key]))), [columns]);
  declareInlineColumns(pointer, inline);
  const start = Math.min(view?.page ?? 0, Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1)) * PAGE_SIZE;
  const whole = useWholePage(pointer);
  const visible = rows.slice(start, start + (whole ? PAGE_SIZE : FIRST_FRAME_ROWS));
  const add = onAdd ?? (() => dispatch({ type: 'rows/add', pointer }));
  const addAndShow = () => {
    add();
    setTableView(pointer, { page: Math.floor(rows.length / PAGE_SIZE) });
  };
  return (
    <div className="rows-table">
      <Pager page={start / PAGE_SIZE} total={rows.length} onPage={(page) => setTableView(pointer, { page })} label={caption} />
      {/* A scrollable region is focusable so keyboard users can scroll it (WCAG 2.1.1). */}
      <div className="table-responsive" role="region" aria-label={caption} tabIndex={0}>
        <table className="table table-sm align-middle fixed-table">
          <caption className="visually-hidden">{caption}</caption>
          <colgroup>
            <col className="col-num" />
            {columns.map((c) => <col key={c.key} style={c.width ? { width: c.width } : undefined} />)}
            <col className="col-details" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className="sticky-col">N.</th>
              {columns.map((c) => <th key={c.key} scope="col">{c.header ?? titleOf(pointer, c)}</th>)}
              <th scope="col"><span className="visually-hidden">Dettagli</span></th>
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
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={addAndShow}>Aggiungi: {rowLabel.toLowerCase()}</button>
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

/** Messages of a row that sit in its details, out of sight while they are closed. */
function useHiddenMessages(rowPointer: string, inline: ReadonlySet<string>): number {
  return useStore((s) => {
    let n = 0;
    for (const [field, count] of rowIssueCounts(s).get(rowPointer) ?? []) if (!inline.has(field)) n += count;
    return n;
  });
}

/** One row; re-renders only when its own data (or its position) changes. */
function TableRowImpl<P extends RowsPointer>({ pointer, row, index: i, count, columns, rowLabel, open, details, inline }: RowProps<P>) {
  const id = String((row as { id?: string }).id ?? i);
  const detailsId = `dettagli-${pointer.replace(/\W+/g, '-')}-${id}`;
  const hidden = useHiddenMessages(`${pointer}/${i}`, inline);
  const cell = (c: Column<RowTypes[P]>): ReactNode => {
    if (c.render) return c.render(row, i);
    const p = `${pointer}/${i}/${c.key}`;
    // The accessible name is the field's full title, whatever short heading the column shows.
    const name = FIELD_LABELS[`${pointer}/*/${c.key}`]?.title ?? titleOf(pointer, c);
    return isFieldPointer(p) ? <Cell pointer={p} value={row[c.key as keyof RowTypes[P]]} label={`${name}, riga ${i + 1}`} /> : null;
  };
  return (
    <Fragment>
      <tr>
        <th scope="row" className="sticky-col">{i + 1}</th>
        {columns.map((c) => <td key={c.key}>{cell(c)}</td>)}
        <td className="text-nowrap">
          <button type="button" className={`btn btn-xs ${hidden && !open ? 'btn-outline-danger' : 'btn-outline-primary'}`} aria-expanded={open} aria-controls={detailsId}
            onClick={() => setTableView(pointer, { open: open ? null : id })}>
            {open ? 'Chiudi' : 'Dettagli'}<span className="visually-hidden"> della riga {i + 1}</span>
            {hidden > 0 && !open && <span className="badge bg-danger ms-1" data-testid="problemi-nascosti">{hidden}<span className="visually-hidden"> {hidden === 1 ? 'problema' : 'problemi'}</span></span>}
          </button>
        </td>
      </tr>
      {open && (
        <tr id={detailsId} className="row-details">
          <td colSpan={columns.length + 2}>
            <RowActions pointer={pointer} index={i} count={count} label={rowLabel} />
            {details ? details(`${pointer}/${i}`, row, i, inline) : <Fields pointer={`${pointer}/${i}`} value={row} omit={inline} />}
          </td>
        </tr>
      )}
    </Fragment>
  );
}

const TableRow = memo(TableRowImpl) as typeof TableRowImpl;
