import { BorderStyle, Paragraph, type FileChild } from 'docx';
import type { Block } from '../../../core';
import { cell, LazyTable, row, shareWidth, table, type RowSpec } from './cells';
import { columnWidths } from './widths';
import { runs } from './text';
import { COLOR, KEEP_TOGETHER_ROWS, SIZE, STYLE, TEXT_WIDTH } from './theme';

type TableBlock = Extract<Block, { kind: 'table' }>;
type FieldsBlock = Extract<Block, { kind: 'fields' }>;

/** The caption above a table or chart, kept on the page of what it describes. */
export const caption = (text: string): Paragraph => new Paragraph({ style: STYLE.caption, children: runs(text) });

/** The share of the width the label column of a `fields` block takes. */
const LABEL_SHARE = 0.36;
const DENSE_COLUMNS = 8;
const strongRule = { style: BorderStyle.SINGLE, size: 12, color: COLOR.heading };

/**
 * A `table` block as a Word table: its header row repeats on every page, columns keep the model's
 * weights (see widths.ts) and alignment, the footer (totals) stands out with a rule and shading.
 */
export function dataTable(block: TableBlock): Array<FileChild | LazyTable> {
  // Eight or more columns do not fit A4 portrait at the usual size.
  const size = block.columns.length >= DENSE_COLUMNS ? SIZE.dense : SIZE.table;
  const widths = columnWidths(block.columns, block.rows, block.footer, TEXT_WIDTH, size);
  const spec = (i: number, text: string) => ({ text, width: widths[i] ?? 0, align: block.columns[i]?.align ?? 'left', size });
  // A short table stays on one page; a long one at least keeps its last row with the totals.
  const keep = (i: number) => block.rows.length <= KEEP_TOGETHER_ROWS ? i < block.rows.length - 1 || Boolean(block.footer) : Boolean(block.footer) && i === block.rows.length - 1;
  function* rows(): Generator<RowSpec> {
    yield { cells: block.columns.map((c, i) => ({ spec: { ...spec(i, c.title), bold: true, fill: COLOR.headerFill } })), options: { tableHeader: true, keepNext: true } };
    if (block.rows.length === 0) {
      // An empty list still shows its table, so the reader sees that nothing was declared.
      yield { cells: [{ spec: { text: 'Nessun elemento inserito.', width: TEXT_WIDTH, italic: true, span: widths.length, size } }] };
    }
    for (let n = 0; n < block.rows.length; n++) {
      const r = block.rows[n] ?? [];
      yield { cells: block.columns.map((_, i) => ({ spec: spec(i, r[i] ?? '') })), options: { keepNext: keep(n) } };
    }
    if (block.footer) yield { cells: block.columns.map((_, i) => ({ spec: { ...spec(i, block.footer?.[i] ?? ''), bold: true, fill: COLOR.footerFill }, extra: { borders: { top: strongRule } } })) };
  }
  return [caption(block.caption), new LazyTable(rows, widths)];
}

/** Label and value pairs as a two-column table, labels shaded like a form. */
export function fieldsTable(block: FieldsBlock): FileChild[] {
  const widths = shareWidth([LABEL_SHARE, 1 - LABEL_SHARE], TEXT_WIDTH);
  const [label = 0, value = 0] = widths;
  const rows = block.rows.map(([k, v], n) => row(
    [cell({ text: k, width: label, bold: true, fill: COLOR.labelFill, size: SIZE.fields }), cell({ text: v, width: value, size: SIZE.fields })],
    { keepNext: block.rows.length <= KEEP_TOGETHER_ROWS && n < block.rows.length - 1 },
  ));
  return rows.length ? [table(rows, widths)] : [];
}
