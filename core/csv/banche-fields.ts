/**
 * The columns of the database inventory (`/dati/banche`) in CSV: order, Italian headers and the
 * header names accepted on import. Titles, options and limits come from the schema labels.
 */
import { FIELD_LABELS, ROW_TEMPLATES, type FieldLabel } from '../generated/labels';
import type { BancaDati } from '../generated/types';

/**
 * A column of the inventory CSV: every field of a row except the id and the owning body (rows are
 * imported for one body, the lead's by default: emptyBanca).
 */
export type BancaField = Exclude<keyof BancaDati, 'id' | 'ente'>;

/** The columns in schema order (a test checks it against the schema). */
export const BANCA_FIELDS: readonly BancaField[] = [
  'nome', 'ufficio', 'contenuto', 'sistema', 'fornitore', 'formato', 'recordStimati', 'aggiornamento',
  'datiPersonali', 'categorieParticolari', 'baseGiuridica', 'qualita', 'esposizione', 'openData', 'licenza',
];

/** The schema description of a column (title, kind, options, limits). */
export function bancaFieldSpec(field: BancaField): FieldLabel {
  return FIELD_LABELS[`/dati/banche/*/${field}`] ?? {};
}

/** The Italian header of a column: the schema title. */
export function bancaFieldTitle(field: BancaField): string {
  return bancaFieldSpec(field).title ?? field;
}

/** The columns that must be present and filled (`nome`, `ufficio`). */
export const REQUIRED_BANCA_FIELDS: readonly BancaField[] = BANCA_FIELDS.filter((f) => bancaFieldSpec(f).required === true);

/** A new row with every field at its default (`esposizione` "nessuna", `openData` "no", ...). */
export function emptyBanca(id: string): BancaDati {
  return { ...(ROW_TEMPLATES['/dati/banche'] as BancaDati), id };
}

/** Short header names accepted besides the schema title and the field key. */
const ALIASES: Readonly<Record<BancaField, readonly string[]>> = {
  nome: ['nome', 'nome banca dati', 'banca dati'],
  ufficio: ['ufficio', 'ufficio responsabile'],
  contenuto: ['contenuto', 'descrizione'],
  sistema: ['sistema', 'applicativo', 'sistema applicativo'],
  fornitore: ['fornitore'],
  formato: ['formato'],
  recordStimati: ['record', 'numero record', 'numero di record', 'record stimati'],
  aggiornamento: ['aggiornamento', 'frequenza'],
  datiPersonali: ['dati personali'],
  categorieParticolari: ['categorie particolari', 'categorie particolari di dati'],
  baseGiuridica: ['base giuridica'],
  qualita: ['qualità', 'qualità dei dati'],
  esposizione: ['esposizione'],
  openData: ['open data', 'dati aperti'],
  licenza: ['licenza'],
};

/**
 * Folds a header or value for comparison: accents removed, lower case, only letters and digits
 * kept (`"Qualità dei dati"` and `"qualita-dei-dati"` fold the same).
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

const HEADERS: ReadonlyMap<string, BancaField> = (() => {
  const map = new Map<string, BancaField>();
  for (const field of BANCA_FIELDS) {
    for (const name of [field, bancaFieldTitle(field), ...ALIASES[field]]) map.set(fold(name), field);
  }
  return map;
})();

/** The column a header names (case, accents, spaces and punctuation ignored), or null. */
export function fieldOfHeader(header: string): BancaField | null {
  return HEADERS.get(fold(header)) ?? null;
}

/** Every accepted header name of each column, folded (for tests and help texts). */
export function acceptedHeaders(): ReadonlyMap<string, BancaField> {
  return HEADERS;
}
