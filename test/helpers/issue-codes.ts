// Typed assertions on issue codes: `expect(codes(doc)).toIncludeCodes(['POP_MANCANTE'])` fails `tsc`
// when a code is misspelt, where `toContain('POP_MANCATE')` would only fail (or pass!) at run time.
import { expect } from 'vitest';
import { isRuleCode, type IssueCode } from '../../core';

interface CodeMatchers<R = unknown> {
  /** Every one of these codes is in the list. */
  toIncludeCodes(codes: readonly IssueCode[]): R;
  /** None of these codes is in the list. */
  toExcludeCodes(codes: readonly IssueCode[]): R;
  /** The list is exactly these codes (in any order). */
  toEqualCodes(codes: readonly IssueCode[]): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends CodeMatchers<T> {}
}

const known = (c: string): boolean => isRuleCode(c) || c.startsWith('SCHEMA_');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

expect.extend({
  toIncludeCodes(received: unknown, codes: readonly string[]) {
    const missing = codes.filter((c) => !list(received).includes(c));
    return { pass: missing.length === 0 && codes.every(known), message: () => `codici mancanti: ${missing.join(', ')} (trovati: ${list(received).join(', ')})` };
  },
  toExcludeCodes(received: unknown, codes: readonly string[]) {
    const present = codes.filter((c) => list(received).includes(c));
    return { pass: present.length === 0, message: () => `codici presenti: ${present.join(', ')}` };
  },
  toEqualCodes(received: unknown, codes: readonly string[]) {
    const a = [...list(received)].sort();
    const b = [...codes].sort();
    return { pass: JSON.stringify(a) === JSON.stringify(b), message: () => `attesi ${b.join(', ') || '(nessuno)'}, trovati ${a.join(', ') || '(nessuno)'}` };
  },
});
