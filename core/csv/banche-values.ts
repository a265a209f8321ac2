/**
 * Cell text to field value for the inventory CSV, with the Italian reason when the text is not
 * acceptable. Every check follows the schema labels (kind, options, maximum length, range).
 */
import { formatInteger, parseItalianNumber } from '../derive/number-text';
import type { BancaDati } from '../generated/types';
import { bancaFieldSpec, bancaFieldTitle, emptyBanca, fold, type BancaField } from './banche-fields';

/** Why a row or a file is not imported. `code` is stable; `message` is Italian and says what to do. */
export interface ImportReason {
  readonly code: string;
  readonly field?: BancaField;
  readonly message: string;
}

/** A cell turned into a value, or why it cannot be. */
export type CellResult = { ok: true; value: BancaDati[BancaField] } | { ok: false; reason: ImportReason };

const TRUE_WORDS = new Set(['si', 's', 'x', 'true', '1', 'vero']);
const FALSE_WORDS = new Set(['', 'no', 'n', 'false', '0', 'falso']);

/** Start of a text a spreadsheet would read as a formula (see {@link guardFormula}); guarded ones too. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Prefixes `'` to a text a spreadsheet would run as a formula (CSV injection); undone on import. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Cell text as stored: line breaks as `\n`, surrounding spaces and a formula guard `'` removed. */
export function cleanCell(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Length as JSON Schema counts it (code points), computed only when it may exceed `max`. */
function tooLong(text: string, max: number): number | null {
  if (text.length <= max) return null;
  const n = [...text].length;
  return n > max ? n : null;
}

const q = (s: string): string => `«${s}»`;
const fmt = formatInteger;

function invalid(field: BancaField, message: string): CellResult {
  return { ok: false, reason: { code: 'CSV_VALORE_NON_VALIDO', field, message } };
}

/**
 * Converts the cleaned text of a cell (see {@link cleanCell}) to the value of `field`. Empty text
 * gives the field default (`""`, `null`, `false`, `nessuna`, `no`), except for required fields.
 */
export function convertCell(field: BancaField, text: string): CellResult {
  const spec = bancaFieldSpec(field);
  const title = bancaFieldTitle(field);
  switch (spec.kind) {
    case 'boolean': {
      const word = fold(text);
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return invalid(field, `Il campo ${q(title)} contiene ${q(text)}: scrivi «sì» o «no» (oppure lascia vuoto per «no»).`);
    }
    case 'integer': {
      if (text === '') return { ok: true, value: null };
      // Italian integers as the editor reads them: `12500`, `12.500`, `12 500`, `12.500,00`.
      const parsed = parseItalianNumber(text);
      const n = typeof parsed === 'number' && Number.isInteger(parsed) && parsed >= 0 ? parsed : NaN;
      const min = spec.minimum ?? 0;
      const max = spec.maximum ?? Number.MAX_SAFE_INTEGER;
      if (Number.isNaN(n)) {
        return invalid(field, `Il campo ${q(title)} contiene ${q(text)}: scrivi un numero intero senza decimali, ad esempio 12500 o 12.500, oppure lascia vuoto.`);
      }
      if (n < min || n > max) return invalid(field, `Il campo ${q(title)} deve essere un numero tra ${fmt(min)} e ${fmt(max)}: correggi ${q(text)}.`);
      return { ok: true, value: n };
    }
    case 'choice': {
      const options = spec.options ?? {};
      const key = fold(text);
      if (key === '') return { ok: true, value: emptyBanca('')[field] };
      for (const [code, label] of Object.entries(options)) {
        if (code !== '' && (fold(code) === key || fold(label) === key)) return { ok: true, value: code as BancaDati[BancaField] };
        if (code === '' && fold(label) === key) return { ok: true, value: '' };
      }
      const allowed = Object.entries(options).filter(([code]) => code !== '').map(([, label]) => q(label)).join(', ');
      return invalid(field, `Il campo ${q(title)} contiene ${q(text)}, che non è tra i valori ammessi: scrivi uno tra ${allowed}, oppure lascia vuoto.`);
    }
    default: {
      if (text === '' && spec.required === true) {
        return { ok: false, reason: { code: 'CSV_CAMPO_OBBLIGATORIO', field, message: `Il campo ${q(title)} è obbligatorio: compilalo nel file e importalo di nuovo.` } };
      }
      const length = spec.maxLength === undefined ? null : tooLong(text, spec.maxLength);
      if (length !== null) {
        const message = `Il campo ${q(title)} ha ${fmt(length)} caratteri, oltre il massimo di ${fmt(spec.maxLength ?? 0)}: accorcia il testo nel file e importalo di nuovo.`;
        return { ok: false, reason: { code: 'CSV_TROPPO_LUNGO', field, message } };
      }
      return { ok: true, value: text };
    }
  }
}
