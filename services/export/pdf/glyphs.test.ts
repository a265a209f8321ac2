import { describe, expect, it } from 'vitest';
import { fitText } from './glyphs';

describe('fitText', () => {
  it('leaves text that Titillium draws as it is', () => {
    const text = 'Città, perché più è già: «qualità» – 1.234,56 € · 100%\nnuova riga';
    expect(fitText(text)).toBe(text);
  });

  it('draws the characters Titillium lacks in the fallback font', () => {
    expect(fitText('accuratezza ≥ 95% (α)')).toEqual([
      { text: 'accuratezza ', fallback: false },
      { text: '≥', fallback: true },
      { text: ' 95% (', fallback: false },
      { text: 'α', fallback: true },
      { text: ')', fallback: false },
    ]);
  });

  it('replaces what no shipped font draws: the arrow of the model, then anything else with a question mark', () => {
    expect(fitText('48 → 25')).toBe('48 › 25');
    expect(fitText('ok 😀 ok')).toBe('ok ? ok');
  });

  it('turns tabs into spaces and drops other control characters', () => {
    expect(fitText('a\tb\u0007c\r\nd')).toBe('a bc\nd');
  });
});
