import type { Shape, TextLine } from './nodes';
import type { Artifact, Mark } from './structure';

/**
 * Something drawn on a page, at its position (points from the top left corner of the page, or of
 * the group it is in). A group is a block laid out once and placed whole (an unbreakable block, a
 * table's header repeated on each page): its items are shared, not copied, wherever it is placed;
 * placed again, it is an artifact. `mark`: the structure element the item belongs to (structure.ts).
 */
export type Item =
  | { readonly type: 'text'; readonly x: number; readonly y: number; readonly line: TextLine; readonly mark?: Mark }
  | { readonly type: 'shape'; readonly shape: Shape; readonly mark?: Mark }
  | { readonly type: 'group'; readonly dx: number; readonly dy: number; readonly items: readonly Item[]; readonly artifact?: Artifact };

/** What a page holds: cell fills, painted first, then everything else in the order it was laid out. */
export interface Frame {
  readonly fills: Item[];
  readonly items: Item[];
}

export interface Margins {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

interface Place {
  page: number;
  y: number;
  availableHeight: number;
}

/** A group of columns (a table row, `columns`): each starts where the group started. */
interface Group {
  readonly x: number;
  readonly y: number;
  readonly page: number;
  readonly availableWidth: number;
  readonly availableHeight: number;
  readonly lastColumnWidth: number;
  /** The lowest point any column reached so far. */
  bottomMost: Place;
  /** The lowest point per page (a table's, across its rows). */
  readonly bottomByPage: Map<number, number>;
}

const lowest = (a: Place, b: Place): Place => (a.page > b.page ? a : b.page > a.page ? b : a.y > b.y ? a : b);

/**
 * Where the next element goes: page, position and the room left, with column groups; pdfmake's
 * DocumentContext for what the dossier uses. An unbreakable block gets a context of its own with
 * an endless page (`height` Infinity), so nothing in it ever breaks.
 */
export class Context {
  readonly pages: Frame[] = [];
  /** Anchors laid out in this context while it is an unbreakable block: placed with it. */
  readonly anchors: string[] = [];
  page = -1;
  x = 0;
  y = 0;
  availableWidth = 0;
  availableHeight = 0;
  lastColumnWidth = 0;
  private readonly groups: Group[] = [];

  constructor(readonly width: number, readonly height: number, readonly margins: Margins) {
    this.x = margins.left;
    this.availableWidth = width - margins.left - margins.right;
  }

  get current(): Frame {
    const frame = this.pages[this.page];
    if (!frame) throw new Error('impaginazione: nessuna pagina corrente');
    return frame;
  }

  addPage(): void {
    this.pages.push({ fills: [], items: [] });
    this.page = this.pages.length - 1;
    this.initializePage();
  }

  private initializePage(): void {
    this.y = this.margins.top;
    this.availableHeight = this.height - this.margins.top - this.margins.bottom;
  }

  /** To the next page (made if needed); x and the width stay, as in a column that continues. */
  moveToNextPage(): { prevPage: number; prevY: number } {
    const prevPage = this.page;
    const group = this.groups[this.groups.length - 1];
    const prevY = group ? Math.max(this.y, group.bottomMost.y) : this.y;
    if (this.page + 1 >= this.pages.length) this.pages.push({ fills: [], items: [] });
    this.page++;
    this.initializePage();
    return { prevPage, prevY };
  }

  moveDown(offset: number): void {
    this.y += offset;
    this.availableHeight -= offset;
  }

  addMargin(left: number, right: number): void {
    this.x += left;
    this.availableWidth -= left + right;
  }

  beginColumnGroup(bottomByPage = new Map<number, number>()): void {
    const here = { page: this.page, y: this.y, availableHeight: this.availableHeight };
    this.groups.push({ x: this.x, y: this.y, page: this.page, availableWidth: this.availableWidth, availableHeight: this.availableHeight, lastColumnWidth: this.lastColumnWidth, bottomMost: here, bottomByPage });
    this.lastColumnWidth = 0;
  }

  private get group(): Group {
    const g = this.groups[this.groups.length - 1];
    if (!g) throw new Error('impaginazione: colonna fuori da un gruppo');
    return g;
  }

  /** The next column, `width` wide, `offset` points after the end of the previous one. */
  beginColumn(width: number, offset: number): void {
    const g = this.group;
    g.bottomMost = lowest({ page: this.page, y: this.y, availableHeight: this.availableHeight }, g.bottomMost);
    this.page = g.page;
    this.x = this.x + this.lastColumnWidth + offset;
    this.y = g.y;
    this.availableWidth = width;
    this.availableHeight = g.availableHeight;
    this.lastColumnWidth = width;
  }

  /** Records the lowest point of the column just laid out on its page. */
  updateBottomByPage(): void {
    const g = this.group;
    g.bottomByPage.set(this.page, Math.max(g.bottomByPage.get(this.page) ?? -Infinity, this.y));
  }

  /** Ends the group below its lowest column; returns the lowest point per page. */
  completeColumnGroup(): Map<number, number> {
    const g = this.groups.pop();
    if (!g) throw new Error('impaginazione: gruppo di colonne non aperto');
    const bottom = lowest({ page: this.page, y: this.y, availableHeight: this.availableHeight }, g.bottomMost);
    this.x = g.x;
    this.y = bottom.y;
    this.page = bottom.page;
    this.availableWidth = g.availableWidth;
    this.availableHeight = bottom.availableHeight;
    this.lastColumnWidth = g.lastColumnWidth;
    return g.bottomByPage;
  }
}
