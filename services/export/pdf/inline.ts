import type { ContentText } from 'pdfmake/interfaces';
import { FONT } from './fonts';
import { fitText } from './glyphs';
import { breakLines } from './lines';
import { COLOR, FONT_SIZE, LINE_HEIGHT, TABLE_LINE_HEIGHT } from './styles';

/**
 * The text properties that vary in the dossier, set on every inline. pdfmake looks up some twenty
 * properties for each word it measures, first on the word (which copies its inline's properties),
 * then down the style stack, where each named style costs an allocation: with named styles on
 * cells that walk took a third of the time of a hundred-page dossier. Set here, these resolve on the
 * spot; the others (decoration, links…) fall through a short stack of plain objects to pdfmake's
 * defaults. Copying more properties to every word costs more than it saves.
 */
const BASE = {
  font: FONT,
  bold: false,
  italics: false,
  alignment: 'left',
  fontSize: FONT_SIZE.body,
  color: COLOR.text,
  noWrap: false,
  lineHeight: LINE_HEIGHT,
} as const;

type StyleKey = keyof typeof BASE | 'characterSpacing';

/** A resolved text style. */
export type InlineStyle = Readonly<Partial<Record<StyleKey, unknown>>>;

/** A style from the base text style and the properties that differ. */
export function inlineStyle(overrides: Partial<Record<StyleKey, unknown>>): InlineStyle {
  return { ...BASE, ...overrides };
}

type Run = Record<string, unknown> & { text: string };

/** A style with `noWrap` (a whole line) and, for every line but the last, `lineEnd` too. */
interface LineStyles {
  readonly line: InlineStyle;
  readonly end: InlineStyle;
}
const lineStyles = new WeakMap<InlineStyle, LineStyles>();
function linesOf(style: InlineStyle): LineStyles {
  const known = lineStyles.get(style);
  if (known) return known;
  const made: LineStyles = { line: { ...style, noWrap: true }, end: { ...style, noWrap: true, lineEnd: true } as InlineStyle };
  lineStyles.set(style, made);
  return made;
}

/**
 * The runs of one piece of text, in the main font or, where it lacks a glyph, the fallback font.
 * The last run takes `lastStyle`.
 */
function runs(text: string, style: InlineStyle, lastStyle: InlineStyle, out: Run[]): void {
  const fitted = fitText(text);
  if (typeof fitted === 'string') {
    out.push({ ...lastStyle, text: fitted });
    return;
  }
  fitted.forEach((r, i) => {
    const base = i === fitted.length - 1 ? lastStyle : style;
    out.push(typeof r === 'string' ? { ...base, text: r } : { ...base, text: r.text, font: r.font });
  });
}

/**
 * Text with a resolved style, ready for pdfmake (node-level properties such as margins and spans go
 * on the returned node). Given the `width` of its column, the text is broken into lines here (see
 * breakLines) and each line handed over whole (`noWrap`), ending with a forced break (`lineEnd`,
 * which pdfmake copies from the inline to its word); without a width pdfmake breaks the text word
 * by word.
 */
export function styled(text: string, style: InlineStyle, width?: number): ContentText {
  if (width !== undefined) return styledLines(text, style, width).content;
  const out: Run[] = [];
  runs(text, style, style, out);
  return { text: out } as unknown as ContentText;
}

/** Text broken into lines for a column `width` points wide (see styled), and how many lines it takes. */
export function styledLines(text: string, style: InlineStyle, width: number): { content: ContentText; lines: number } {
  const out: Run[] = [];
  const { line, end } = linesOf(style);
  const lines = breakLines(text, width, style.fontSize as number, style.bold === true);
  const last = lines.length - 1;
  for (let i = 0; i < last; i++) {
    // The trailing space keeps pdfmake from gluing this line's last word to the next line's first
    // (which would override the break); as a trailing space it takes no width.
    runs(`${lines[i]} `, line, end, out);
  }
  runs(lines[last] ?? '', line, line, out);
  return { content: { text: out } as unknown as ContentText, lines: lines.length };
}

const table = (fontSize: number) => ({
  cell: inlineStyle({ fontSize, lineHeight: TABLE_LINE_HEIGHT }),
  right: inlineStyle({ fontSize, lineHeight: TABLE_LINE_HEIGHT, alignment: 'right' }),
  th: inlineStyle({ fontSize, lineHeight: TABLE_LINE_HEIGHT, bold: true, color: '#FFFFFF' }),
  thRight: inlineStyle({ fontSize, lineHeight: TABLE_LINE_HEIGHT, bold: true, color: '#FFFFFF', alignment: 'right' }),
  foot: inlineStyle({ fontSize, lineHeight: TABLE_LINE_HEIGHT, bold: true, color: COLOR.dark }),
  footRight: inlineStyle({ fontSize, lineHeight: TABLE_LINE_HEIGHT, bold: true, color: COLOR.dark, alignment: 'right' }),
  empty: inlineStyle({ fontSize, lineHeight: TABLE_LINE_HEIGHT, italics: true, color: COLOR.muted }),
});

/** The text styles of the dossier. */
export const TEXT = {
  h1: inlineStyle({ fontSize: 16, bold: true, color: COLOR.primary }),
  h2: inlineStyle({ fontSize: 11.5, bold: true, color: COLOR.dark }),
  caption: inlineStyle({ bold: true, color: COLOR.dark }),
  paragraph: inlineStyle({}),
  label: inlineStyle({ bold: true, color: COLOR.dark }),
  value: inlineStyle({}),
  note: inlineStyle({ italics: true, color: COLOR.muted }),
  table: table(FONT_SIZE.table),
  dense: table(FONT_SIZE.dense),
  chartLabel: inlineStyle({ fontSize: FONT_SIZE.table, lineHeight: TABLE_LINE_HEIGHT }),
  chartValue: inlineStyle({ fontSize: FONT_SIZE.table, lineHeight: TABLE_LINE_HEIGHT, bold: true, alignment: 'right' }),
  ganttLabel: inlineStyle({ fontSize: FONT_SIZE.small, lineHeight: TABLE_LINE_HEIGHT }),
  ganttHead: inlineStyle({ fontSize: FONT_SIZE.small, lineHeight: TABLE_LINE_HEIGHT, bold: true, color: COLOR.dark }),
  ganttScale: inlineStyle({ fontSize: 6, lineHeight: TABLE_LINE_HEIGHT, color: COLOR.muted, alignment: 'center' }),
  legend: inlineStyle({ fontSize: FONT_SIZE.small, color: COLOR.muted }),
} as const;
