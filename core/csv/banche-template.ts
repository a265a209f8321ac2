/**
 * The inventory as CSV for Excel in Italian: UTF-8 with BOM, `;` separator, CRLF line ends,
 * Italian headers in schema order, choices as their Italian labels and booleans as «sì»/«no».
 */
import type { BancaDati } from '../generated/types';
import { BANCA_FIELDS, bancaFieldSpec, bancaFieldTitle, type BancaField } from './banche-fields';
import { guardFormula } from './banche-values';

const SEPARATOR = ';';
const EOL = '\r\n';
const BOM = '\uFEFF';

/** The example row of the template: a typical database of a Comune. */
export const BANCA_ESEMPIO: BancaDati = {
  id: 'banche-1',
  ente: 'capofila',
  nome: 'Anagrafe della popolazione residente',
  ufficio: 'Servizi demografici',
  contenuto: 'Dati anagrafici dei residenti e delle famiglie: nascite, morti, immigrazioni, emigrazioni e cambi di indirizzo.',
  sistema: 'Gestionale dei servizi demografici, allineato ad ANPR',
  fornitore: 'Fornitore del gestionale demografico',
  formato: 'database-relazionale',
  recordStimati: 12500,
  aggiornamento: 'giornaliero',
  datiPersonali: true,
  categorieParticolari: false,
  baseGiuridica: 'Art. 6, par. 1, lett. e) GDPR; D.P.R. 223/1989 (regolamento anagrafico)',
  qualita: 'Allineata quotidianamente con ANPR; indirizzi non ancora normalizzati sullo stradario comunale.',
  esposizione: 'pdnd',
  openData: 'parziale',
  licenza: 'CC BY 4.0',
};

/** A field value as cell text. */
function cellText(field: BancaField, value: BancaDati[BancaField]): string {
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (typeof value === 'number') return String(value);
  if (value === null) return '';
  const options = bancaFieldSpec(field).options;
  if (options !== undefined) return value === '' ? '' : (options[value] ?? value);
  return guardFormula(value);
}

/** A CSV field, quoted when it holds the separator, a quote or a line break. */
function quote(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: readonly string[]): string => cells.map(quote).join(SEPARATOR) + EOL;

/**
 * The inventory rows as CSV text (the ids are not exported), starting with a BOM: write it as
 * UTF-8. {@link previewBancheImport} reads it back to the same rows, with new ids.
 */
export function bancheToCsv(rows: readonly BancaDati[]): string {
  let out = BOM + line(BANCA_FIELDS.map(bancaFieldTitle));
  for (const row of rows) out += line(BANCA_FIELDS.map((f) => cellText(f, row[f])));
  return out;
}

/** The CSV template to fill in: the headers and the example row {@link BANCA_ESEMPIO}. */
export function bancheCsvTemplate(): string {
  return bancheToCsv([BANCA_ESEMPIO]);
}
