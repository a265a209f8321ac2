import { FALLBACK_FILES, FONT_FILES, familyCoverage } from './fonts';

/** A piece of text and the font family that draws it. */
export interface Segment {
  readonly text: string;
  readonly fallback: boolean;
}

/** Printable text: a plain string when the main font draws all of it, else its segments by font. */
export type FittedText = string | readonly Segment[];

/**
 * Characters that neither font draws, replaced by the nearest one Titillium has. The export model
 * writes "→" in the process table ("30 → 10"); no font shipped with the app has an arrow.
 */
const SUBSTITUTES: Readonly<Record<string, string>> = {
  '→': '›', '←': '‹', '⇒': '»', '⇐': '«', '↔': '‹›', '\u2011': '-',
};

interface Coverage {
  readonly main: Set<number>;
  readonly fallback: Set<number>;
  /** Matches any character the main font lacks: most texts need no further work. */
  readonly gap: RegExp;
}

let cached: Coverage | undefined;

function coverage(): Coverage {
  if (cached) return cached;
  const main = familyCoverage(FONT_FILES);
  const fallback = familyCoverage(FALLBACK_FILES);
  const hex = (cp: number): string => `\\u{${cp.toString(16)}}`;
  const ranges: string[] = [];
  const sorted = [...main].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    ranges.push(i === j ? hex(sorted[i] ?? 0) : `${hex(sorted[i] ?? 0)}-${hex(sorted[j] ?? 0)}`);
    i = j + 1;
  }
  // A line break is layout, not a glyph: the text is broken into lines before it is drawn.
  cached = { main, fallback, gap: new RegExp(`[^\\n${ranges.join('')}]`, 'u') };
  return cached;
}

/** How one character is drawn: in the main font, in the fallback font, or replaced. */
function place(ch: string, cov: Coverage): { text: string; fallback: boolean } {
  const cp = ch.codePointAt(0) ?? 0;
  if (ch === '\n' || cov.main.has(cp)) return { text: ch, fallback: false };
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return { text: ch === '\t' ? ' ' : '', fallback: false };
  if (cov.fallback.has(cp)) return { text: ch, fallback: true };
  const sub = SUBSTITUTES[ch];
  if (sub !== undefined && [...sub].every((c) => cov.main.has(c.codePointAt(0) ?? 0))) return { text: sub, fallback: false };
  // Emoji and rare scripts: a visible question mark rather than an invisible missing glyph.
  return { text: '?', fallback: false };
}

/**
 * Makes `text` printable with the embedded fonts: unchanged when Titillium has every character,
 * otherwise split into runs so that each character is drawn by a font that has its glyph.
 */
export function fitText(text: string): FittedText {
  const cov = coverage();
  if (!cov.gap.test(text)) return text;
  const runs: Segment[] = [];
  let current = '';
  let inFallback = false;
  const flush = (): void => {
    if (current) runs.push({ text: current, fallback: inFallback });
    current = '';
  };
  for (const ch of text) {
    const placed = place(ch, cov);
    if (placed.fallback !== inFallback) {
      flush();
      inFallback = placed.fallback;
    }
    current += placed.text;
  }
  flush();
  const [only] = runs;
  return runs.length === 0 ? '' : runs.length === 1 && only && !only.fallback ? only.text : runs;
}
