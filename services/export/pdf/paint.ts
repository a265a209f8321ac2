import { deflateSync } from 'node:zlib';
import type { Frame, Item } from './layout/context';
import { LAYOUT_ARTIFACT, StructElem, type Artifact, type Mark } from './layout/structure';
import type { LaidOutDocument } from './layout/flow';
import type { Run, Shape, TextLine } from './layout/nodes';
import { openFont } from './fonts';
import { kernsAfter, metricsOf, widthIn, type Metrics } from './measure';
import { fromPdfkit } from './pdfkit-libs';
import { PageMarks, writeStructure, type PageStructure, type TaggedPdfKit } from './structure-tree';

/** The members of pdfkit's document (0.19) the painter uses. */
interface PdfKitDocument {
  addPage(options: { size: [number, number]; margin: number }): void;
  addContent(data: string): void;
  font(src: string | Uint8Array): PdfKitDocument;
  readonly _font: EmbeddedFont;
  /** The fonts pdfkit embeds when the document ends, by name. */
  readonly _fontFamilies: Record<string, EmbeddedFont>;
  _fontCount: number;
  readonly page: { fonts: Record<string, unknown>; content: PdfKitStream };
  readonly _root: { data: { Names: { data: { Dests: { _compareKeys?: (a: string, b: string) => number } } } } };
  readonly outline: { addItem(title: string): void };
  goTo(x: number, y: number, w: number, h: number, name: string, options?: { StructParent?: number }): void;
  addNamedDestination(name: string, type: 'XYZ', x: number, y: number, zoom: null): void;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (e: Error) => void): void;
  end(): void;
}

/** pdfkit's stream object (PDFReference), for a page's content compressed here. */
interface PdfKitStream {
  compress: boolean;
  buffer: Uint8Array[];
  uncompressedLength: number;
  readonly data: { Length?: number; Filter?: string };
  write(chunk: Uint8Array): void;
}

/** pdfkit's embedded font: its subset, and the widths and code points of the glyphs it includes. */
interface EmbeddedFont {
  readonly id: string;
  readonly subset: { includeGlyph(glyphId: number): number };
  readonly widths: number[];
  readonly unicode: number[][];
  ref(): unknown;
}

export type PdfKitOptions = object;

const PDFDocument = fromPdfkit<new (options: PdfKitOptions) => PdfKitDocument>('pdfkit');

type EmbeddedFontClass = new (doc: PdfKitDocument, font: object, id: string) => EmbeddedFont;
let embeddedFontClass: EmbeddedFontClass | undefined;

/**
 * A font of the document made from the font openFont parsed once per process. pdfkit would parse
 * the file anew for every document (its registerFont takes a path or bytes) and decode its tables
 * again to embed the subset; its EmbeddedFont class is not exported, so it is taken from a font of a
 * document that is never written (parsing only the file's table directory).
 */
function embeddedFont(doc: PdfKitDocument, file: string): EmbeddedFont {
  if (!embeddedFontClass) {
    const probe = new PDFDocument({ font: null, autoFirstPage: false });
    probe.on('error', () => undefined);
    embeddedFontClass = probe.font(file)._font.constructor as EmbeddedFontClass;
  }
  const font = new embeddedFontClass(doc, openFont(file), `F${++doc._fontCount}`);
  // pdfkit embeds every font of this table when the document ends.
  doc._fontFamilies[file] = font;
  return font;
}

/** A font of one document: its resource name and the subset's codes of the glyphs drawn so far. */
class DocFont {
  /** The literal-string code of each glyph id drawn so far. */
  private readonly codes: Array<string | undefined> = [];
  private readonly m: Metrics;

  constructor(readonly file: string, private readonly font: EmbeddedFont) {
    this.m = metricsOf(file);
  }

  get name(): string {
    return this.font.id;
  }

  ref(): unknown {
    return this.font.ref();
  }

  /**
   * The subset's code of a glyph (Identity-H: two bytes, written as a literal string, half the size
   * of hex), registering its width and code point on first use.
   */
  private code(glyph: number, cp: number): string {
    let code = this.codes[glyph];
    if (code === undefined) {
      const gid = this.font.subset.includeGlyph(glyph);
      this.font.widths[gid] ??= ((this.m.advance[cp] ?? 0) * 1000);
      this.font.unicode[gid] ??= [cp];
      code = literalByte(gid >> 8) + literalByte(gid & 0xff);
      this.codes[glyph] = code;
    }
    return code;
  }

