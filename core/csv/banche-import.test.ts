import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateProposalSchema } from '../generated/validators';
import { emptyProposal } from '../proposal/empty';
import type { BancaDati } from '../generated/types';
import { previewBancheImport, previewBancheImportBytes, type ImportPreview } from './banche-import';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

/** Schema errors of the accepted rows put into an empty proposal. */
function schemaErrors(rows: BancaDati[]): string[] {
  const doc = emptyProposal();
  doc.dati.banche = rows;
  validateProposalSchema(doc);
  return (validateProposalSchema.errors ?? []).map((e) => e.instancePath).filter((p) => p.startsWith('/dati/banche'));
}

describe('previewBancheImport: headers', () => {
  it('maps Italian titles, aliases and field keys, ignoring case, accents and spaces', () => {
    const p = previewBancheImport(
      'NOME DELLA BANCA DATI;ufficio titolare;Numero approssimativo di record;QUALITA;Open Data;datiPersonali;Categorie  particolari;base-giuridica\n'
      + 'Tributi;Ragioneria;12.500;ok;si;x;no;Art. 6 GDPR\n', [],
    );
    expect(p.columns.map((c) => c.field)).toEqual(['nome', 'ufficio', 'recordStimati', 'qualita', 'openData', 'datiPersonali', 'categorieParticolari', 'baseGiuridica']);
    expect(p.errors).toEqual([]);
    expect(p.accepted[0]?.row).toMatchObject({ nome: 'Tributi', ufficio: 'Ragioneria', recordStimati: 12500, qualita: 'ok', openData: 'si', datiPersonali: true, baseGiuridica: 'Art. 6 GDPR' });
  });

  it('reports unknown columns and ignores them; blank headers are ignored silently', () => {
    const p = previewBancheImport('nome;ufficio;Referente;;Note interne\nA;B;Rossi;x;y\n', []);
    expect(p.unknownHeaders).toEqual(['Referente', 'Note interne']);
    expect(p.columns[2]).toEqual({ header: 'Referente', field: null });
    expect(p.accepted).toHaveLength(1);
  });

  it('rejects the file when a required column is missing: nothing accepted', () => {
    const p = previewBancheImport('nome;sistema\nTributi;Gestionale\n', []);
    expect(p.missingRequired).toEqual(['ufficio']);
    expect(p.errors.map((e) => e.code)).toEqual(['CSV_COLONNE_MANCANTI']);
    expect(p.accepted).toEqual([]);
    expect(p.rejected).toEqual([]);
    expect(previewBancheImport('Banca;Reparto\nA;B\n', []).missingRequired).toEqual(['nome', 'ufficio']);
  });

  it('rejects the file when two columns name the same field', () => {
    const p = previewBancheImport('nome;ufficio;Nome della banca dati\nA;B;C\n', []);
    expect(p.errors).toMatchObject([{ code: 'CSV_COLONNA_DUPLICATA', field: 'nome' }]);
    expect(p.accepted).toEqual([]);
  });

  it('finds the header after a title line', () => {
    const p = previewBancheImport('Inventario del Comune di Bitonto;;\n;;\nnome;ufficio;formato\nTributi;Ragioneria;file\n', []);
    expect(p.headerLine).toBe(3);
    expect(p.accepted).toMatchObject([{ line: 4, row: { nome: 'Tributi', formato: 'file' } }]);
  });

  it('reports an empty file and a file with only the header', () => {
    expect(previewBancheImport('', []).errors.map((e) => e.code)).toEqual(['CSV_VUOTO']);
    expect(previewBancheImport('\r\n;;\r\n', []).errors.map((e) => e.code)).toEqual(['CSV_VUOTO']);
    expect(previewBancheImport('nome;ufficio\r\n', []).errors.map((e) => e.code)).toEqual(['CSV_NESSUNA_RIGA']);
  });
});

