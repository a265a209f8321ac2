/** CSV import and export of the database inventory (component a). */
export { decodeCsvBytes, decodeWindows1252, type CsvEncoding } from './decode';
export { detectSeparator, parseCsv, type CsvSeparator, type ParsedCsv } from './parse';
export { BANCA_FIELDS, REQUIRED_BANCA_FIELDS, bancaFieldTitle, fieldOfHeader, type BancaField } from './banche-fields';
export type { ImportReason } from './banche-values';
export {
  MAX_BANCHE, previewBancheImport, previewBancheImportBytes, type ExistingBanca, type ImportOptions, type ImportPreview,
} from './banche-import';
export { BANCA_ESEMPIO, bancheCsvTemplate, bancheToCsv } from './banche-template';
