import { advances, textWidth } from './measure';

/**
 * Kerning and rounding may make a line slightly wider than the sum of its advances: lines are
 * filled to a little less than the column.
 */
export const SLACK = 0.985;

/** JavaScript's white space: what String.prototype.trimEnd removes. */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A letter after which a hyphen or slash may end a line: ASCII and Latin-1 letters. */
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0xff);

/**
 * The pieces of `text` between `start` and `end` that stay together, as [start, end) pairs: a word
 * with its trailing spaces, or up to a hyphen or slash inside a word. Indices, not strings: measuring
 * every cell of a large dossier would otherwise make millions of small strings.
 */
function tokenRanges(text: string, start: number, end: number, out: number[]): void {
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      while (i + 1 < end && text.charCodeAt(i + 1) === 0x20) i++;
      out.push(s, i + 1);
      s = i + 1;
    } else if ((c === 0x2d || c === 0x2f) && i > s && i + 1 < end && isLetter(text.charCodeAt(i + 1))) {
      out.push(s, i + 1);
      s = i + 1;
    }
  }
  if (s < end) out.push(s, end);
}

/** Pieces of a line of text that stay together: a word with its trailing spaces, or up to a hyphen or slash inside a word. */
export function breakTokens(line: string): string[] {
  const r: number[] = [];
  tokenRanges(line, 0, line.length, r);
  const tokens: string[] = [];
  for (let i = 0; i < r.length; i += 2) tokens.push(line.slice(r[i], r[i + 1]));
  return tokens;
}

/** The end of [start, end) without its trailing white space. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Sum of the advances (em) of text[start, end), in order, as textWidth adds them. */
function em(adv: Float64Array, text: string, start: number, end: number): number {
  let sum = 0;
  for (let i = start; i < end; i++) sum += adv[text.charCodeAt(i)] ?? 0;
  return sum;
}

/** The widest piece of `text` that breakLines keeps on one line, in points: the least width of its column. */
export function longestWordWidth(text: string, fontSize: number, bold = false): number {
  const adv = advances(bold);
  const r: number[] = [];
  let max = 0;
  for (let ls = 0; ls <= text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    r.length = 0;
    tokenRanges(text, ls, le, r);
    for (let i = 0; i < r.length; i += 2) {
      const s = r[i] ?? 0;
      max = Math.max(max, em(adv, text, s, trimmedEnd(text, s, r[i + 1] ?? s)) * fontSize);
    }
    ls = le + 1;
  }
  return max;
}

/**
 * Breaks `text` into the lines it takes in a column `width` points wide, greedily: at spaces, after
 * hyphens and slashes inside words, inside a word only when it is wider than the column; the text's
 * own line breaks are kept. Lines carry no trailing spaces. `slack` below 1 leaves room for
 * rounding in the column; 1 fills the line as a word processor does.
 */
export function breakLines(text: string, width: number, fontSize: number, bold = false, slack = SLACK): string[] {
  const limit = width * slack;
  const adv = advances(bold);
  const w = (s: number, e: number): number => em(adv, text, s, e) * fontSize;
  const lines: string[] = [];
  const r: number[] = [];
  const pushLine = (s: number, e: number): void => {
    lines.push(text.slice(s, trimmedEnd(text, s, e)));
  };
  for (let ps = 0; ps <= text.length; ) {
    let pe = text.indexOf('\n', ps);
    if (pe < 0) pe = text.length;
    if (w(ps, pe) <= limit) {
      pushLine(ps, pe);
      ps = pe + 1;
      continue;
    }
    r.length = 0;
    tokenRanges(text, ps, pe, r);
    // The line being filled is text[ls, le); empty when ls === le.
    let ls = ps;
    let le = ps;
    let used = 0;
    for (let i = 0; i < r.length; i += 2) {
      const ts = r[i] ?? 0;
      const te = r[i + 1] ?? ts;
      const we = trimmedEnd(text, ts, te);
      const wordWidth = w(ts, we);
      if (le > ls && used + wordWidth <= limit) {
        le = te;
        used += w(ts, te);
        continue;
      }
      if (le > ls) pushLine(ls, le);
      let start = ts;
      if (wordWidth > limit) {
        // A word wider than the column: cut by characters, each piece as long as fits.
        let partStart = ts;
        let partEm = 0;
        for (let j = ts; j < we; ) {
          const units = (text.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
          // The width of the piece with this character, summed in order as textWidth would.
          let withChar = partEm;
          for (let k = 0; k < units; k++) withChar += adv[text.charCodeAt(j + k)] ?? 0;
          if (j > partStart && withChar * fontSize > limit) {
            lines.push(text.slice(partStart, j));
            partStart = j;
            withChar = 0;
            for (let k = 0; k < units; k++) withChar += adv[text.charCodeAt(j + k)] ?? 0;
          }
          partEm = withChar;
          j += units;
        }
        start = partStart;
      }
      ls = start;
      le = te;
      used = w(ls, le);
    }
    pushLine(ls, le);
    ps = pe + 1;
  }
  return lines;
}

export { textWidth };
