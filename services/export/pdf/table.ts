import type { Block } from '../../../core';
import { captioned } from './caption';
import type { Cell, Node } from './layout/nodes';
import { lineHeight } from './measure';
import { CELL_PAD, CONTENT_HEIGHT, CONTENT_WIDTH, FONT_SIZE, TABLE_LINE_HEIGHT, dataTableLayout } from './styles';
import { TEXT, styled, type TextStyle } from './text';
import { columnWidths } from './widths';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Tables with this many columns or more use the dense size, so that the budget table fits A4. */
const DENSE_COLUMNS = 7;
/** No-break spaces: an amount ("10.560,00 €") never loses its euro sign to the next line. */
const nowrap = (text: string): string => text.replace(/ /g, '\u00a0');

/** The height of a row in points, from the line count of its fullest cell: for page-break decisions. */
function rowHeight(lines: number, fontSize: number): number {
  return lines * lineHeight(fontSize, TABLE_LINE_HEIGHT) + 2 * CELL_PAD.y + 0.3;
}

/** A row of cells, each broken into lines for its column, and the height of the row. */
function row(texts: readonly string[], styles: readonly TextStyle[], widths: readonly number[], fontSize: number): { cells: Cell[]; height: number } {
  const cells: Cell[] = new Array<Cell>(widths.length);
  let lines = 1;
  for (let i = 0; i < widths.length; i++) {
    const cell = styled(texts[i] ?? '', styles[i] ?? TEXT.table.cell, widths[i] ?? 1);
    cells[i] = cell;
    lines = Math.max(lines, cell.lines.length);
  }
  return { cells, height: rowHeight(lines, fontSize) };
}

/**
 * A data table: header row repeated on every page (`headerRows: 1`) and kept with the first row,
 * widths from the weights, right-aligned amounts, emphasised footer row. Rows are kept whole
 * (`dontBreakRows`) unless some row is so tall that keeping it whole would leave large gaps.
 */
export function tableContent(block: TableBlock): Node {
  const n = block.columns.length;
  const dense = n >= DENSE_COLUMNS;
  const fontSize = dense ? FONT_SIZE.dense : FONT_SIZE.table;
  const S = dense ? TEXT.dense : TEXT.table;
  const right = block.columns.map((c) => c.align === 'right');
  const columns = block.columns.map((c, i) => ({ weight: c.weight, header: c.title, nowrap: right[i] ?? false }));
  const widths = columnWidths(columns, block.rows, CONTENT_WIDTH - n * 2 * CELL_PAD.x, fontSize);

  const texts = (cells: readonly string[]): string[] => block.columns.map((_, i) => (right[i] ? nowrap(cells[i] ?? '') : (cells[i] ?? '')));
  const bodyStyles = right.map((r) => (r ? S.right : S.cell));
  const header = row(block.columns.map((c) => c.title), right.map((r) => (r ? S.thRight : S.th)), widths, fontSize);
  const body: Cell[][] = [header.cells];
  let height = header.height;
  let tallest = 0;
  for (const cells of block.rows) {
    const r = row(texts(cells), bodyStyles, widths, fontSize);
    body.push(r.cells);
    height += r.height;
    tallest = Math.max(tallest, r.height);
  }
  const spans: Array<{ row: number; col: number; span: number }> = [];
  if (block.rows.length === 0) {
    const all = widths.reduce((s, w) => s + w, 0) + (n - 1) * 2 * CELL_PAD.x;
    spans.push({ row: body.length, col: 0, span: n });
    body.push([styled('Nessun elemento inserito.', S.empty, all, true), ...Array.from({ length: n - 1 }, () => null)]);
    height += fontSize * 2;
  }
  let footerRow: number | null = null;
  if (block.footer) {
    footerRow = body.length;
    const footer = row(texts(block.footer), right.map((r) => (r ? S.footRight : S.foot)), widths, fontSize);
    body.push(footer.cells);
    height += footer.height;
  }
  const table: Node = {
    kind: 'table', widths, body, spans, headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: tallest < CONTENT_HEIGHT / 4,
    layout: dataTableLayout(footerRow), margin: [0, 0, 0, 8], cells: 'header-row',
  };
  return captioned(block.caption, table, height, { role: 'Table' });
}
