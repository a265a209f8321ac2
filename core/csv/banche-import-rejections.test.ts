import { describe, expect, it } from 'vitest';
import { MAX_BANCHE, previewBancheImport, type ImportPreview } from './banche-import';

const codes = (p: ImportPreview): string[][] => p.rejected.map((r) => r.reasons.map((x) => x.code));

describe('previewBancheImport: rejections', () => {
  it('rejects a row only for what cannot be repaired, with stable codes, fields and the 1-based line', () => {
    const csv = [
      'nome;ufficio;formato;record;dati personali;licenza;contenuto',
      ';Ragioneria;;;;;', // 2: nome empty
      `A;B;;;;${'x'.repeat(201)};`, // 3: licenza too long
      `A;B;;;;;${'é'.repeat(4001)}`, // 4: contenuto too long
      'A;B;;;;;;extra', // 5: more values than columns
      ';;;;;;', // 6: empty, skipped
      'A;B;;;;;;;', // 7: extra empty cells are fine
      'C;;archivio;12.3;boh;;', // 8: ufficio empty, and three odd values
    ].join('\n');
    const p = previewBancheImport(csv, []);
    expect(p.rejected.map((r) => r.line)).toEqual([2, 3, 4, 5, 8]);
    expect(codes(p)).toEqual([['CSV_CAMPO_OBBLIGATORIO'], ['CSV_TROPPO_LUNGO'], ['CSV_TROPPO_LUNGO'], ['CSV_NUMERO_COLONNE'], ['CSV_CAMPO_OBBLIGATORIO']]);
    expect(p.rejected.map((r) => r.reasons.map((x) => x.field ?? null))).toEqual([['nome'], ['licenza'], ['contenuto'], [null], ['ufficio']]);
    expect(p.rejected.every((r) => r.reasons.every((x) => x.message.length > 0))).toBe(true);
    expect(p.skippedEmptyLines).toEqual([6]);
    expect(p.accepted.map((a) => [a.line, a.row.id])).toEqual([[7, 'banche-1']]);
  });

  it('imports a row with an odd value, leaving that field empty and saying so', () => {
    const csv = [
      'nome;ufficio;formato;record;dati personali',
      'A;B;cartaceo;;', // bad enum
      'C;B;;circa 100;', // bad number
      'D;B;;12,5;', // decimals
      'E;B;;100.000.001;', // out of range
      'F;B;;-3;', // negative
      'G;B;;;forse', // bad boolean
    ].join('\n');
    const p = previewBancheImport(csv, []);
    expect(p.rejected).toEqual([]);
    expect(p.accepted.map((a) => a.notes.map((n) => [n.code, n.field]))).toEqual([
      [['CSV_VALORE_NON_VALIDO', 'formato']], [['CSV_VALORE_NON_VALIDO', 'recordStimati']], [['CSV_VALORE_NON_VALIDO', 'recordStimati']],
      [['CSV_VALORE_NON_VALIDO', 'recordStimati']], [['CSV_VALORE_NON_VALIDO', 'recordStimati']], [['CSV_VALORE_NON_VALIDO', 'datiPersonali']],
    ]);
    expect(p.accepted.map((a) => [a.row.formato, a.row.recordStimati, a.row.datiPersonali])).toEqual([
      ['', null, false], ['', null, false], ['', null, false], ['', null, false], ['', null, false], ['', null, false],
    ]);
  });

  it('does not import again what the inventory already has, nor the same row twice', () => {
    const csv = 'nome;ufficio\nAnagrafe;Servizi demografici\nTributi;Ragioneria\ntributi ;RAGIONERIA\n';
    const p = previewBancheImport(csv, [{ id: 'banche-1', nome: 'Anagrafe', ufficio: 'Servizi demografici' }]);
    expect(p.accepted.map((a) => a.row.nome)).toEqual(['Tributi']);
    expect(p.rejected.map((r) => [r.line, r.reasons.map((x) => x.code)])).toEqual([[2, ['CSV_GIA_PRESENTE']], [4, ['CSV_GIA_PRESENTE']]]);
    const again = previewBancheImport(csv, [{ id: 'banche-1', nome: 'Anagrafe', ufficio: 'Servizi demografici' }, { id: 'banche-2', nome: 'Tributi', ufficio: 'Ragioneria' }]);
    expect(again.accepted).toEqual([]);
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
