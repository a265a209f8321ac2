/**
 * The dossier as a tree of measured nodes, what the flow (flow.ts) lays out on pages. Text arrives
 * already broken into lines: the flow only stacks lines, rows and shapes and decides the page breaks,
 * by the rules pdfmake followed when it drew this dossier (see ../README.md).
 */

import type { CellTags, Tag } from './structure';

/** Left, top, right, bottom, in points. */
export type Margin = readonly [number, number, number, number];

/** A piece of a line in one font. `x` is its offset from the start of the line. */
export interface Run {
  readonly text: string;
  /** The font file that draws it. */
  readonly font: string;
  readonly size: number;
  readonly color: string;
  /** Extra space after each character (the cover's letter-spaced lines). */
  readonly spacing: number;
  readonly x: number;
  readonly width: number;
}

export type Align = 'left' | 'right' | 'center';

export interface TextLine {
  readonly runs: readonly Run[];
  /** Width of the visible text, without leading and trailing spaces: what alignment uses. */
  readonly width: number;
  readonly height: number;
  /** From the top of the line to the baseline of every run. */
  readonly ascender: number;
  readonly align: Align;
  /** What a reader can follow from this line (table of contents → section title). */
  readonly marks?: LineMarks;
}

export interface LineMarks {
  /** A section title: a named destination, a bookmark with this text, an entry of the table of contents. */
  readonly anchor?: { readonly id: string; readonly title: string };
  /** A link to the anchor with this id. */
  readonly linkTo?: string;
  /** Printed as the number of the page on which the anchor with this id is laid out. */
  readonly pageOf?: string;
}

export type Shape =
  | { readonly type: 'rect'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly color: string }
  | { readonly type: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly width: number; readonly color: string }
  | { readonly type: 'polygon'; readonly points: ReadonlyArray<{ readonly x: number; readonly y: number }>; readonly color: string };

/** The lines and paddings of a table, by row and column index (pdfmake's table layout, without vertical lines). */
export interface TableLayout {
  hLineWidth(i: number, rows: number): number;
  hLineColor(i: number): string;
  fillColor(row: number): string | null;
  paddingLeft(col: number, cols: number): number;
  paddingRight(col: number, cols: number): number;
  paddingTop(row: number): number;
  paddingBottom(row: number): number;
}

/** A table cell; null where a cell before it spans this column (see TableNode.spans). */
export type Cell = Node | null;

export interface TableNode {
  readonly kind: 'table';
  /** Content widths of the columns (padding excluded). */
  readonly widths: readonly number[];
  readonly body: ReadonlyArray<readonly Cell[]>;
  /** Rows repeated at the top of every page the table continues on. */
  readonly headerRows: number;
  /** Rows after the header kept on the same page as it. */
  readonly keepWithHeaderRows: number;
  /** Rows move whole to the next page rather than split. */
  readonly dontBreakRows: boolean;
  /** Cells that span several columns, by row and column (the rare case, hence a list). */
  readonly spans?: ReadonlyArray<{ readonly row: number; readonly col: number; readonly span: number }>;
  readonly layout: TableLayout;
  readonly margin?: Margin;
  readonly tag?: Tag;
  /** Rows and cells as TR and TH/TD (or TOCI and Reference) elements of the enclosing element. */
  readonly cells?: CellTags;
}

/** `tag`: the structure element around the node's content (see structure.ts). */
export type Node =
  | { readonly kind: 'text'; readonly lines: readonly TextLine[]; readonly margin?: Margin; readonly pageBreakBefore?: boolean; readonly tag?: Tag }
  | { readonly kind: 'stack'; readonly items: readonly Node[]; readonly margin?: Margin; readonly unbreakable?: boolean; readonly pageBreakBefore?: boolean; readonly tag?: Tag }
  | { readonly kind: 'canvas'; readonly shapes: readonly Shape[]; readonly margin?: Margin; readonly tag?: Tag }
  | { readonly kind: 'columns'; readonly columns: ReadonlyArray<{ readonly node: Node; readonly width: number | 'auto' }>; readonly gap: number; readonly margin?: Margin; readonly tag?: Tag }
  | TableNode;

export const stack = (items: readonly Node[], extra: { margin?: Margin; unbreakable?: boolean; pageBreakBefore?: boolean; tag?: Tag } = {}): Node => ({ kind: 'stack', items, ...extra });

/** A node inside a structure element of `role`. Text nodes are shared between cells (text.ts): this makes a new one. */
export const tagged = <N extends Node>(node: N, role: Tag['role'], alt?: string): N => ({ ...node, tag: alt === undefined ? { role } : { role, alt } });

/** A node with a margin around it. */
export function withMargin<N extends Node>(node: N, margin: Margin): N {
  return { ...node, margin };
}
