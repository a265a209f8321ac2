import { Context, type Frame, type Item, type Margins } from './context';
import type { Shape, TextLine } from './nodes';
import { REPEATED_ARTIFACT, StructElem, type Artifact, type Mark } from './structure';

/** A laid-out block placed whole: an unbreakable block, or a table's header repeated on each page. */
export interface Fragment {
  readonly fills: readonly Item[];
  readonly items: readonly Item[];
  readonly height: number;
  readonly xOffset: number;
  /** The anchors among its lines: they are on the page where the block is placed. */
  readonly anchors: readonly string[];
}

/** Where the flow was when a page break happened. */
export interface PageChange {
  readonly prevPage: number;
  readonly prevY: number;
  readonly y: number;
}

const moveShape = (s: Shape, dx: number, dy: number): Shape => {
  if (dx === 0 && dy === 0) return s;
  switch (s.type) {
    case 'rect':
      return { ...s, x: s.x + dx, y: s.y + dy };
    case 'line':
      return { ...s, x1: s.x1 + dx, x2: s.x2 + dx, y1: s.y1 + dy, y2: s.y2 + dy };
    case 'polygon':
      return { ...s, points: s.points.map((p) => ({ x: p.x + dx, y: p.y + dy })) };
  }
};

/**
 * Puts lines, shapes and blocks on pages and breaks pages when they do not fit: pdfmake's
 * PageElementWriter, with its unbreakable blocks (laid out in a context of their own, then placed
 * whole on this page or the next) and its repeatables (a table's header, placed again at the top of
 * every page the table continues on).
 */
export class Writer {
  private ctx: Context;
  private readonly outer: Context[] = [];
  private transactionLevel = 0;
  private originalX = 0;
  private readonly repeatables: Array<Fragment & { readonly insertedOnPages: Set<number> }> = [];
  private readonly listeners = new Set<(change: PageChange) => void>();
  /** The page index (from 0) of each anchor, where it was first placed. */
  readonly anchors = new Map<string, number>();
  /** What the lines and shapes placed now belong to (set by the flow); undefined when the document is not tagged. */
  mark: Mark | undefined;

  constructor(readonly pageWidth: number, readonly pageHeight: number, readonly margins: Margins) {
    this.ctx = new Context(pageWidth, pageHeight, margins);
    this.ctx.addPage();
  }

  context(): Context {
    return this.ctx;
  }

  get pages(): Frame[] {
    return (this.outer[0] ?? this.ctx).pages;
  }

  get inUnbreakable(): boolean {
    return this.transactionLevel > 0;
  }

