import { describe, expect, it } from 'vitest';
import { MAX_BANCHE, previewBancheImport, type ImportPreview } from './banche-import';

const codes = (p: ImportPreview): string[][] => p.rejected.map((r) => r.reasons.map((x) => x.code));

describe('previewBancheImport: rejections', () => {
  it('rejects each bad row with stable codes, fields and the 1-based line', () => {
    const csv = [
      'nome;ufficio;formato;record;dati personali;licenza;contenuto',
      ';Ragioneria;;;;;', // 2: nome empty
      `A;B;;;;${'x'.repeat(201)};`, // 3: licenza too long
      `A;B;;;;;${'é'.repeat(4001)}`, // 4: contenuto too long
      'A;B;cartaceo;;;;', // 5: bad enum
      'A;B;;circa 100;;;', // 6: bad number
      'A;B;;12,5;;;', // 7: decimals
      'A;B;;100.000.001;;;', // 8: out of range
      'A;B;;-3;;;', // 9: negative
      'A;B;;;forse;;', // 10: bad boolean
      'A;B;;;;;;extra', // 11: more values than columns
      ';;;;;;', // 12: empty, skipped
      'A;B;;;;;;;', // 13: extra empty cells are fine
      'A;;archivio;12.3;boh;;', // 14: several reasons
    ].join('\n');
    const p = previewBancheImport(csv, []);
    expect(p.rejected.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14]);
    expect(codes(p)).toEqual([
      ['CSV_CAMPO_OBBLIGATORIO'], ['CSV_TROPPO_LUNGO'], ['CSV_TROPPO_LUNGO'], ['CSV_VALORE_NON_VALIDO'], ['CSV_VALORE_NON_VALIDO'],
      ['CSV_VALORE_NON_VALIDO'], ['CSV_VALORE_NON_VALIDO'], ['CSV_VALORE_NON_VALIDO'], ['CSV_VALORE_NON_VALIDO'], ['CSV_NUMERO_COLONNE'],
      ['CSV_CAMPO_OBBLIGATORIO', 'CSV_VALORE_NON_VALIDO', 'CSV_VALORE_NON_VALIDO', 'CSV_VALORE_NON_VALIDO'],
    ]);
    expect(p.rejected.map((r) => r.reasons.map((x) => x.field ?? null))).toEqual([
      ['nome'], ['licenza'], ['contenuto'], ['formato'], ['recordStimati'], ['recordStimati'], ['recordStimati'], ['recordStimati'],
      ['datiPersonali'], [null], ['ufficio', 'formato', 'recordStimati', 'datiPersonali'],
    ]);
    expect(p.rejected.every((r) => r.reasons.every((x) => x.message.length > 0))).toBe(true);
    expect(p.skippedEmptyLines).toEqual([12]);
    expect(p.accepted.map((a) => [a.line, a.row.id])).toEqual([[13, 'banche-1']]);
  });

  it('accepts text at the maximum length (code points, as the schema counts)', () => {
    const p = previewBancheImport(`nome;ufficio\n${'😀'.repeat(200)};B\n`, []);
    expect(p.accepted).toHaveLength(1);
  });

  it('rejects the row whose quotes are never closed', () => {
    const p = previewBancheImport('nome;ufficio;contenuto\nA;B;ok\nC;D;"aperto\nE;F;x\n', []);
    expect(p.accepted.map((a) => a.line)).toEqual([2]);
    expect(p.rejected).toMatchObject([{ line: 3, reasons: [{ code: 'CSV_VIRGOLETTE_APERTE' }] }]);
  });

  it('rejects the data rows beyond 5,000 (empty rows not counted)', () => {
    const lines = ['nome;ufficio', ';'];
    for (let i = 1; i <= MAX_BANCHE + 3; i++) lines.push(`Banca ${i};Ufficio`);
    const p = previewBancheImport(lines.join('\r\n'), []);
    expect(p.accepted).toHaveLength(MAX_BANCHE);
    expect(p.rejected.map((r) => r.line)).toEqual([5003, 5004, 5005]);
    expect(codes(p)).toEqual([['CSV_TROPPE_RIGHE'], ['CSV_TROPPE_RIGHE'], ['CSV_TROPPE_RIGHE']]);
  });

  it('takes at most maxRows rows (room left in the inventory)', () => {
    const p = previewBancheImport('nome;ufficio\nA;B\nC;D\nE;F\n', [], { maxRows: 2 });
    expect(p.accepted.map((a) => a.line)).toEqual([2, 3]);
    expect(p.rejected).toMatchObject([{ line: 4, reasons: [{ code: 'CSV_TROPPE_RIGHE' }] }]);
    expect(previewBancheImport('nome;ufficio\nA;B\n', [], { maxRows: 99_999 }).accepted).toHaveLength(1);
  });
});
