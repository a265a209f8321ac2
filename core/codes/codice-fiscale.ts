/**
 * Validation of Italian codici fiscali: the 11-digit numeric code of
 * entities (identical in form to a partita IVA) and the 16-character
 * code of natural persons.
 */

/** Outcome of a code check: the kind of subject on success, the reason on failure. */
export type CodeCheck =
  | { ok: true; kind: 'persona' | 'ente' }
  | { ok: false; reason: 'formato' | 'controllo' };

const NUMERIC_CF = /^\d{11}$/;

// Month letters are fixed by DM 23/12/1976; positions 7-8, 10-11 and 13-15
// hold digits or their omocodia substitutes.
const OMOCODIA_DIGIT = '[0-9LMNPQRSTUV]';
const PERSON_CF = new RegExp(
  `^[A-Z]{6}${OMOCODIA_DIGIT}{2}[ABCDEHLMPRST]${OMOCODIA_DIGIT}{2}[A-Z]${OMOCODIA_DIGIT}{3}[A-Z]$`,
);

/** Omocodia letters in the order of the digit they replace (L=0 … V=9). */
const OMOCODIA_LETTERS = 'LMNPQRSTUV';

/** Values of characters in odd (1-based) positions, indexed A..Z; digits map like A..J. */
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/**
 * Checks a codice fiscale (case-insensitive, surrounding spaces ignored).
 *
 * - 11 digits: codice fiscale numerico / partita IVA, verified with the
 *   partita IVA check digit; reported as `ente`.
 * - 16 characters: personal codice fiscale, verified with the official
 *   check character, omocodia substitutions accepted; reported as `persona`.
 *
 * @returns `formato` when the shape is wrong, `controllo` when the check character does not match.
 */
export function checkCodiceFiscale(value: string): CodeCheck {
  const code = value.trim().toUpperCase();
  if (NUMERIC_CF.test(code)) {
    return numericCheckDigit(code) === Number(code[10])
      ? { ok: true, kind: 'ente' }
      : { ok: false, reason: 'controllo' };
  }
  if (PERSON_CF.test(code) && hasPlausibleDay(code)) {
    return personCheckChar(code) === code[15]
      ? { ok: true, kind: 'persona' }
      : { ok: false, reason: 'controllo' };
  }
  return { ok: false, reason: 'formato' };
}

/** Check digit of an 11-digit partita IVA, computed on its first 10 digits. */
function numericCheckDigit(code: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const digit = Number(code[i]);
    if (i % 2 === 0) {
      sum += digit;
    } else {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
  }
  return (10 - (sum % 10)) % 10;
}

/** Check character of a 16-character codice fiscale, computed on its first 15 characters. */
function personCheckChar(code: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const index = alphanumericIndex(code.charAt(i));
    // i is 0-based, so even i is an odd position in the official numbering.
    sum += i % 2 === 0 ? (ODD_VALUES[index] ?? 0) : index;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Maps 0-9 to 0-9 and A-Z to 0-25, as both official tables do. */
function alphanumericIndex(char: string): number {
  const c = char.charCodeAt(0);
  return c <= 57 ? c - 48 : c - 65;
}

/** Day of birth must be 1-31 (men) or 41-71 (women) once omocodia is undone. */
function hasPlausibleDay(code: string): boolean {
  const day = Number(decodeOmocodia(code.slice(9, 11)));
  return (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
}

function decodeOmocodia(chars: string): string {
  return chars.replace(/[LMNPQRSTUV]/g, (letter) => String(OMOCODIA_LETTERS.indexOf(letter)));
}
