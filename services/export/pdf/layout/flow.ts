import type { Frame, Margins } from './context';
import type { Node, Shape } from './nodes';
import { FOOTER_ARTIFACT, HEADER_ARTIFACT, StructElem, type Artifact } from './structure';
import { layoutTable } from './table';
import { Writer } from './writer';

/** How far down a group of shapes reaches: the height it takes in the flow. */
export function shapesHeight(shapes: readonly Shape[]): number {
  let h = 0;
  for (const s of shapes) {
    if (s.type === 'rect') h = Math.max(h, s.y + s.h);
    else if (s.type === 'line') h = Math.max(h, s.y1, s.y2);
    else for (const p of s.points) h = Math.max(h, p.y);
  }
  return h;
}

/** The widest a node wants to be, for `auto` columns: its widest line, or the extent of its shapes. */
function naturalWidth(node: Node): number {
  switch (node.kind) {
    case 'text':
      return Math.max(0, ...node.lines.map((l) => l.width));
    case 'canvas':
      return Math.max(0, ...node.shapes.map((s) => (s.type === 'rect' ? s.x + s.w : s.type === 'line' ? Math.max(s.x1, s.x2) : Math.max(...s.points.map((p) => p.x)))));
    default:
      throw new Error(`impaginazione: colonna «auto» non supportata per ${node.kind}`);
  }
}

/** A page's running header or footer, given its number and the page count; null for none. */
export type PageFurniture = (page: number, count: number) => Node | null;

export interface LaidOutDocument {
  readonly pages: readonly Frame[];
  /** The page index (from 0) of each anchor (section title). */
  readonly anchors: ReadonlyMap<string, number>;
  /** The Document element of the logical structure, when the document is tagged. */
  readonly structure?: StructElem;
}

/**
 * The flow of the document: nodes laid out one after the other on pages of `width` by `height`
 * points within `margins`, by the rules pdfmake's LayoutBuilder followed (margins, page breaks
 * before a node, unbreakable stacks, lines moving to the next page when they do not fit).
 */
export class Flow {
  readonly writer: Writer;

  constructor(readonly width: number, readonly height: number, readonly margins: Margins) {
    this.writer = new Writer(width, height, margins);
  }

  private get ctx() {
    return this.writer.context();
  }

  processNode(node: Node): void {
    // A tagged node's content belongs to an element of its own, a child of the enclosing one.
    const outer = this.writer.mark;
    if (node.tag && outer instanceof StructElem) this.writer.mark = outer.child(node.tag.role, node.tag.alt === undefined ? undefined : { alt: node.tag.alt });
    this.processContent(node);
    this.writer.mark = outer;
  }

  private processContent(node: Node): void {
    const m = node.margin;
    if ('pageBreakBefore' in node && node.pageBreakBefore) this.writer.moveToNextPage();
    if (m) {
      // A top margin that does not fit ends the page; the node starts at the top of the next one.
      if (this.ctx.availableHeight - m[1] < 0) {
        this.ctx.moveDown(this.ctx.availableHeight);
        this.writer.moveToNextPage();
      } else this.ctx.moveDown(m[1]);
      this.ctx.addMargin(m[0], m[2]);
    }
    const unbreakable = node.kind === 'stack' && node.unbreakable === true;
    if (unbreakable) this.writer.beginUnbreakable();
    switch (node.kind) {
      case 'stack':
        for (const item of node.items) this.processNode(item);
        break;
      case 'text':
        for (const line of node.lines) {
          if (line.height > this.ctx.availableHeight && this.ctx.y > this.ctx.margins.top) this.writer.moveToNextPage();
          this.writer.addLine(line);
        }
        break;
      case 'canvas':
        this.writer.addCanvas(node.shapes, shapesHeight(node.shapes));
        break;
      case 'columns':
        this.processColumns(node);
        break;
      case 'table':
        layoutTable(this, node);
        break;
    }
    if (unbreakable) this.writer.commitUnbreakable();
    if (m) {
      if (this.ctx.availableHeight - m[3] < 0) {
        this.ctx.moveDown(this.ctx.availableHeight);
        this.writer.moveToNextPage();
      } else this.ctx.moveDown(m[3]);
      this.ctx.addMargin(-m[0], -m[2]);
    }
  }

  /** Columns side by side: fixed widths first, `auto` ones as wide as their content when it fits. */
  private processColumns(node: Extract<Node, { kind: 'columns' }>): void {
    const n = node.columns.length;
    let available = this.ctx.availableWidth - (node.gap ? (n - 1) * node.gap : 0);
    for (const c of node.columns) if (c.width !== 'auto') available -= c.width;
    const auto = node.columns.filter((c) => c.width === 'auto').map((c) => naturalWidth(c.node));
    const autoSum = auto.reduce((s, w) => s + w, 0);
    // Only natural widths are needed by the dossier's columns; when they do not fit they shrink alike.
    const scale = autoSum > available && autoSum > 0 ? available / autoSum : 1;
    let a = 0;
    const widths = node.columns.map((c) => (c.width === 'auto' ? (auto[a++] ?? 0) * scale : c.width));
    this.ctx.beginColumnGroup();
    node.columns.forEach((c, i) => {
      this.ctx.beginColumn(widths[i] ?? 0, i > 0 ? node.gap : 0);
      this.processNode(c.node);
    });
    this.ctx.completeColumnGroup();
  }

  /**
   * Lays out `content` and then each page's header and footer; returns the pages and where each
   * anchor landed, and with `tagged` the logical structure, the header and footer as artifacts.
   */
  static layout(size: { width: number; height: number; margins: Margins }, content: Node, header: PageFurniture, footer: PageFurniture, tagged = false): LaidOutDocument {
    const flow = new Flow(size.width, size.height, size.margins);
    const structure = tagged ? new StructElem('Document', null) : undefined;
    flow.writer.mark = structure;
    flow.processNode(content);
    const { pages } = flow.writer;
    const furnish = (make: PageFurniture, top: number, height: number, artifact: Artifact): void => {
      flow.writer.mark = structure && artifact;
      pages.forEach((_, i) => {
        const node = make(i + 1, pages.length);
        if (!node) return;
        flow.ctx.page = i;
        flow.writer.beginUnbreakable(size.width, height);
        flow.processNode(node);
        flow.writer.commitUnbreakable({ x: 0, y: top });
      });
    };
    furnish(header, 0, size.margins.top, HEADER_ARTIFACT);
    furnish(footer, size.height - size.margins.bottom, size.margins.bottom, FOOTER_ARTIFACT);
    return { pages, anchors: flow.writer.anchors, ...(structure ? { structure } : {}) };
  }
}