  /** The operator that shows `text`: its glyphs with the font's pair kerning between them (TJ), as pdfkit wrote them. */
  show(text: string): string {
    const { m } = this;
    let out = '';
    let codes = '';
    let prev = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const glyph = m.glyph[c] ?? 0;
      if (prev >= 0 && kernsAfter(prev)) {
        const k = m.kern(m.glyph[prev] ?? 0, glyph);
        if (k !== 0) {
          out += `(${codes}) ${n(-k * 1000)} `;
          codes = '';
        }
      }
      codes += this.code(glyph, c);
      prev = c;
    }
    return out === '' ? `(${codes}) Tj` : `[${out}(${codes})] TJ`;
  }
}

/** A byte in a PDF literal string: the delimiters and the backslash escaped, and CR (which a reader would take for an end of line). */
const literalByte = (b: number): string => (b === 0x28 ? '\\(' : b === 0x29 ? '\\)' : b === 0x5c ? '\\\\' : b === 0x0d ? '\\r' : String.fromCharCode(b));

/** Numbers as pdfkit writes them: six decimals at most (finite, and far from an exponent). */
const n = (x: number): string => String(Math.round(x * 1e6) / 1e6);

const rgbCache = new Map<string, string>();
/** "#0066CC" as "0 0.4 0.8". */
function rgb(hex: string): string {
  let v = rgbCache.get(hex);
  if (v === undefined) {
    const c = Number.parseInt(hex.slice(1), 16);
    v = [(c >> 16) & 255, (c >> 8) & 255, c & 255].map((x) => n(x / 255)).join(' ');
    rgbCache.set(hex, v);
  }
  return v;
}

/**
 * Writes one page's content stream: the coordinates of the layout (from the top left corner) turned
 * into PDF's (from the bottom left), fills first, then shapes and text in layout order, each colour,
 * line width and font set only when it changes.
 */
class PagePainter {
  private readonly ops: string[] = [];
  private fill = '';
  private stroke = '';
  private lineWidth = -1;
  private font = '';
  private size = -1;
  private spacing = 0;
  private inText = false;

  /** `marks`: the page's marked content, when the document is tagged. */
  constructor(private readonly height: number, private readonly fontOf: (file: string) => DocFont, private readonly pageNumber: (id: string) => number | undefined, private readonly marks?: PageMarks) {}

  /** The open marked-content sequence began inside the current text object (and ends before it). */
  private openInside = false;

  /**
   * Begins (or continues) a text object for text of `mark`. A sequence and a text object must nest
   * (ISO 32000-1, 14.6.1): a text's sequence opens inside the text object, so that the dossier's
   * cells and lines need no text object of their own; a figure's sequence, opened for its shapes,
   * holds whole text objects.
   */
  private beginText(mark: Mark | undefined): void {
    const { marks, ops } = this;
    if (marks && mark && marks.current !== mark) {
      if (this.inText && !this.openInside && marks.current) this.endText();
      marks.close(ops);
      if (!this.inText) ops.push('BT');
      this.inText = true;
      marks.open(mark, ops);
      this.openInside = true;
      return;
    }
    if (!this.inText) ops.push('BT');
    this.inText = true;
  }

  /** Ends the text object, and the sequence that began inside it. */
  private endText(): void {
    if (!this.inText) return;
    if (this.openInside) this.marks?.close(this.ops);
    this.ops.push('ET');
    this.inText = false;
    this.openInside = false;
  }

  /** Shapes of `mark` follow. */
  private beginShape(mark: Mark): void {
    this.endText();
    const { marks } = this;
    if (!marks || marks.current === mark) return;
    marks.close(this.ops);
    marks.open(mark, this.ops);
  }

  private setFill(color: string): void {
    const c = rgb(color);
    if (c !== this.fill) this.ops.push(`${(this.fill = c)} rg`);
  }

