/**
 * Preview of a CSV import into the database inventory (`/dati/banche`). Nothing is applied here:
 * the UI shows the preview and adds `accepted` to the document only when the officer confirms.
 */
import type { BancaDati } from '../generated/types';
import { decodeCsvBytes, type CsvEncoding } from './decode';
import { parseCsv, type CsvSeparator } from './parse';
import {
  BANCA_FIELDS, REQUIRED_BANCA_FIELDS, bancaFieldTitle, emptyBanca, fieldOfHeader, fold, type BancaField,
} from './banche-fields';
import { cleanCell, convertCell, type ImportReason } from './banche-values';

/** Rows an inventory may hold: `maxItems` of `/dati/banche` in the schema. */
export const MAX_BANCHE = 5000;

/** Header rows looked for among the first non-empty records (a title line may precede it). */
const HEADER_SEARCH = 10;

/** What an import would do. */
export interface ImportPreview {
  /** Each column of the header row, with the field it fills (null: ignored). */
  readonly columns: Array<{ header: string; field: BancaField | null }>;
  /** Non-empty headers that name no field: their columns are ignored. */
  readonly unknownHeaders: string[];
  /** Required fields (`nome`, `ufficio`) with no column: then nothing is accepted. */
  readonly missingRequired: BancaField[];
  /** Problems of the whole file (CSV_VUOTO, CSV_COLONNE_MANCANTI, CSV_COLONNA_DUPLICATA, CSV_NESSUNA_RIGA). */
  readonly errors: ImportReason[];
  /** 1-based line of the header row; null when the file has no content. */
  readonly headerLine: number | null;
  /**
   * Rows ready to add, each with a fresh id, and the line of the file where each starts; `notes` say
   * which values could not be read and were left empty (the row is imported all the same).
   */
  readonly accepted: Array<{ line: number; row: BancaDati; notes: ImportReason[] }>;
  /** Rows not imported, and why. */
  readonly rejected: Array<{ line: number; reasons: ImportReason[] }>;
  /** Lines of empty rows (no value in any cell): skipped without being rejected. */
  readonly skippedEmptyLines: number[];
  readonly separator: CsvSeparator;
  /** How the bytes were decoded (only from {@link previewBancheImportBytes}). */
  readonly encoding?: CsvEncoding;
}

/** Options of {@link previewBancheImport}. */
export interface ImportOptions {
  /** Most data rows to take; never more than the room left in the inventory ({@link MAX_BANCHE} in all). */
  readonly maxRows?: number;
}

const q = (s: string): string => `«${s}»`;
const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/** Index of the header row: the first (of the first few non-empty) naming every required field. */
function findHeader(rows: readonly string[][]): number {
  let first = -1;
  let seen = 0;
  for (let i = 0; i < rows.length && seen < HEADER_SEARCH; i++) {
    const row = rows[i] ?? [];
    if (isBlank(row)) continue;
    if (first === -1) first = i;
    seen++;
    const fields = new Set(row.map(fieldOfHeader));
    if (REQUIRED_BANCA_FIELDS.every((f) => fields.has(f))) return i;
  }
  return first;
}

/** Issues ids `banche-1`, `banche-2`, ... skipping those in use. */
function idMaker(existingIds: readonly string[]): () => string {
  const used = new Set(existingIds);
  let n = 1;
  return () => {
    while (used.has(`banche-${n}`)) n++;
    const id = `banche-${n}`;
    used.add(id);
    return id;
  };
}

function columnErrors(columns: ImportPreview['columns'], missing: readonly BancaField[]): ImportReason[] {
  const errors: ImportReason[] = [];
  if (missing.length > 0) {
    const names = missing.map((f) => q(bancaFieldTitle(f))).join(' e ');
    const message = `Manca la colonna ${names}: aggiungila alla riga di intestazione (puoi partire dal modello scaricabile) e importa di nuovo il file.`;
    errors.push({ code: 'CSV_COLONNE_MANCANTI', message });
  }
  for (const field of BANCA_FIELDS) {
    const same = columns.filter((c) => c.field === field);
    if (same.length < 2) continue;
    const names = same.map((c) => q(c.header)).join(', ');
    errors.push({ code: 'CSV_COLONNA_DUPLICATA', field, message: `Le colonne ${names} indicano lo stesso campo ${q(bancaFieldTitle(field))}: tienine una sola e importa di nuovo il file.` });
  }
  return errors;
}

/**
 * Reads CSV text (separator detected) into rows of the inventory. The header row maps columns to
 * fields by Italian title, short alias or field key (case, accents and spaces ignored); unknown
 * columns are ignored and reported. Each data row is accepted with a fresh id `banche-N` (not in
 * `existingIds`) or rejected with every reason found. Empty rows are skipped, not rejected.
 */
/** What an import compares with: the databases already in the inventory. */
export type ExistingBanca = Pick<BancaDati, 'id' | 'nome' | 'ufficio'>;

/** The same database: same name in the same office, whatever the case, accents and spaces. */
const sameDatabase = (b: Pick<BancaDati, 'nome' | 'ufficio'>): string => `${fold(b.nome)}\u0001${fold(b.ufficio)}`;

