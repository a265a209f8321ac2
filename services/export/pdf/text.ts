import { FALLBACK_FILES, FONT_FILES, faceOf } from './fonts';
import { fitText } from './glyphs';
import type { Align, LineMarks, Node, Run, TextLine } from './layout/nodes';
import { breakLines, isSpace } from './lines';
import { metricsOf, widthIn } from './measure';
import { COLOR, FONT_SIZE, LINE_HEIGHT, TABLE_LINE_HEIGHT } from './styles';
import { wrapText } from './wrap';

/** How a text looks. `lineHeight` is a factor of the font's own line height. */
export interface TextStyle {
  readonly size: number;
  readonly bold: boolean;
  readonly italics: boolean;
  readonly color: string;
  readonly lineHeight: number;
  readonly align: Align;
  /** Extra space after each character, in points. */
  readonly spacing: number;
}

const BASE: TextStyle = { size: FONT_SIZE.body, bold: false, italics: false, color: COLOR.text, lineHeight: LINE_HEIGHT, align: 'left', spacing: 0 };

/** A style from the body text style and the properties that differ. */
export const textStyle = (overrides: Partial<TextStyle>): TextStyle => ({ ...BASE, ...overrides });

/** The width of the white space at the start (or end) of a run: it takes no room in the line's width. */
function spaceWidth(font: string, text: string, size: number, atEnd: boolean): number {
  let i = atEnd ? text.length : 0;
  if (atEnd) while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  else while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (atEnd ? i === text.length : i === 0) return 0;
  return widthIn(font, atEnd ? text.slice(i) : text.slice(0, i), size);
}

/** A run of a line in one font without letter spacing: its advance (kerned) measured only if asked. */
class PlainRun implements Run {
  readonly spacing = 0;
  private measured: number | undefined;

  constructor(readonly text: string, readonly font: string, readonly size: number, readonly color: string, readonly x: number) {}

  get width(): number {
    return (this.measured ??= widthIn(this.font, this.text, this.size));
  }
}

/**
 * A line in one font without letter spacing or links: most of the dossier's lines. Its width is
 * measured only when something asks for it (alignment to the right or centre, an `auto` column);
 * left-aligned cells never do.
 */
class PlainLine implements TextLine {
  readonly runs: readonly [PlainRun];

  constructor(run: PlainRun, readonly height: number, readonly ascender: number, readonly align: TextStyle['align'], private readonly leadingCut: number) {
    this.runs = [run];
  }

  get width(): number {
    const [run] = this.runs;
    return run.width - this.leadingCut - spaceWidth(run.font, run.text, run.size, true);
  }
}

/**
 * One line of text as drawn: a run per font (the fallback font where Titillium lacks a glyph), its
 * width without leading and trailing spaces, and its height and baseline from the tallest run.
 */
export function textLine(text: string, style: TextStyle, marks?: LineMarks): TextLine {
  const fitted = fitText(text);
  if (typeof fitted === 'string' && style.spacing === 0 && marks === undefined) {
    const font = FONT_FILES[faceOf(style.bold, style.italics)];
    const m = metricsOf(font);
    const leadingCut = spaceWidth(font, fitted, style.size, false);
    return new PlainLine(new PlainRun(fitted, font, style.size, style.color, -leadingCut), m.lineHeight * style.size * style.lineHeight, m.ascender * style.size, style.align, leadingCut);
  }
  const segments = typeof fitted === 'string' ? [{ text: fitted, fallback: false }] : fitted;
  const face = faceOf(style.bold, style.italics);
  const runs: Run[] = [];
  let x = 0;
  let height = 0;
  let ascender = 0;
  let leadingCut = 0;
  let trailingCut = 0;
  segments.forEach((s, i) => {
    const font = (s.fallback ? FALLBACK_FILES : FONT_FILES)[face];
    const m = metricsOf(font);
    const width = widthIn(font, s.text, style.size) + style.spacing * Math.max(0, s.text.length - 1);
    if (i === 0) leadingCut = spaceWidth(font, s.text, style.size, false);
    trailingCut = spaceWidth(font, s.text, style.size, true);
    runs.push({ text: s.text, font, size: style.size, color: style.color, spacing: style.spacing, x: x - leadingCut, width });
    x += width;
    height = Math.max(height, m.lineHeight * style.size * style.lineHeight);
    ascender = Math.max(ascender, m.ascender * style.size);
  });
  return { runs, width: x - leadingCut - trailingCut, height, ascender, align: style.align, ...(marks ? { marks } : {}) };
}

