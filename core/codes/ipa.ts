/** Shape check of codici IPA (Indice dei domicili digitali della PA). */

const IPA_SHAPE = /^[a-z0-9][a-z0-9_]{1,19}$/i;

/**
 * Tells whether `value` has the shape of a codice IPA: 2 to 20 letters,
 * digits or underscores, starting with a letter or digit, case-insensitive
 * (e.g. `c_a662`, `r_puglia`). Surrounding spaces are ignored. The code is
 * not looked up in the Indice.
 */
export function checkCodiceIpa(value: string): boolean {
  return IPA_SHAPE.test(value.trim());
}
