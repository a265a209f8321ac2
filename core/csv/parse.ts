/**
 * RFC 4180 CSV reader, lenient where spreadsheets are: separator `;` (Excel in Italian), `,` or
 * tab; fields in double quotes with `""` for a quote and line breaks inside; CRLF, LF or CR.
 */

/** A field separator recognised by {@link parseCsv}. */
export type CsvSeparator = ';' | ',' | '\t';

/** Outcome of {@link parseCsv}. */
export interface ParsedCsv {
  /** The records, each a list of raw field values (quotes removed, line breaks inside kept). */
  readonly rows: string[][];
  /** For each record, the 1-based line of the file where it starts (quoted line breaks count). */
  readonly lines: number[];
  readonly separator: CsvSeparator;
  /** Start line of the record whose quotes are never closed: it swallowed the rest of the file. */
  readonly unclosedQuoteLine?: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Separators tried by detection; on a tie the first wins. */
const CANDIDATES: readonly CsvSeparator[] = [';', '\t', ','];
/** Records looked at to detect the separator. */
const SAMPLE = 30;

/** Line breaks (CRLF, LF or CR) in `text` between `from` and `to`. */
function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) n++;
  }
  return n;
}

function read(text: string, separator: CsvSeparator, limit: number): Omit<ParsedCsv, 'separator'> {
  const sep = separator.charCodeAt(0);
  const n = text.length;
  const rows: string[][] = [];
  const lines: number[] = [];
  let unclosedQuoteLine: number | undefined;
  let line = 1;
  let row: string[] = [];
  let i = 0;
  while (i < n && rows.length < limit) {
    if (row.length === 0) lines.push(line);
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      let buf = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          buf += text.slice(i);
          line += countBreaks(text, i, n);
          unclosedQuoteLine = lines[lines.length - 1];
          i = n;
          break;
        }
        buf += text.slice(i, q);
        line += countBreaks(text, i, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          buf += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // Text after the closing quote (not RFC 4180) is kept as written.
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === sep || c === LF || c === CR) break;
        j++;
      }
      field = j > i ? buf + text.slice(i, j) : buf;
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === sep || c === LF || c === CR) break;
        j++;
      }
      field = text.slice(i, j);
      i = j;
    }
    row.push(field);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    i++;
    if (c === sep) {
      if (i === n) row.push('');
      continue;
    }
    if (c === CR && text.charCodeAt(i) === LF) i++;
    line++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return unclosedQuoteLine === undefined ? { rows, lines } : { rows, lines, unclosedQuoteLine };
}

const isBlank = (row: readonly string[]): boolean => row.length === 1 && row[0] === '';

/**
 * The separator giving the most consistent number of fields (at least 2) over the first records,
 * separators inside quotes ignored; ties prefer `;`, then tab, then `,`. `;` when none fits.
 */
export function detectSeparator(text: string): CsvSeparator {
  let best: CsvSeparator = ';';
  let bestScore = -1;
  for (const sep of CANDIDATES) {
    const counts = read(text, sep, SAMPLE).rows.filter((r) => !isBlank(r)).map((r) => r.length);
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    let mode = 0;
    let modeFreq = 0;
    for (const [count, f] of freq) if (f > modeFreq || (f === modeFreq && count > mode)) [mode, modeFreq] = [count, f];
    if (mode < 2) continue;
    // Consistency first, then the number of columns.
    const score = (modeFreq / counts.length) * 1000 + Math.min(mode, 999);
    if (score > bestScore) [best, bestScore] = [sep, score];
  }
  return best;
}

/**
 * Parses CSV text (a leading BOM is ignored). The separator is detected unless given. A final line
 * break does not make an empty record; empty lines elsewhere give a record with one empty field.
 */
export function parseCsv(text: string, separator?: CsvSeparator): ParsedCsv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = separator ?? detectSeparator(body);
  return { ...read(body, sep, Infinity), separator: sep };
}
