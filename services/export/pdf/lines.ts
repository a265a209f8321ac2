import { textWidth } from './measure';

/**
 * Kerning and rounding may make pdfkit measure a line slightly wider than the sum of its advances:
 * lines are filled to a little less than the column.
 */
export const SLACK = 0.985;

/** Pieces of a line of text that stay together: a word with its trailing spaces, or up to a hyphen or slash inside a word. */
export function breakTokens(line: string): string[] {
  const tokens: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ') {
      while (line[i + 1] === ' ') i++;
      tokens.push(line.slice(start, i + 1));
      start = i + 1;
    } else if ((c === '-' || c === '/') && i > start && /[A-Za-zÀ-ÿ]/.test(line[i + 1] ?? '')) {
      tokens.push(line.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < line.length) tokens.push(line.slice(start));
  return tokens;
}

/** The widest piece of `text` that breakLines keeps on one line, in points: the least width of its column. */
export function longestWordWidth(text: string, fontSize: number, bold = false): number {
  let max = 0;
  for (const line of text.split('\n')) {
    for (const token of breakTokens(line)) max = Math.max(max, textWidth(token.trimEnd(), fontSize, bold));
  }
  return max;
}

/** Splits a piece wider than the column by characters (a hash, a long address). */
function hardBreak(token: string, limit: number, fontSize: number, bold: boolean): string[] {
  const parts: string[] = [];
  let part = '';
  for (const ch of token) {
    if (part && textWidth(part + ch, fontSize, bold) > limit) {
      parts.push(part);
      part = '';
    }
    part += ch;
  }
  if (part) parts.push(part);
  return parts;
}

/**
 * Breaks `text` into the lines it takes in a column `width` points wide, greedily as pdfmake does:
 * at spaces, after hyphens and slashes inside words, inside a word only when it is wider than the
 * column; the text's own line breaks are kept. Lines carry no trailing spaces.
 *
 * pdfmake then lays out each line as one piece instead of word by word: the same text in the same
 * place, for a fraction of the work (pdfmake measures, positions and draws every piece separately).
 */
export function breakLines(text: string, width: number, fontSize: number, bold = false): string[] {
  const limit = width * SLACK;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (textWidth(paragraph, fontSize, bold) <= limit) {
      lines.push(paragraph.trimEnd());
      continue;
    }
    let line = '';
    let used = 0;
    for (const token of breakTokens(paragraph)) {
      const word = token.trimEnd();
      const wordWidth = textWidth(word, fontSize, bold);
      if (line && used + wordWidth <= limit) {
        line += token;
        used += textWidth(token, fontSize, bold);
        continue;
      }
      if (line) lines.push(line.trimEnd());
      line = '';
      used = 0;
      const pieces = wordWidth > limit ? hardBreak(word, limit, fontSize, bold) : [word];
      const last = pieces.pop() ?? '';
      // One by one: spreading a huge array into push() overflows the stack.
      for (const piece of pieces) lines.push(piece);
      line = last + token.slice(word.length);
      used = textWidth(line, fontSize, bold);
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