  /** A shape offset by (dx, dy); `mark`: a figure's element, else the shape is an artifact. */
  shape(s: Shape, dx: number, dy: number, mark?: Mark): void {
    this.beginShape(mark instanceof StructElem && mark.role !== 'Figure' ? LAYOUT_ARTIFACT : (mark ?? LAYOUT_ARTIFACT));
    const H = this.height - dy;
    switch (s.type) {
      case 'rect':
        this.setFill(s.color);
        this.ops.push(`${n(s.x + dx)} ${n(H - s.y - s.h)} ${n(s.w)} ${n(s.h)} re f`);
        break;
      case 'line': {
        const c = rgb(s.color);
        if (c !== this.stroke) this.ops.push(`${(this.stroke = c)} RG`);
        if (s.width !== this.lineWidth) this.ops.push(`${n((this.lineWidth = s.width))} w`);
        this.ops.push(`${n(s.x1 + dx)} ${n(H - s.y1)} m ${n(s.x2 + dx)} ${n(H - s.y2)} l S`);
        break;
      }
      case 'polygon':
        this.setFill(s.color);
        this.ops.push(`${s.points.map((p, i) => `${n(p.x + dx)} ${n(H - p.y)} ${i ? 'l' : 'm'}`).join(' ')} h f`);
        break;
    }
  }

  /** The text of a line at (x, y), its top. */
  text(line: TextLine, x: number, y: number, mark?: Mark): void {
    const baseline = this.height - (y + line.ascender);
    for (const run of line.runs) {
      if (run.text === '') continue;
      const drawn = this.resolve(run, line);
      this.beginText(mark);
      const font = this.fontOf(run.font);
      if (font.name !== this.font || run.size !== this.size) this.ops.push(`/${(this.font = font.name)} ${n((this.size = run.size))} Tf`);
      if (run.spacing !== this.spacing) this.ops.push(`${n((this.spacing = run.spacing))} Tc`);
      this.setFill(run.color);
      this.ops.push(`1 0 0 1 ${n(x + drawn.x)} ${n(baseline)} Tm ${font.show(drawn.text)}`);
    }
  }

  /** A run as drawn: a page number put in for its placeholder, right-aligned where the placeholder ended. */
  resolve(run: Run, line: TextLine): { text: string; x: number; width: number } {
    const id = line.marks?.pageOf;
    const page = id === undefined ? undefined : this.pageNumber(id);
    if (page === undefined) return run;
    const text = String(page);
    const width = widthIn(run.font, text, run.size);
    return { text, x: run.x + run.width - width, width };
  }

  content(): string {
    this.endText();
    this.marks?.close(this.ops);
    return this.ops.join('\n');
  }
}

/**
 * Draws the laid-out pages into a pdfkit document made with `options` (PDF/A, metadata): the fonts
 * embedded as subsets, a named destination and a bookmark at each section title, a link from each
 * entry of the table of contents. `complete` runs on the document before it is ended.
 */
export function paintDocument(laid: LaidOutDocument, size: { width: number; height: number }, options: PdfKitOptions, complete: (doc: object) => void): Promise<Uint8Array> {
  const structure = laid.structure;
  // tagged: pdfkit makes the MarkInfo (Marked true) and the StructTreeRoot, and gives each page /Tabs /S.
  const doc = new PDFDocument({ ...options, autoFirstPage: false, font: null, compress: true, tagged: structure !== undefined });
  // The keys of a name tree are in ascending order (ISO 32000-1:2008, 7.9.6, Table 36): by byte, for
  // our ASCII ids the order pdfkit's localeCompare gave, without its ~50 ms of collation data.
  const dests = doc._root.data.Names.data.Dests;
  dests._compareKeys = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c) => chunks.push(c));
    doc.on('error', reject);
    doc.on('end', () => {
      const b = Buffer.concat(chunks);
      resolve(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
    });
  });
  const fonts = new Map<string, DocFont>();
  const fontOf = (file: string): DocFont => {
    let f = fonts.get(file);
    if (!f) {
      f = new DocFont(file, embeddedFont(doc, file));
      fonts.set(file, f);
    }
    // The page's resources name every font its content uses.
    doc.page.fonts[f.name] ??= f.ref();
    return f;
  };
  const pageNumber = (id: string): number | undefined => {
    const i = laid.anchors.get(id);
    return i === undefined ? undefined : i + 1;
  };
  const tagged = doc as unknown as TaggedPdfKit;
  const pages: PageStructure[] = [];
  const links = new Map<number, StructElem>();
  laid.pages.forEach((frame, i) => {
    doc.addPage({ size: [size.width, size.height], margin: 0 });
    const marks = structure ? new PageMarks(i) : undefined;
    paintPage(doc, frame, size.height, fontOf, pageNumber, marks && { marks, links, doc: tagged });
    if (marks) {
      const { dictionary } = tagged.page;
      // StructParents is set before the page is written, when the next one is added.
      pages.push(marks.parents.length > 0 ? { dictionary, parents: marks.parents, key: tagged.page.structParentTreeKey } : { dictionary, parents: [] });
    }
  });
  if (structure) writeStructure(tagged, structure, pages, links);
  complete(doc);
  doc.end();
  return done;
}