/**
 * `text` broken into the lines it takes in a column `width` points wide: cells and paragraphs by
 * breakLines, which leaves a little slack; with `fill`, headings and the cover by wrapText, which
 * fills each line as a word processor does.
 */
export function textLines(text: string, style: TextStyle, width: number, fill = false): TextLine[] {
  if (fill) return wrapText(text, style, width);
  const lines = breakLines(text, width, style.size, style.bold);
  // A line that wraps keeps the space it wrapped at, after its end: it takes no width, and text
  // extractors (pdftotext, screen readers) read a space between the two lines' words.
  return lines.map((l, i) => textLine(i < lines.length - 1 ? `${l} ` : l, style));
}

/**
 * Text nodes made while one document is laid out, by style, column and text: half the cells of a
 * large dossier repeat one before (a partner's name, a category, a rate), and a node is data, so
 * the same one serves every cell that says the same thing in the same column. Dropped at the end of
 * the document: nothing carries over from one export to the next.
 */
let nodes: Map<TextStyle, Map<string, Node & { kind: 'text' }>> | null = null;

/** Runs `layout` with text nodes shared within it (see above). */
export function withSharedText<T>(layout: () => T): T {
  const outer = nodes;
  nodes = new Map();
  try {
    return layout();
  } finally {
    nodes = outer;
  }
}

/** A text node: `text` in `style`, broken for a column `width` points wide. */
export function styled(text: string, style: TextStyle, width: number, fill = false): Node & { kind: 'text' } {
  if (!nodes) return { kind: 'text', lines: textLines(text, style, width, fill) };
  let byText = nodes.get(style);
  if (!byText) nodes.set(style, (byText = new Map()));
  const key = `${width}${fill ? 'f' : 'b'}${text}`;
  let node = byText.get(key);
  if (!node) byText.set(key, (node = { kind: 'text', lines: textLines(text, style, width, fill) }));
  return node;
}

const table = (size: number) => ({
  cell: textStyle({ size, lineHeight: TABLE_LINE_HEIGHT }),
  right: textStyle({ size, lineHeight: TABLE_LINE_HEIGHT, align: 'right' }),
  th: textStyle({ size, lineHeight: TABLE_LINE_HEIGHT, bold: true, color: '#FFFFFF' }),
  thRight: textStyle({ size, lineHeight: TABLE_LINE_HEIGHT, bold: true, color: '#FFFFFF', align: 'right' }),
  foot: textStyle({ size, lineHeight: TABLE_LINE_HEIGHT, bold: true, color: COLOR.dark }),
  footRight: textStyle({ size, lineHeight: TABLE_LINE_HEIGHT, bold: true, color: COLOR.dark, align: 'right' }),
  empty: textStyle({ size, lineHeight: TABLE_LINE_HEIGHT, italics: true, color: COLOR.muted }),
});

/** The text styles of the dossier. */
export const TEXT = {
  h1: textStyle({ size: 16, bold: true, color: COLOR.primary }),
  h2: textStyle({ size: 11.5, bold: true, color: COLOR.dark }),
  caption: textStyle({ bold: true, color: COLOR.dark }),
  paragraph: textStyle({}),
  label: textStyle({ bold: true, color: COLOR.dark }),
  value: textStyle({}),
  note: textStyle({ italics: true, color: COLOR.muted }),
  table: table(FONT_SIZE.table),
  dense: table(FONT_SIZE.dense),
  chartLabel: textStyle({ size: FONT_SIZE.table, lineHeight: TABLE_LINE_HEIGHT }),
  chartValue: textStyle({ size: FONT_SIZE.table, lineHeight: TABLE_LINE_HEIGHT, bold: true, align: 'right' }),
  ganttLabel: textStyle({ size: FONT_SIZE.small, lineHeight: TABLE_LINE_HEIGHT }),
  ganttHead: textStyle({ size: FONT_SIZE.small, lineHeight: TABLE_LINE_HEIGHT, bold: true, color: COLOR.dark }),
  ganttScale: textStyle({ size: 6, lineHeight: TABLE_LINE_HEIGHT, color: COLOR.muted, align: 'center' }),
  legend: textStyle({ size: FONT_SIZE.small, color: COLOR.muted }),
  tocTitle: textStyle({ size: 16, bold: true, color: COLOR.primary }),
  tocEntry: textStyle({ size: 10.5 }),
  pageHeader: textStyle({ size: 8, color: COLOR.muted }),
  pageFooter: textStyle({ size: 8, color: COLOR.muted, align: 'right' }),
} as const;
