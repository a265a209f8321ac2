import type { TableColumn } from '../../../core';
import { shareWidth } from './cells';

/**
 * Twips per character of 8 pt text, a little wider than Arial's: the document is shown in
 * Titillium Web, Arial or the reader's substitute (DejaVu Sans on Linux, wider still), and must fit
 * in all of them. Titles and totals are bold, hence wider.
 */
const CHAR = 100;
const BOLD_CHAR = 114;
const BASE_SIZE = 16;
/** The cell's left and right margins (cells.ts) plus a little air. */
const PADDING = 170;
/** Longer "words" (e-mail addresses, hashes, URLs) must break anyway; they claim no more than this. */
const MAX_WORD = 14;

const longest = (texts: readonly string[], split: RegExp, cap = Infinity): number =>
  Math.max(0, ...texts.flatMap((t) => t.split(split)).map((part) => Math.min([...part].length, cap)));

/** What a column must be to break no word of its title or cells, nor any amount of a right-aligned column. */
function minimum(column: TableColumn, cells: readonly string[], footer: string, scale: number): number {
  const [char, bold] = [CHAR * scale, BOLD_CHAR * scale];
  const title = longest([column.title], /\s+/) * bold;
  const values = column.align === 'right'
    ? longest([...cells, footer], /\n/) * bold
    : Math.max(longest(cells, /\s+/, MAX_WORD) * char, longest([footer], /\s+/, MAX_WORD) * bold);
  return Math.max(title, values) + PADDING;
}

/**
 * Column widths from the model's weights, widened where a weight is too small for a word of the
 * column (it would break in the middle, "Aggiorna-mento") or an amount ("10.560,00 €" on two
 * lines). The width is taken from the columns with room to spare, in proportion to that room. When
 * the words of all columns cannot fit, each column gets a share of the width in proportion to its
 * minimum, which breaks the fewest words. `size` is the text's size in half-points.
 */
export function columnWidths(
  columns: readonly TableColumn[], rows: ReadonlyArray<readonly string[]>, footer: readonly string[] | undefined, total: number, size = BASE_SIZE,
): number[] {
  const base = shareWidth(columns.map((c) => c.weight ?? 1), total);
  const mins = columns.map((c, i) => minimum(c, rows.map((r) => r[i] ?? ''), footer?.[i] ?? '', size / BASE_SIZE));
  const deficit = base.reduce((s, w, i) => s + Math.max(0, (mins[i] ?? 0) - w), 0);
  if (deficit === 0) return base;
  const slack = base.map((w, i) => Math.max(0, w - (mins[i] ?? 0)));
  const room = slack.reduce((s, x) => s + x, 0);
  if (room < deficit) return shareWidth(mins, total);
  return shareWidth(base.map((w, i) => Math.max(w, mins[i] ?? 0) - ((slack[i] ?? 0) * deficit) / room), total);
}