/** A tagged page: its marked content, and the Link element of each link annotation by its parent tree key. */
interface PageTags {
  readonly marks: PageMarks;
  readonly links: Map<number, StructElem>;
  readonly doc: TaggedPdfKit;
}

function paintPage(doc: PdfKitDocument, frame: Frame, height: number, fontOf: (file: string) => DocFont, pageNumber: (id: string) => number | undefined, tags?: PageTags): void {
  const painter = new PagePainter(height, fontOf, pageNumber, tags?.marks);
  /** `artifact`: everything in a group placed again (a table's header on a later page) is one. */
  const walk = (items: readonly Item[], dx: number, dy: number, artifact?: Artifact): void => {
    for (const item of items) {
      if (item.type === 'group') {
        walk(item.items, dx + item.dx, dy + item.dy, artifact ?? item.artifact);
        continue;
      }
      const mark = artifact ?? item.mark;
      if (item.type === 'shape') {
        painter.shape(item.shape, dx, dy, mark);
        continue;
      }
      const x = item.x + dx;
      const y = item.y + dy;
      painter.text(item.line, x, y, mark);
      const marks = item.line.marks;
      if (marks?.anchor) {
        doc.addNamedDestination(marks.anchor.id, 'XYZ', x, y, null);
        doc.outline.addItem(marks.anchor.title);
      }
      if (marks?.linkTo) {
        for (const run of item.line.runs) {
          const drawn = painter.resolve(run, item.line);
          if (tags && mark instanceof StructElem && mark.role === 'Link') {
            // The annotation is a content item of the Link element too (an OBJR), found through its StructParent.
            const key = tags.doc.createStructParentTreeNextKey();
            doc.goTo(x + drawn.x, y, drawn.width, item.line.height, marks.linkTo, { StructParent: key });
            const annotations = tags.doc.page.annotations;
            mark.kids.push({ page: tags.marks.page, annotation: annotations[annotations.length - 1] });
            tags.links.set(key, mark);
          } else doc.goTo(x + drawn.x, y, drawn.width, item.line.height, marks.linkTo);
        }
      }
    }
  };
  walk(frame.fills, 0, 0, tags && LAYOUT_ARTIFACT);
  walk(frame.items, 0, 0);
  writeContent(doc, height, painter.content());
}

/**
 * zlib's fastest level: the content streams are most of the file's bytes, and level 6 (pdfkit's)
 * spent a fifth of the rendering on them for a file only ~15% smaller.
 */
const CONTENT_LEVEL = 1;

/**
 * The page's content stream, compressed here. pdfkit begins every page with a flip to top-left
 * coordinates, which this content (in PDF's own coordinates) replaces; pdfkit keeps believing the
 * flip is there, so links and destinations, given in top-left coordinates, still land right.
 */
function writeContent(doc: PdfKitDocument, height: number, content: string): void {
  const stream = doc.page.content;
  if (!stream || !Array.isArray(stream.buffer) || typeof stream.write !== 'function') {
    // pdfkit changed: its own compression, behind a flip back.
    doc.addContent(`1 0 0 -1 0 ${n(height)} cm\n${content}`);
    return;
  }
  stream.compress = false;
  stream.buffer = [];
  stream.uncompressedLength = 0;
  stream.data.Length = 0;
  stream.write(deflateSync(Buffer.from(content, 'latin1'), { level: CONTENT_LEVEL }));
  stream.data.Filter = 'FlateDecode';
}
