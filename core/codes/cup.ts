/**
 * Shape check of the CUP (Codice Unico di Progetto). The CUP has no check
 * digit, so only its structure and the year of decision can be verified.
 */

/** Outcome of {@link checkCup}. */
export type CupCheck = { ok: true } | { ok: false; reason: 'formato' | 'anno-futuro' };

// 1st char: soggetto titolare; 4th: natura; 5th-6th: year of decision.
const CUP_SHAPE = /^[A-Z][A-Z0-9]{2}[A-Z]\d{2}[A-Z0-9]{9}$/;

/**
 * Checks a CUP (case-insensitive, surrounding spaces ignored): 15
 * characters A-Z/0-9, letters in positions 1 and 4, two digits in
 * positions 5-6 giving the year of decision (20yy), which must not be
 * later than the year of `now`.
 */
export function checkCup(value: string, now: Date): CupCheck {
  const code = value.trim().toUpperCase();
  if (!CUP_SHAPE.test(code)) return { ok: false, reason: 'formato' };
  const year = 2000 + Number(code.slice(4, 6));
  if (year > now.getFullYear()) return { ok: false, reason: 'anno-futuro' };
  return { ok: true };
}
