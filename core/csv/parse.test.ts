import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv } from './parse';

describe('parseCsv: separators', () => {
  it('detects `;` (Excel in Italian), even with commas inside values', () => {
    const r = parseCsv('nome;contenuto\nTributi;IMU, TARI e TASI\nProtocollo;Registro, fascicoli\n');
    expect(r.separator).toBe(';');
    expect(r.rows).toEqual([['nome', 'contenuto'], ['Tributi', 'IMU, TARI e TASI'], ['Protocollo', 'Registro, fascicoli']]);
  });

  it('detects `,` and ignores `;` inside quotes', () => {
    const r = parseCsv('nome,contenuto\nTributi,"IMU; TARI"\nProtocollo,Registro\n');
    expect(r.separator).toBe(',');
    expect(r.rows[1]).toEqual(['Tributi', 'IMU; TARI']);
  });

  it('detects tab', () => {
    expect(parseCsv('a\tb\tc\n1\t2\t3\n').separator).toBe('\t');
  });

  it('prefers the separator with a consistent column count', () => {
    // `,` gives 2, 3, 2 fields; `;` gives 3 on every line.
    expect(detectSeparator('a;b;c\nx, y;z;w\n1;2;3, 4\n')).toBe(';');
  });

  it('defaults to `;` for a single column', () => {
    expect(detectSeparator('nome\nTributi\n')).toBe(';');
    expect(detectSeparator('')).toBe(';');
  });

  it('uses a given separator', () => {
    expect(parseCsv('a;b,c\n', ',').rows).toEqual([['a;b', 'c']]);
  });
});

describe('parseCsv: fields and lines', () => {
  it('reads quotes, "" escapes and line breaks inside quotes, counting lines', () => {
    const r = parseCsv('n;t\r\nA;"riga 1\r\nriga 2\nriga 3"\r\nB;"dice ""sì"""\r\nC;"x;y"\r\n');
    expect(r.rows).toEqual([['n', 't'], ['A', 'riga 1\r\nriga 2\nriga 3'], ['B', 'dice "sì"'], ['C', 'x;y']]);
    expect(r.lines).toEqual([1, 2, 5, 6]);
  });

  it('accepts CRLF, LF and CR line ends', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const r = parseCsv(`a;b${eol}1;2${eol}3;4${eol}`);
      expect(r.rows).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
      expect(r.lines).toEqual([1, 2, 3]);
    }
  });

  it('ignores the final line break but keeps empty lines in between', () => {
    const r = parseCsv('a;b\n\n1;2\n');
    expect(r.rows).toEqual([['a', 'b'], [''], ['1', '2']]);
    expect(r.lines).toEqual([1, 2, 3]);
    expect(parseCsv('a;b\n1;2').rows).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('keeps empty fields, also after a final separator', () => {
    expect(parseCsv('a;b;c\n;;\n1;;').rows).toEqual([['a', 'b', 'c'], ['', '', ''], ['1', '', '']]);
  });

  it('ignores a leading BOM', () => {
    expect(parseCsv('\uFEFFnome;ufficio\n').rows).toEqual([['nome', 'ufficio']]);
  });

  it('keeps text after a closing quote and quotes inside unquoted fields', () => {
    expect(parseCsv('a;b\n"x"y;5" monitor\n').rows[1]).toEqual(['xy', '5" monitor']);
  });

  it('reports a quote never closed', () => {
    const r = parseCsv('a;b\n1;2\n3;"aperto\n4;5\n');
    expect(r.unclosedQuoteLine).toBe(3);
    expect(r.rows).toEqual([['a', 'b'], ['1', '2'], ['3', 'aperto\n4;5\n']]);
    expect(parseCsv('a;b\n').unclosedQuoteLine).toBeUndefined();
  });

  it('returns nothing for empty text', () => {
    expect(parseCsv('')).toEqual({ rows: [], lines: [], separator: ';' });
  });

  it('parses 10,000 rows', () => {
    const lines = ['nome;ufficio;contenuto;record'];
    for (let i = 1; i <= 10_000; i++) lines.push(`Banca ${i};Ufficio ${i % 40};"Testo con ; e ""virgolette""\nsu due righe";${i}`);
    const r = parseCsv(lines.join('\r\n') + '\r\n');
    expect(r.separator).toBe(';');
    expect(r.rows.length).toBe(10_001);
    expect(r.rows[10_000]).toEqual(['Banca 10000', 'Ufficio 0', 'Testo con ; e "virgolette"\nsu due righe', '10000']);
    expect(r.lines[10_000]).toBe(1 + 2 * 10_000 - 1);
  });
});
