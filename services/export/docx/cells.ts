import {
  AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType,
  type ITableBordersOptions, type ITableCellOptions, type ITableRowOptions,
} from 'docx';
import { paragraphs } from './text';
import { COLOR, SIZE, STYLE } from './theme';

/** How one cell looks; the text may hold newlines. */
export interface CellSpec {
  readonly text: string;
  readonly width: number;
  readonly align?: 'left' | 'right' | 'center';
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly fill?: string;
  readonly span?: number;
  readonly size?: number;
  /** Narrow cells (the Gantt's months) need no padding to fit two digits. */
  readonly tight?: boolean;
}

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;
const line = { style: BorderStyle.SINGLE, size: 4, color: COLOR.border };

/** Thin grey rules on every side, so the tables read like the PDF's and print on any printer. */
export const BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

/** Integer twips, in proportion to the weights, that add up exactly to the total. */
export function shareWidth(weights: readonly number[], total: number): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = safe.reduce((s, w) => s + w, 0);
  const widths = safe.map((w) => Math.floor((w * total) / sum));
  const last = widths.length - 1;
  if (last >= 0) widths[last] = (widths[last] ?? 0) + total - widths.reduce((s, w) => s + w, 0);
  return widths;
}

/** A table cell with the dossier's cell paragraph style. */
export function cell(spec: CellSpec, extra: Omit<ITableCellOptions, 'children'> = {}): TableCell {
  const run = { bold: spec.bold, italics: spec.italic, color: spec.color, size: spec.size ?? SIZE.table };
  return new TableCell({
    width: { size: spec.width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    ...(spec.span && spec.span > 1 ? { columnSpan: spec.span } : {}),
    ...(spec.fill ? { shading: { type: ShadingType.CLEAR, fill: spec.fill, color: 'auto' } } : {}),
    ...(spec.tight ? { margins: { left: 0, right: 0, top: 0, bottom: 0 } } : {}),
    ...extra,
    children: spec.text === ''
      ? [new Paragraph({ style: STYLE.cell, children: [] })]
      : paragraphs(spec.text, { style: STYLE.cell, alignment: ALIGN[spec.align ?? 'left'] }, run),
  });
}

/** A row that is not split across pages: a budget line cut in two is hard to read. */
export const row = (children: TableCell[], options: Omit<ITableRowOptions, 'children'> = {}): TableRow =>
  new TableRow({ cantSplit: true, ...options, children });

export type CellOptions = Omit<ITableCellOptions, 'children'>;
export type RowOptions = Omit<ITableRowOptions, 'children'>;

/**
 * A row of a long table as data: its cells and its options. stream.ts writes it from XML templates,
 * one per look of cell, instead of building docx objects for each of its cells.
 */
export interface RowSpec {
  readonly cells: ReadonlyArray<{ readonly spec: CellSpec; readonly extra?: CellOptions }>;
  readonly options?: RowOptions;
}

/** A row spec as docx objects. */
export const rowOf = (r: RowSpec): TableRow => row(r.cells.map((c) => cell(c.spec, c.extra)), r.options);

const tableOptions = (widths: readonly number[], borders: ITableBordersOptions) => ({
  columnWidths: [...widths],
  width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
  layout: TableLayoutType.FIXED,
  borders,
  margins: { left: 70, right: 70, top: 20, bottom: 20 },
});

/**
 * A table with fixed column widths: Word and LibreOffice both keep the PDF's proportions instead of
 * sizing columns to their content.
 */
export function table(rows: TableRow[], widths: readonly number[], borders: ITableBordersOptions = BORDERS): Table {
  return new Table({ rows, ...tableOptions(widths, borders) });
}

/**
 * A long table whose rows are made one at a time while the document is written (stream.ts), so that
 * a proposal five times the usual size never has a whole budget table in memory as docx objects.
 */
export class LazyTable {
  /** The table without rows: its properties and grid. */
  readonly shell: Table;

  constructor(readonly rows: () => Iterable<RowSpec>, private readonly widths: readonly number[], private readonly borders: ITableBordersOptions = BORDERS) {
    this.shell = new Table({ rows: [], ...tableOptions(widths, borders) });
  }

  /** The same table made whole, as docx would write it (for the tests that compare the two). */
  materialize(): Table {
    return table([...this.rows()].map(rowOf), this.widths, this.borders);
  }
}
