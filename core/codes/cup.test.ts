import { describe, expect, it } from 'vitest';
import { checkCup } from './cup';

const now = new Date(2025, 5, 15);

describe('checkCup', () => {
  it.each(['C99B25000020006', 'J89B25000120006', ' j89b25000120006 '])('accepts %j', (code) => {
    expect(checkCup(code, now)).toEqual({ ok: true });
  });

  it('accepts a decision year up to the current one', () => {
    expect(checkCup('C99B24000020006', now)).toEqual({ ok: true });
    expect(checkCup('C99B00000020006', now)).toEqual({ ok: true });
  });

  it('rejects a decision year after the current one', () => {
    expect(checkCup('C99B26000020006', now)).toEqual({ ok: false, reason: 'anno-futuro' });
    expect(checkCup('C99B26000020006', new Date(2026, 0, 1))).toEqual({ ok: true });
  });

  it.each([
    '',
    'C99B2500002000', // 14 characters
    'C99B250000200066', // 16 characters
    '199B25000020006', // 1st character not a letter
    'C9912500002000', // 4th character not a letter
    'C991250000200066',
    'C99BA5000020006', // year not numeric
    'C99B25000020-06',
    'C99B 5000020006',
  ])('rejects %j as formato', (code) => {
    expect(checkCup(code, now)).toEqual({ ok: false, reason: 'formato' });
  });
});
