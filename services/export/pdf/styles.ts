import type { TableLayout } from './layout/nodes';

/** A4 in points. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
/** Left, top, right, bottom: the top leaves room for the running header, the bottom for the page number. */
export const PAGE_MARGINS: [number, number, number, number] = [56, 70, 56, 56];
export const CONTENT_WIDTH = PAGE_WIDTH - PAGE_MARGINS[0] - PAGE_MARGINS[2];
export const CONTENT_HEIGHT = PAGE_HEIGHT - PAGE_MARGINS[1] - PAGE_MARGINS[3];

/** The palette of the Italian public administration design kit (bootstrap-italia). */
export const COLOR = {
  primary: '#0066CC',
  dark: '#17324D',
  text: '#1A1A1A',
  muted: '#5C6F82',
  rule: '#A9B4BF',
  headFill: '#0066CC',
  footFill: '#DCE7F3',
  stripe: '#F2F5F8',
  grid: '#D9DEE3',
  bar: '#0066CC',
  milestone: '#D1344C',
} as const;

/** Body text size; tables and charts use the smaller sizes so that wide tables fit. */
export const FONT_SIZE = { body: 9.5, table: 8, dense: 7.5, small: 7 } as const;
/**
 * Line heights as factors of Titillium's own, which is tall (ascent to descent is 1.52 em): body
 * text at 1.52 em, tables and charts at about 1.37 em.
 */
export const LINE_HEIGHT = 1;
export const TABLE_LINE_HEIGHT = 0.9;

/** Cell padding of the data tables (left and right, top and bottom). */
export const CELL_PAD = { x: 4, y: 2.5 } as const;

/**
 * Data tables: a filled header row, thin horizontal rules, no vertical rules, and an emphasised
 * footer row when the table has one (`footerRow` is then the index of that last row).
 */
export function dataTableLayout(footerRow: number | null): TableLayout {
  return {
    hLineWidth: (i, rows) => (i === 0 || i === rows ? 0.8 : i === 1 || i === footerRow ? 0.8 : 0.3),
    hLineColor: (i) => (i <= 1 || i === footerRow ? COLOR.dark : COLOR.rule),
    fillColor: (row) => (row === 0 ? COLOR.headFill : row === footerRow ? COLOR.footFill : null),
    paddingLeft: () => CELL_PAD.x,
    paddingRight: () => CELL_PAD.x,
    paddingTop: () => CELL_PAD.y,
    paddingBottom: () => CELL_PAD.y,
  };
}

/** Label and value rows of the `fields` blocks and of the cover: hairlines between rows only. */
export const FIELDS_LAYOUT: TableLayout = {
  hLineWidth: (i, rows) => (i === 0 || i === rows ? 0 : 0.3),
  hLineColor: () => COLOR.grid,
  fillColor: () => null,
  paddingLeft: (i) => (i === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/** Rows of the bar charts: no rules, a gap before the bar and before the amount. */
export const CHART_LAYOUT: TableLayout = {
  hLineWidth: () => 0,
  hLineColor: () => COLOR.rule,
  fillColor: () => null,
  paddingLeft: (i) => (i === 0 ? 0 : 6),
  paddingRight: () => 0,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/** The table of contents: no lines, 4 points between the title and its page number, 2 above and below (pdfmake's "noBorders"). */
export const TOC_LAYOUT: TableLayout = {
  hLineWidth: () => 0,
  hLineColor: () => COLOR.rule,
  fillColor: () => null,
  paddingLeft: (i) => (i === 0 ? 0 : 4),
  paddingRight: (i, cols) => (i < cols - 1 ? 4 : 0),
  paddingTop: () => 2,
  paddingBottom: () => 2,
};
