import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, decodeWindows1252 } from './decode';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decodeCsvBytes(utf8('Qualità;Città\r\n'))).toEqual({ text: 'Qualità;Città\r\n', encoding: 'utf-8' });
  });

  it('reads UTF-8 with BOM and strips the BOM', () => {
    const { text, encoding } = decodeCsvBytes(fixture('banche-utf8-bom.csv'));
    expect(encoding).toBe('utf-8');
    expect(text.startsWith('Nome della banca dati;')).toBe(true);
    expect(text).toContain('Note sulla qualità dei dati');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const { text, encoding } = decodeCsvBytes(fixture('banche-windows-1252.csv'));
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Qualità');
    expect(text).toContain(';sì;');
    expect(text).toContain('Importi in € dell’IMU');
  });

  it('reads UTF-16LE with BOM (Excel "Testo Unicode")', () => {
    const text = 'Nome\tUfficio\r\nTributi\tRagioneria\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });

  it('reads empty input as empty UTF-8', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80-0x9F through the Windows-1252 table', () => {
    const text = decodeWindows1252(new Uint8Array([0x80, 0x81, 0x8a, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9f]));
    expect([...text].map((c) => c.codePointAt(0))).toEqual([0x20ac, 0x81, 0x160, 0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x178]);
  });

  it('maps 0x00-0x7F and 0xA0-0xFF to the same code points', () => {
    const bytes = new Uint8Array(256 - 32);
    let k = 0;
    for (let b = 0; b < 256; b++) if (b < 0x80 || b > 0x9f) bytes[k++] = b;
    const codes = [...decodeWindows1252(bytes)].map((c) => c.codePointAt(0));
    expect(codes).toEqual([...bytes]);
  });

  it('decodes inputs longer than one chunk', () => {
    const bytes = new Uint8Array(20_000).fill(0xe0);
    bytes[19_999] = 0x80;
    const text = decodeWindows1252(bytes);
    expect(text.length).toBe(20_000);
    expect(text.endsWith('à€')).toBe(true);
  });
});