export function previewBancheImport(text: string, existing: readonly ExistingBanca[], options: ImportOptions = {}): ImportPreview {
  const existingIds = existing.map((b) => b.id);
  const known = new Map(existing.map((b, i) => [sameDatabase(b), `riga ${i + 1} dell'inventario`]));
  const parsed = parseCsv(text);
  const headerIndex = findHeader(parsed.rows);
  const preview: ImportPreview = {
    columns: [], unknownHeaders: [], missingRequired: [], errors: [], headerLine: null,
    accepted: [], rejected: [], skippedEmptyLines: [], separator: parsed.separator,
  };
  if (headerIndex === -1) {
    preview.errors.push({ code: 'CSV_VUOTO', message: 'Il file non contiene dati: scarica il modello, compilalo con una riga per banca dati e importalo.' });
    return preview;
  }
  const columns = (parsed.rows[headerIndex] ?? []).map((h) => ({ header: h.trim(), field: fieldOfHeader(h) }));
  const missing = REQUIRED_BANCA_FIELDS.filter((f) => !columns.some((c) => c.field === f));
  const result: ImportPreview = {
    ...preview,
    columns,
    unknownHeaders: columns.filter((c) => c.field === null && c.header !== '').map((c) => c.header),
    missingRequired: missing,
    errors: columnErrors(columns, missing),
    headerLine: parsed.lines[headerIndex] ?? null,
  };
  if (result.errors.length > 0) return result;

  // The inventory holds at most MAX_BANCHE rows: an import takes only the room left.
  const limit = Math.max(0, Math.min(options.maxRows ?? MAX_BANCHE, MAX_BANCHE - existingIds.length));
  const overLimit: ImportReason = {
    code: 'CSV_TROPPE_RIGHE',
    message: `La riga supera il limite di ${limit} banche dati importabili (l'inventario ne ammette al massimo ${MAX_BANCHE}): accorpa le banche dati simili o togli quelle meno rilevanti e importa di nuovo.`,
  };
  const nextId = idMaker(existingIds);
  let dataRows = 0;
  for (let r = headerIndex + 1; r < parsed.rows.length; r++) {
    const cells = parsed.rows[r] ?? [];
    const line = parsed.lines[r] ?? 0;
    if (isBlank(cells)) {
      result.skippedEmptyLines.push(line);
      continue;
    }
    if (++dataRows > limit) {
      result.rejected.push({ line, reasons: [overLimit] });
      continue;
    }
    const reasons: ImportReason[] = [];
    if (parsed.unclosedQuoteLine === line) {
      reasons.push({ code: 'CSV_VIRGOLETTE_APERTE', message: 'Le virgolette aperte in questa riga non vengono mai chiuse, quindi il resto del file è stato letto come un solo valore: chiudi le virgolette e importa di nuovo il file.' });
    }
    if (cells.slice(columns.length).some((c) => c.trim() !== '')) {
      const message = `La riga ha ${cells.length} valori ma l'intestazione ha ${columns.length} colonne: racchiudi tra virgolette i testi che contengono il separatore ${q(parsed.separator === '\t' ? 'tabulazione' : parsed.separator)} e importa di nuovo il file.`;
      reasons.push({ code: 'CSV_NUMERO_COLONNE', message });
    }
    const row = emptyBanca('');
    const notes: ImportReason[] = [];
    columns.forEach((column, c) => {
      if (column.field === null) return;
      const cell = convertCell(column.field, cleanCell(cells[c] ?? ''));
      if (cell.ok) (row as unknown as Record<BancaField, unknown>)[column.field] = cell.value;
      // A value that cannot be read leaves the field empty: one odd cell does not cost the whole row.
      else if (cell.reason.code === 'CSV_VALORE_NON_VALIDO') notes.push({ ...cell.reason, message: `${cell.reason.message} Il campo è stato lasciato vuoto: completalo nell'inventario.` });
      else reasons.push(cell.reason);
    });
    const duplicateOf = reasons.length === 0 ? known.get(sameDatabase(row)) : undefined;
    if (duplicateOf) {
      reasons.push({ code: 'CSV_GIA_PRESENTE', message: `La banca dati ${q(row.nome)} dell'ufficio ${q(row.ufficio)} è già presente (${duplicateOf}): non viene importata di nuovo.` });
    }
    if (reasons.length > 0) result.rejected.push({ line, reasons });
    else {
      known.set(sameDatabase(row), `riga ${line} del file`);
      result.accepted.push({ line, row: { ...row, id: nextId() }, notes });
    }
  }
  if (dataRows === 0) {
    result.errors.push({ code: 'CSV_NESSUNA_RIGA', message: "Il file contiene solo l'intestazione: aggiungi una riga per ogni banca dati e importa di nuovo il file." });
  }
  return result;
}

/** {@link previewBancheImport} of file bytes, decoded as UTF-8 or Windows-1252 (see {@link decodeCsvBytes}). */
export function previewBancheImportBytes(bytes: Uint8Array, existing: readonly ExistingBanca[], options: ImportOptions = {}): ImportPreview {
  const { text, encoding } = decodeCsvBytes(bytes);
  return { ...previewBancheImport(text, existing, options), encoding };
}
