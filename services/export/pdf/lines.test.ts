import { describe, expect, it } from 'vitest';
import { breakLines, breakTokens } from './lines';
import { textWidth } from './measure';

const text =
  'Gestionali demografici dei quattro Comuni, integrati con ANPR – Tre fornitori diversi di gestionali demografici; portale impresainungiorno.gov.it e fogli di calcolo.';

describe('breakLines', () => {
  it('breaks a word into hundreds of thousands of pieces without overflowing the stack', () => {
    // Spreading the pieces into push() threw RangeError past about 120,000 of them.
    const word = 'W'.repeat(400_000);
    const lines = breakLines(word, 4, 8);
    expect(lines.length).toBeGreaterThan(150_000);
    expect(lines.join('')).toBe(word);
  });

  it('fills each line up to the width and loses no word', () => {
    for (const width of [60, 120, 300]) {
      const lines = breakLines(text, width, 8);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(textWidth(line, 8)).toBeLessThanOrEqual(width);
      // At 60 points "impresainungiorno.gov.it" is wider than the column and is cut inside.
      if (width === 60) expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      else expect(lines.join(' ')).toBe(text);
      // Greedy: the first word of a line did not fit on the line before.
      for (let i = 1; i < lines.length; i++) {
        const first = (lines[i] ?? '').split(/(?<=[ /-])/)[0]?.trimEnd() ?? '';
        const joined = (lines[i - 1] ?? '').endsWith('/') || (lines[i - 1] ?? '').endsWith('-') ? `${lines[i - 1]}${first}` : `${lines[i - 1]} ${first}`;
        expect(textWidth(joined, 8)).toBeGreaterThan(width * 0.985);
      }
    }
  });

  it('keeps a text that fits on one line, and the line breaks of the text', () => {
    expect(breakLines('Sì', 50, 8)).toEqual(['Sì']);
    expect(breakLines('prima riga\n\nterza riga  ', 200, 8)).toEqual(['prima riga', '', 'terza riga']);
  });

  it('breaks inside a word only when the word is wider than the column', () => {
    const hash = 'a'.repeat(64);
    const lines = breakLines(`sha ${hash}`, 80, 8);
    expect(lines[0]).toBe('sha');
    expect(lines.slice(1).join('')).toBe(hash);
    for (const line of lines) expect(textWidth(line, 8)).toBeLessThanOrEqual(80);
  });

  it('may break after a hyphen or a slash between letters, not in numbers', () => {
    expect(breakTokens('AS-IS e PR 2021-2027 allegati/delibera.pdf')).toEqual(['AS-', 'IS ', 'e ', 'PR ', '2021-2027 ', 'allegati/', 'delibera.pdf']);
  });
});
