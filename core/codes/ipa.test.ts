import { describe, expect, it } from 'vitest';
import { checkCodiceIpa } from './ipa';

describe('checkCodiceIpa', () => {
  it.each(['c_a662', 'cmba', 'r_puglia', 'p_le', 'C_A662', '12', 'a'.repeat(20)])('accepts %j', (code) => {
    expect(checkCodiceIpa(code)).toBe(true);
  });

  it.each(['', 'c', '_cmba', 'c-a662', 'c a662', 'r.puglia', 'a'.repeat(21), 'città'])('rejects %j', (code) => {
    expect(checkCodiceIpa(code)).toBe(false);
  });
});