describe('previewBancheImport: values', () => {
  const one = (header: string, value: string): ImportPreview => previewBancheImport(`nome;ufficio;${header}\nA;B;"${value}"\n`, []);

  it.each(['sì', 'SI', 'si', 's', 'x', 'X', 'true', '1', 'vero', 'VERO'])('reads %j as true', (v) => {
    expect(one('dati personali', v).accepted[0]?.row.datiPersonali).toBe(true);
  });

  it.each(['no', 'NO', 'n', 'false', '0', 'falso', ''])('reads %j as false', (v) => {
    expect(one('categorie particolari', v).accepted[0]?.row.categorieParticolari).toBe(false);
  });

  it.each([
    ['formato', 'database-relazionale', 'database-relazionale'], ['formato', 'Dati geografici (GIS)', 'geografico'],
    ['formato', 'fogli di calcolo', 'foglio-di-calcolo'], ['formato', '', ''], ['formato', 'non indicato', ''],
    ['aggiornamento', 'giornaliera', 'giornaliero'], ['aggiornamento', 'Tempo reale', 'tempo-reale'], ['aggiornamento', 'in tempo reale', 'tempo-reale'],
    ['esposizione', 'e-service su PDND', 'pdnd'], ['esposizione', 'API', 'api'], ['esposizione', '', 'nessuna'],
    ['open data', 'Sì', 'si'], ['open data', 'in parte', 'parziale'], ['open data', '', 'no'],
  ])('reads %s %j as %j', (header, value, code) => {
    const p = one(header, value);
    expect(p.rejected).toEqual([]);
    expect(Object.values(p.accepted[0]?.row ?? {})).toContain(code);
  });

  it.each([['12500', 12500], ['12.500', 12500], ['1.000.000', 1000000], ['12 500', 12500], ['12.500,00', 12500], ['0', 0], ['', null]])(
    'reads record count %j as %j', (v, n) => {
      expect(one('record', v).accepted[0]?.row.recordStimati).toBe(n);
    },
  );

  it('trims cells, keeps line breaks as \\n and removes the formula guard', () => {
    const p = previewBancheImport('nome;ufficio;contenuto\r\n  Tributi ;"\'=Ragioneria";"riga 1\r\nriga 2"\r\n', []);
    expect(p.accepted[0]?.row).toMatchObject({ nome: 'Tributi', ufficio: '=Ragioneria', contenuto: 'riga 1\nriga 2' });
  });

  it('gives defaults to the columns that are absent and validates against the schema', () => {
    const p = previewBancheImport('nome;ufficio\nTributi;Ragioneria\n', []);
    expect(p.accepted[0]?.row).toEqual({
      id: 'banche-1', nome: 'Tributi', ufficio: 'Ragioneria', contenuto: '', sistema: '', fornitore: '', formato: '', recordStimati: null,
      aggiornamento: '', datiPersonali: false, categorieParticolari: false, baseGiuridica: '', qualita: '', esposizione: 'nessuna', openData: 'no', licenza: '',
    });
    expect(schemaErrors(p.accepted.map((a) => a.row))).toEqual([]);
  });
});

describe('previewBancheImport: ids, lines and files', () => {
  it('gives fresh ids not in use, skipping rejected rows', () => {
    const p = previewBancheImport('nome;ufficio\nA;B\n;X\nC;D\nE;F\n', [{ id: 'banche-1', nome: 'x', ufficio: 'y' }, { id: 'banche-3', nome: 'x', ufficio: 'z' }, { id: 'altro-2', nome: 'w', ufficio: 'y' }]);
    expect(p.accepted.map((a) => a.row.id)).toEqual(['banche-2', 'banche-4', 'banche-5']);
  });

  it('counts lines across quoted line breaks', () => {
    const p = previewBancheImport('nome;ufficio;contenuto\r\nA;B;"1\r\n2\r\n3"\r\nC;D;x\r\n', []);
    expect(p.accepted.map((a) => a.line)).toEqual([2, 5]);
  });

  it('reads a `,` file with quotes, line breaks and Italian numbers', () => {
    const p = previewBancheImportBytes(fixture('banche-virgola.csv'), []);
    expect(p).toMatchObject({ separator: ',', encoding: 'utf-8', unknownHeaders: [], rejected: [] });
    expect(p.accepted.map((a) => [a.line, a.row.nome, a.row.recordStimati, a.row.openData])).toEqual([[2, 'Pratiche edilizie', 3400, 'parziale'], [4, 'Cimiteri', null, 'no']]);
    expect(p.accepted[0]?.row.contenuto).toBe('Permessi, SCIA e CILA;\nfascicoli dal 1990 "storici"');
  });

  it('reads Windows-1252 bytes', () => {
    const p = previewBancheImportBytes(fixture('banche-windows-1252.csv'), []);
    expect(p).toMatchObject({ separator: ';', encoding: 'windows-1252', unknownHeaders: [], rejected: [] });
    expect(p.columns.map((c) => c.field)).toEqual(['nome', 'ufficio', 'qualita', 'aggiornamento', 'datiPersonali', 'contenuto']);
    expect(p.accepted[0]?.row).toMatchObject({ qualita: 'Buona qualità', aggiornamento: 'giornaliero', datiPersonali: true, contenuto: 'Importi in € dell’IMU' });
  });

  it('reads UTF-8 with BOM', () => {
    const p = previewBancheImportBytes(fixture('banche-utf8-bom.csv'), []);
    expect(p).toMatchObject({ separator: ';', encoding: 'utf-8', unknownHeaders: [], rejected: [] });
    expect(p.accepted[0]?.row).toMatchObject({ nome: 'Protocollo informatico', qualita: 'Metadati completi dal 2015', formato: 'documentale' });
  });

  it('previews 10,000 rows (5,000 accepted)', () => {
    const lines = ['Nome della banca dati;Ufficio titolare;Contenuto;Numero approssimativo di record;Dati personali;Formato dei dati'];
    for (let i = 1; i <= 10_000; i++) lines.push(`Banca ${i};Ufficio ${i % 30};"Contenuto; con ""virgolette""";${i};sì;Database relazionale`);
    const p = previewBancheImport(lines.join('\r\n') + '\r\n', []);
    expect(p.accepted).toHaveLength(5000);
    expect(p.rejected).toHaveLength(5000);
    expect(p.accepted[4999]?.row).toMatchObject({ id: 'banche-5000', nome: 'Banca 5000', recordStimati: 5000, formato: 'database-relazionale' });
    expect(schemaErrors(p.accepted.map((a) => a.row))).toEqual([]);
  });
});
