import type { CustomTableLayout, StyleDictionary } from 'pdfmake/interfaces';

/** A4 in points, as pdfmake measures it. */
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

/**
 * Named styles, for the few texts whose style pdfmake itself must resolve: section titles (their
 * text becomes the entries of the table of contents, which take their own style), the table of
 * contents and the page furniture. Everything else carries a resolved style (see inline.ts).
 */
export const STYLES: StyleDictionary = {
  h1: { fontSize: 16, bold: true, color: COLOR.primary, margin: [0, 0, 0, 10] },
  tocTitle: { fontSize: 16, bold: true, color: COLOR.primary, margin: [0, 0, 0, 14] },
  tocEntry: { fontSize: 10.5 },
  pageHeader: { fontSize: 8, color: COLOR.muted },
  pageFooter: { fontSize: 8, color: COLOR.muted },
};

/** Cell padding of the data tables (left and right, top and bottom). */
export const CELL_PAD = { x: 4, y: 2.5 } as const;

/**
 * Data tables: a filled header row, thin horizontal rules, no vertical rules, and an emphasised
 * footer row when the table has one (`footerRow` is then the index of that last row).
 */
export function dataTableLayout(footerRow: number | null): CustomTableLayout {
  return {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : i === 1 || i === footerRow ? 0.8 : 0.3),
    vLineWidth: () => 0,
    hLineColor: (i) => (i <= 1 || i === footerRow ? COLOR.dark : COLOR.rule),
    fillColor: (row) => (row === 0 ? COLOR.headFill : row === footerRow ? COLOR.footFill : null),
    paddingLeft: () => CELL_PAD.x,
    paddingRight: () => CELL_PAD.x,
    paddingTop: () => CELL_PAD.y,
    paddingBottom: () => CELL_PAD.y,
  };
}

/** Label and value rows of the `fields` blocks and of the cover: hairlines between rows only. */
export const FIELDS_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.3),
  vLineWidth: () => 0,
  hLineColor: () => COLOR.grid,
  paddingLeft: (i) => (i === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/** Rows of the bar charts: no rules, a gap before the bar and before the amount. */
export const CHART_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i) => (i === 0 ? 0 : 6),
  paddingRight: () => 0,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};