  onPageChange(listener: (change: PageChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds a line at the current position (aligned in the available width) and moves below it; false when it does not fit. */
  private placeLine(line: TextLine): boolean {
    const ctx = this.ctx;
    if (ctx.availableHeight < line.height) return false;
    const free = ctx.availableWidth - line.width;
    const offset = line.align === 'right' ? free : line.align === 'center' ? free / 2 : 0;
    ctx.current.items.push({ type: 'text', x: ctx.x + offset, y: ctx.y, line, mark: this.markOf(line) });
    ctx.moveDown(line.height);
    const anchor = line.marks?.anchor?.id;
    if (anchor !== undefined) this.recordAnchors([anchor]);
    return true;
  }

  /** A line's mark: a linked line's text belongs to a Link element with its annotation (ISO 32000-1, 14.8.4.4.2). */
  private markOf(line: TextLine): Mark | undefined {
    const { mark } = this;
    if (line.marks?.linkTo === undefined || !(mark instanceof StructElem) || mark.role === 'Link') return mark;
    const last = mark.kids[mark.kids.length - 1];
    return last instanceof StructElem && last.role === 'Link' ? last : mark.child('Link');
  }

  addLine(line: TextLine): void {
    this.fitOnPage(() => this.placeLine(line));
  }

  /** A shape offset by the current x (and y, unless `absoluteY`); fills go under everything else of the page. */
  addShape(shape: Shape, absoluteY = false, fill = false): void {
    const item: Item = { type: 'shape', shape: moveShape(shape, this.ctx.x, absoluteY ? 0 : this.ctx.y), mark: this.mark };
    (fill ? this.ctx.current.fills : this.ctx.current.items).push(item);
  }

  /** Shapes drawn relative to the current position, taking `height`; on the next page when they do not fit. */
  addCanvas(shapes: readonly Shape[], height: number): void {
    this.fitOnPage(() => {
      if (this.ctx.availableHeight < height) return false;
      for (const s of shapes) this.addShape(s);
      this.ctx.moveDown(height);
      return true;
    });
  }

  private recordAnchors(ids: readonly string[]): void {
    if (this.outer.length > 0) {
      this.ctx.anchors.push(...ids);
      return;
    }
    for (const id of ids) if (!this.anchors.has(id)) this.anchors.set(id, this.ctx.page);
  }

  private placeFragment(f: Fragment, useBlockXOffset: boolean, y?: number, artifact?: Artifact): boolean {
    const ctx = this.ctx;
    if (!useBlockXOffset && f.height > ctx.availableHeight) return false;
    const dx = useBlockXOffset ? f.xOffset : ctx.x;
    const dy = y ?? ctx.y;
    const frame = ctx.current;
    if (f.fills.length > 0) frame.fills.push({ type: 'group', dx, dy, items: f.fills });
    if (f.items.length > 0) frame.items.push(artifact ? { type: 'group', dx, dy, items: f.items, artifact } : { type: 'group', dx, dy, items: f.items });
    if (f.anchors.length > 0) this.recordAnchors(f.anchors);
    if (y === undefined) ctx.moveDown(f.height);
    return true;
  }

  private fitOnPage(add: () => boolean): void {
    if (add()) return;
    this.moveToNextPage();
    // What does not fit on an empty page either is placed anyway, running over the bottom margin:
    // pdfmake dropped it, and losing content is worse than a crowded page.
    if (!add()) this.forcePlace(add);
  }

  private forcePlace(add: () => boolean): void {
    const { availableHeight, y } = this.ctx;
    this.ctx.availableHeight = Infinity;
    add();
    this.ctx.availableHeight = availableHeight - (this.ctx.y - y);
  }

  moveToNextPage(): void {
    const { prevPage, prevY } = this.ctx.moveToNextPage();
    for (const rep of this.repeatables) {
      if (rep.insertedOnPages.has(this.ctx.page)) {
        this.ctx.moveDown(rep.height);
      } else {
        rep.insertedOnPages.add(this.ctx.page);
        // Its first placement was the content; here it repeats it.
        this.placeFragment(rep, true, undefined, REPEATED_ARTIFACT);
      }
    }
    const change = { prevPage, prevY, y: this.ctx.y };
    for (const l of [...this.listeners]) l(change);
  }

  beginUnbreakable(width?: number, height?: number): void {
    if (this.transactionLevel++ === 0) {
      this.originalX = this.ctx.x;
      this.outer.push(this.ctx);
      this.ctx = new Context(width ?? this.ctx.availableWidth, height ?? Infinity, { left: 0, top: 0, right: 0, bottom: 0 });
      this.ctx.addPage();
    }
  }

  /** Ends an unbreakable block: placed here when it fits, else on the next page; or at `at` (headers, footers). */
  commitUnbreakable(at?: { x: number; y: number }): void {
    if (--this.transactionLevel !== 0) return;
    const inner = this.ctx;
    const restored = this.outer.pop();
    if (!restored) throw new Error('impaginazione: blocco indivisibile non aperto');
    this.ctx = restored;
    const [page] = inner.pages;
    if (!page) return;
    const fragment = { fills: page.fills, items: page.items, height: inner.y, xOffset: at?.x ?? 0, anchors: inner.anchors };
    if (at) this.placeFragment(fragment, true, at.y);
    else this.fitOnPage(() => this.placeFragment(fragment, false));
  }

  /** What the current unbreakable block holds so far, to repeat at the top of later pages. */
  currentBlockToRepeatable(): Fragment {
    const [page] = this.ctx.pages;
    return { fills: [...(page?.fills ?? [])], items: [...(page?.items ?? [])], height: this.ctx.y, xOffset: this.originalX, anchors: [...this.ctx.anchors] };
  }

  pushRepeatable(f: Fragment): void {
    this.repeatables.push({ ...f, insertedOnPages: new Set() });
  }

  popRepeatable(): void {
    this.repeatables.pop();
  }
}
