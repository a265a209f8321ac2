import { FALLBACK_FILES, FONT_FILES, faceOf } from './fonts';
import { fitText } from './glyphs';
import type { Run, TextLine } from './layout/nodes';
import { metricsOf, widthIn } from './measure';
import { fromPdfkit } from './pdfkit-libs';
import type { TextStyle } from './text';

/** The Unicode line breaking algorithm (UAX #14), pdfkit's own dependency. */
const LineBreaker = fromPdfkit<new (text: string) => { nextBreak(): { position: number; required: boolean } | null }>('linebreak');

/** A word as it is laid out: up to a break opportunity, trailing spaces included. */
interface Word {
  text: string;
  readonly font: string;
  width: number;
  readonly leadingCut: number;
  readonly trailingCut: number;
  lineEnd: boolean;
  /** Glued to the next word (no break opportunity between two font segments). */
  noNewLine: boolean;
}

const LEADING = /^\s+/;
const TRAILING = /\s+$/;

function breaks(text: string): Array<{ text: string; required: boolean }> {
  if (text === '') return [{ text: '', required: false }];
  const out: Array<{ text: string; required: boolean }> = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const word = text.slice(last, bk.position);
    const newline = /\r?\n$|\r$/.test(word);
    out.push({ text: newline ? word.replace(/\r?\n$|\r$/, '') : word, required: bk.required || newline });
    last = bk.position;
  }
  return out;
}

/**
 * Text broken into lines as a word processor does: at every break opportunity of the Unicode line
 * breaking algorithm, each word measured with kerning, a line filled while the next word fits, a
 * word wider than the line cut where it must. This is how pdfmake broke the headings, captions and
 * the cover, and each word is drawn as a run of its own as pdfmake drew it, so they fall exactly where
 * they did. (Cells and paragraphs are broken more cheaply by breakLines.)
 */
export function wrapText(text: string, style: TextStyle, width: number): TextLine[] {
  const fitted = fitText(text);
  const segments = typeof fitted === 'string' ? [{ text: fitted, fallback: false }] : fitted;
  const face = faceOf(style.bold, style.italics);
  const measure = (font: string, t: string): number => widthIn(font, t, style.size) + style.spacing * (t.length - 1);
  const words: Word[] = [];
  let lastWord: string | null = null;
  segments.forEach((s, i) => {
    const font = (s.fallback ? FALLBACK_FILES : FONT_FILES)[face];
    const pieces = breaks(s.text);
    const [first] = pieces;
    const prev = words[words.length - 1];
    if (prev && lastWord !== null && first && breaks(lastWord + first.text).length === 1) prev.noNewLine = true;
    for (const p of pieces) {
      words.push({
        text: p.text, font, width: measure(font, p.text), lineEnd: p.required, noNewLine: false,
        leadingCut: widthIn(font, LEADING.exec(p.text)?.[0] ?? '', style.size), trailingCut: widthIn(font, TRAILING.exec(p.text)?.[0] ?? '', style.size),
      });
    }
    const last = pieces[pieces.length - 1];
    lastWord = i < segments.length - 1 && last && !last.required ? last.text : null;
  });

  const lines: TextLine[] = [];
  while (words.length > 0) {
    const line: Word[] = [];
    let inlineWidths = 0;
    let leadingCut = 0;
    let forced = false;
    const lineWidth = (): number => inlineWidths - leadingCut - (line[line.length - 1]?.trailingCut ?? 0);
    const fits = (w: Word, i: number): boolean => {
      if (line.length === 0) return true;
      if (forced) return false;
      let needed = w.width;
      let cut = w.trailingCut;
      for (let j = i; words[j]?.noNewLine; j++) {
        needed += words[j + 1]?.width ?? 0;
        cut += words[j + 1]?.trailingCut ?? 0;
      }
      return inlineWidths + needed - leadingCut - cut <= width;
    };
    let glued = false;
    while (words.length > 0 && (fits(words[0] as Word, 0) || glued)) {
      const w = words.shift() as Word;
      let hardWrap = false;
      const available = width - lineWidth();
      if (w.text.length > 1 && w.width > available) {
        // The longest start of the word that fits (binary search on its length, as pdfmake did).
        let low = 1;
        let high = w.text.length;
        let best = 1;
        while (low <= high) {
          const mid = Math.floor((low + high) / 2);
          if (measure(w.font, w.text.slice(0, mid)) <= available) {
            best = mid;
            low = mid + 1;
          } else high = mid - 1;
        }
        if (best < w.text.length) {
          words.unshift({ ...w, text: w.text.slice(best), width: measure(w.font, w.text.slice(best)) });
          w.text = w.text.slice(0, best);
          w.width = measure(w.font, w.text);
          hardWrap = true;
        }
      }
      if (line.length === 0) leadingCut = w.leadingCut;
      line.push(w);
      inlineWidths += w.width;
      if (w.lineEnd) forced = true;
      glued = w.noNewLine && !hardWrap;
    }
    let x = -leadingCut;
    let height = 0;
    let ascender = 0;
    const runs: Run[] = line.map((w) => {
      const m = metricsOf(w.font);
      height = Math.max(height, m.lineHeight * style.size * style.lineHeight);
      ascender = Math.max(ascender, m.ascender * style.size);
      const run = { text: w.text, font: w.font, size: style.size, color: style.color, spacing: style.spacing, x, width: w.width };
      x += w.width;
      return run;
    });
    lines.push({ runs, width: lineWidth(), height, ascender, align: style.align });
  }
  return lines;
}
