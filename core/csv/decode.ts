/**
 * Bytes of a CSV file to text. Spreadsheets save CSV as UTF-8 (often with a BOM) or, in Excel
 * for Windows in Italian, as Windows-1252; "Testo Unicode" exports are UTF-16LE with a BOM.
 */

/** The encoding a CSV file was read with. */
export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le';

// core/ is compiled without DOM or Node types: the one API used here, declared locally.
declare const TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => {
  decode(input: Uint8Array): string;
};

/** Code points of the bytes 0x80-0x9F in Windows-1252; the five undefined bytes keep their C1 value (as in WHATWG). */
const CP1252_80_9F = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes Windows-1252: 0x00-0x7F and 0xA0-0xFF are the same code points, 0x80-0x9F use the table. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const codes = new Array<number>(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? (CP1252_80_9F[b - 0x80] ?? b) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * Decodes a CSV file: UTF-16LE when it starts with the UTF-16LE BOM; UTF-8 (BOM removed) when the
 * bytes are valid UTF-8; otherwise Windows-1252, which can decode any byte sequence.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
