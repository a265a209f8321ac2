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
  /** 1 for each BMP code point that every face of Titillium draws: most texts need no further work. */
  readonly main: Uint8Array;
  /** The same for Roboto, read only when a text needs it (rarely: ≥, Greek letters…). */
  fallback(): Set<number>;
}

let cached: Coverage | undefined;

function coverage(): Coverage {
  if (cached) return cached;
  const main = new Uint8Array(0x10000);
  for (const cp of familyCoverage(FONT_FILES)) if (cp < 0x10000) main[cp] = 1;
  let fallback: Set<number> | undefined;
  cached = { main, fallback: () => (fallback ??= familyCoverage(FALLBACK_FILES)) };
  return cached;
}

const inMain = (cov: Coverage, cp: number): boolean => cp < 0x10000 && cov.main[cp] === 1;

/** Whether Titillium draws every character of `text` (line breaks are layout, not glyphs). */
function allInMain(text: string, cov: Coverage): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && cov.main[c] !== 1) return false;
  }
  return true;
}

/** How one character is drawn: in the main font, in the fallback font, or replaced. */
function place(ch: string, cov: Coverage): { text: string; fallback: boolean } {
  const cp = ch.codePointAt(0) ?? 0;
  if (ch === '\n' || inMain(cov, cp)) return { text: ch, fallback: false };
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return { text: ch === '\t' ? ' ' : '', fallback: false };
  if (cov.fallback().has(cp)) return { text: ch, fallback: true };
  const sub = SUBSTITUTES[ch];
  if (sub !== undefined && [...sub].every((c) => inMain(cov, c.codePointAt(0) ?? 0))) return { text: sub, fallback: false };
  // Emoji and rare scripts: a visible question mark rather than an invisible missing glyph.
  return { text: '?', fallback: false };
}

/**
 * Makes `text` printable with the embedded fonts: unchanged when Titillium has every character,
 * otherwise split into runs so that each character is drawn by a font that has its glyph.
 */
export function fitText(text: string): FittedText {
  const cov = coverage();
  // Surrogates are never in the table: a character outside the BMP goes the slow way.
  if (allInMain(text, cov)) return text;
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
