import type { TableNode } from './nodes';
import { StructElem } from './structure';
import type { Fragment, PageChange, Writer } from './writer';

type Flow = { readonly writer: Writer; processNode(node: NonNullable<TableNode['body'][number][number]>): void };

interface PageBreak {
  prevPage: number;
  prevY: number;
  y: number;
}

/**
 * Lays out a table row by row, as pdfmake's TableProcessor did: horizontal rules between rows, cell
 * fills, rows kept whole (`dontBreakRows`) or split line by line across pages, the header rows
 * repeated at the top of each page and kept with the first `keepWithHeaderRows` rows.
 */
export function layoutTable(flow: Flow, node: TableNode): void {
  const { writer } = flow;
  const { body, widths, layout } = node;
  const rows = body.length;
  const cols = widths.length;
  // Where each cell's content starts after the previous cell's content ends: its right and left padding.
  const offsets = widths.map((_, i) => (i > 0 ? layout.paddingRight(i - 1, cols) : 0) + layout.paddingLeft(i, cols));
  // The left edge of each column (and the right edge of the table) from the table's left edge.
  const lefts = [0];
  widths.forEach((w, i) => lefts.push((lefts[i] ?? 0) + layout.paddingLeft(i, cols) + layout.paddingRight(i, cols) + w));
  const headerRows = node.headerRows;
  const rowsWithoutPageBreak = headerRows ? headerRows + node.keepWithHeaderRows : 0;
  const { dontBreakRows } = node;
  let bottomByPage = new Map<number, number>();
  let headerRepeatable: Fragment | null = null;
  let cleanUpRepeatables = false;

  const ctx = () => writer.context();
  // Rows and cells as elements of the enclosing Table (or TOC) element.
  const tableElem = node.cells && writer.mark instanceof StructElem ? writer.mark : undefined;
  const cellTags = node.cells;
  const spans = node.spans ?? [];
  const colSpan = spans.length === 0 ? () => 1 : (row: number, col: number): number => spans.find((s) => s.row === row && s.col === col)?.span ?? 1;

  /**
   * The rule above row `index` (or below the last row), across the table (pdfmake drew one segment
   * per cell, end to end: the same line); moves below it unless `y` is given.
   */
  function drawHorizontalLine(index: number, y?: number, moveDown = true): void {
    const width = layout.hLineWidth(index, rows);
    if (!width) return;
    const at = (y ?? 0) + width / 2;
    writer.addShape({ type: 'line', x1: 0, x2: lefts[cols] ?? 0, y1: at, y2: at, width, color: layout.hLineColor(index) }, y !== undefined);
    if (moveDown) ctx().moveDown(width);
  }

  if (rowsWithoutPageBreak || dontBreakRows) {
    writer.beginUnbreakable();
    drawHorizontalLine(0);
    if (rowsWithoutPageBreak && dontBreakRows) writer.beginUnbreakable();
  }

  for (let row = 0; row < rows; row++) {
    // beginRow
    const topLineWidth = layout.hLineWidth(row, rows);
    const paddingTop = layout.paddingTop(row);
    const bottomLineWidth = layout.hLineWidth(row + 1, rows);
    const paddingBottom = layout.paddingBottom(row);
    let reservedAtBottom = bottomLineWidth + paddingBottom;
    const unbreakableRow = dontBreakRows && row > 0;
    // Inside an unbreakable block no page breaks (its page is endless): no listener is needed there.
    const breakable = !unbreakableRow && !writer.inUnbreakable;
    const offRowBreak = breakable
      ? writer.onPageChange(() => {
          ctx().availableHeight -= reservedAtBottom;
          ctx().moveDown(paddingTop + (headerRows ? 0 : topLineWidth));
        })
      : () => undefined;
    let tableTopBorderY = 0;
    if (row === 0 && !dontBreakRows && !rowsWithoutPageBreak) {
      tableTopBorderY = ctx().y;
      ctx().moveDown(topLineWidth);
    }
    if (unbreakableRow) writer.beginUnbreakable();
    const rowTopY = ctx().y;
    ctx().availableHeight -= reservedAtBottom;
    ctx().moveDown(paddingTop);

    // processRow: each cell from the top of the row, the row ending below its lowest cell.
    const pageBreaks: PageBreak[] = [];
    const store = (data: PageChange): void => {
      const known = pageBreaks.find((b) => b.prevPage === data.prevPage);
      if (!known) pageBreaks.push({ ...data });
      else {
        known.prevY = Math.max(known.prevY, data.prevY);
        known.y = Math.min(known.y, data.y);
      }
    };
    ctx().beginColumnGroup(bottomByPage);
    const rowElem = tableElem?.child(cellTags === 'toc' ? 'TOCI' : 'TR');
    for (let col = 0; col < cols; col++) {
      const firstCol = col;
      const cell = body[row]?.[col] ?? null;
      const offStore = breakable ? writer.onPageChange(store) : () => undefined;
      let width = widths[col] ?? 0;
      const offset = offsets[col] ?? 0;
      const span = colSpan(row, col);
      for (let j = 1; j < span; j++) {
        col++;
        width += (widths[col] ?? 0) + (offsets[col] ?? 0);
      }
      ctx().beginColumn(width, offset);
      const outer = writer.mark;
      if (rowElem) writer.mark = cellElem(rowElem, row, firstCol, span);
      if (cell) {
        flow.processNode(cell);
        ctx().updateBottomByPage();
      }
      writer.mark = outer;
      offStore();
    }
    bottomByPage = ctx().completeColumnGroup();
    for (const [page, bottom] of bottomByPage) {
      const b = pageBreaks.find((p) => p.prevPage === page);
      if (b) b.prevY = Math.max(b.prevY, bottom);
    }

    // endRow: fills and rules of each page the row spans.
    offRowBreak();
    ctx().moveDown(paddingBottom);
    ctx().availableHeight += reservedAtBottom;
    const endingPage = ctx().page;
    const endingY = ctx().y;
    const xs: number[] = [];
    for (let col = 0; col < cols; col += colSpan(row, col)) xs.push(col);
    const ys: Array<{ y0: number; y1: number; page: number }> = [{ y0: rowTopY, y1: 0, page: pageBreaks[0]?.prevPage ?? endingPage }];
    for (const b of pageBreaks) {
      const last = ys[ys.length - 1];
      if (last) last.y1 = b.prevY;
      ys.push({ y0: b.y, y1: 0, page: b.prevPage + 1 });
    }
    const lastY = ys[ys.length - 1];
    if (lastY) lastY.y1 = endingY;
    const skipOrphanPadding = ys[0] !== undefined && ys[0].y1 - ys[0].y0 === paddingTop;
    if (row === 0 && !skipOrphanPadding && !rowsWithoutPageBreak && !dontBreakRows) {
      const here = ctx().page;
      ctx().page = pageBreaks[0]?.prevPage ?? here;
      drawHorizontalLine(0, tableTopBorderY, false);
      ctx().page = here;
    }
    for (let yi = skipOrphanPadding ? 1 : 0; yi < ys.length; yi++) {
      const seg = ys[yi];
      if (!seg) continue;
      const willBreak = yi < ys.length - 1;
      const breakWithoutHeader = yi > 0 && !headerRows;
      const hzLineOffset = breakWithoutHeader ? 0 : topLineWidth;
      const y1 = seg.y0;
      const y2 = willBreak ? seg.y1 + paddingBottom : seg.y1;
      if (ctx().page !== seg.page) {
        ctx().page = seg.page;
        reservedAtBottom = 0;
      }
      if (willBreak) drawHorizontalLine(row + 1, y2);
      if (breakWithoutHeader) drawHorizontalLine(row, y1);
      const fill = layout.fillColor(row);
      if (fill) {
        xs.forEach((col, k) => {
          const x1 = lefts[col] ?? 0;
          const x2 = lefts[xs[k + 1] ?? cols] ?? x1;
          const top = dontBreakRows ? y1 : y1 - hzLineOffset / 2;
          const bottom = dontBreakRows ? y2 + bottomLineWidth : y2 + bottomLineWidth / 2;
          writer.addShape({ type: 'rect', x: x1, y: top, w: x2 - x1, h: bottom - top, color: fill }, true, true);
        });
      }
    }
    ctx().page = endingPage;
    ctx().y = endingY;
    drawHorizontalLine(row + 1);
    if (headerRows && row === headerRows - 1) headerRepeatable = writer.currentBlockToRepeatable();
    if (dontBreakRows && (row === 0 || unbreakableRow)) {
      // A row moved to a new page gets the rule above it there (tables without a header row).
      const offRule = writer.onPageChange(() => {
        if (row > 0 && !headerRows) drawHorizontalLine(row);
      });
      writer.commitUnbreakable();
      offRule();
    }
    if (headerRepeatable && (row === rowsWithoutPageBreak - 1 || row === rows - 1)) {
      writer.commitUnbreakable();
      writer.pushRepeatable(headerRepeatable);
      cleanUpRepeatables = true;
      headerRepeatable = null;
    }
  }
  if (cleanUpRepeatables) writer.popRepeatable();

  /** The element of a cell: a header of its column (header rows) or row (first column), a data cell, or a TOC entry's reference. */
  function cellElem(rowElem: StructElem, row: number, col: number, span: number): StructElem {
    if (cellTags === 'toc') return rowElem.child('Reference');
    const colSpan = span > 1 ? { colSpan: span } : {};
    if (cellTags === 'header-row' && row < headerRows) return rowElem.child('TH', { scope: 'Column', ...colSpan });
    if (cellTags === 'header-column' && col === 0) return rowElem.child('TH', { scope: 'Row', ...colSpan });
    return rowElem.child('TD', colSpan);
  }
}
