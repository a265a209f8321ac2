import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, ROW_TEMPLATES } from '../generated/labels';
import type { BancaDati } from '../generated/types';
import { BANCA_FIELDS, REQUIRED_BANCA_FIELDS, acceptedHeaders, bancaFieldTitle, fieldOfHeader, fold } from './banche-fields';
import { MAX_BANCHE, previewBancheImport, previewBancheImportBytes } from './banche-import';
import { BANCA_ESEMPIO, bancheCsvTemplate, bancheToCsv } from './banche-template';
import { parseCsv } from './parse';

describe('inventory columns', () => {
  it('follow the schema: order, required fields and row limit', () => {
    expect(['id', ...BANCA_FIELDS]).toEqual(Object.keys(ROW_TEMPLATES['/dati/banche'] as object));
    expect(REQUIRED_BANCA_FIELDS).toEqual(['nome', 'ufficio']);
    const schema = JSON.parse(readFileSync(new URL('../../schemas/sections/dati.schema.json', import.meta.url), 'utf8')) as { properties: { banche: { maxItems: number } } };
    expect(MAX_BANCHE).toBe(schema.properties.banche.maxItems);
  });

  it('accept the short aliases of the brief', () => {
    const aliases = {
      nome: 'nome', ufficio: 'ufficio', record: 'recordStimati', formato: 'formato', aggiornamento: 'aggiornamento',
      'dati personali': 'datiPersonali', 'categorie particolari': 'categorieParticolari', 'base giuridica': 'baseGiuridica',
      'qualità': 'qualita', esposizione: 'esposizione', 'open data': 'openData', licenza: 'licenza', sistema: 'sistema',
      fornitore: 'fornitore', contenuto: 'contenuto',
    };
    for (const [alias, field] of Object.entries(aliases)) expect(fieldOfHeader(alias)).toBe(field);
    for (const field of BANCA_FIELDS) {
      expect(fieldOfHeader(bancaFieldTitle(field))).toBe(field);
      expect(fieldOfHeader(field)).toBe(field);
    }
    expect(fieldOfHeader(' Qualità  ')).toBe('qualita');
    expect(fieldOfHeader('Identificativo')).toBeNull();
  });

  it('have distinct header names and choice options once folded', () => {
    expect(new Set(acceptedHeaders().values()).size).toBe(BANCA_FIELDS.length);
    for (const field of BANCA_FIELDS) {
      const owners = new Map<string, Set<string>>();
      for (const [code, label] of Object.entries(FIELD_LABELS[`/dati/banche/*/${field}`]?.options ?? {})) {
        for (const name of [code, label]) owners.set(fold(name), (owners.get(fold(name)) ?? new Set()).add(code));
      }
      for (const codes of owners.values()) expect(codes.size).toBe(1);
    }
  });
});

describe('bancheCsvTemplate', () => {
  const csv = bancheCsvTemplate();

  it('is UTF-8 with BOM, `;` separated, CRLF, Italian headers in schema order', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const parsed = parseCsv(csv);
    expect(parsed.separator).toBe(';');
    expect(parsed.rows[0]).toEqual(BANCA_FIELDS.map(bancaFieldTitle));
    expect(parsed.rows[0]?.[0]).toBe('Nome della banca dati');
    expect(parsed.rows).toHaveLength(2);
  });

  it('reads back to the example row', () => {
    const p = previewBancheImport(csv, []);
    expect(p.errors).toEqual([]);
    expect(p.unknownHeaders).toEqual([]);
    expect(p.rejected).toEqual([]);
    expect(p.accepted).toEqual([{ line: 2, row: BANCA_ESEMPIO, notes: [] }]);
  });

  it('reads back from its UTF-8 bytes', () => {
    const p = previewBancheImportBytes(new TextEncoder().encode(csv), [{ id: 'banche-1', nome: 'Altra', ufficio: 'Altro' }]);
    expect(p.encoding).toBe('utf-8');
    expect(p.accepted[0]?.row).toEqual({ ...BANCA_ESEMPIO, id: 'banche-2' });
  });
});

describe('bancheToCsv', () => {
  const base = { ...BANCA_ESEMPIO };
  const rows: BancaDati[] = [
    { ...base, id: 'x-1', nome: 'Tributi; "IMU" e TARI', contenuto: 'Riga 1\nRiga 2\n\nRiga 4', recordStimati: null, datiPersonali: false, categorieParticolari: true },
    { ...base, id: 'x-2', nome: '=SOMMA(A1:A2)', ufficio: '+39 080', sistema: '-', fornitore: '@fornitore', licenza: "'già apostrofata", baseGiuridica: "'=già protetta" },
    { ...base, id: 'x-3', formato: '', aggiornamento: '', esposizione: 'nessuna', openData: 'no', recordStimati: 0, qualita: 'Città, qualità ☑ 😀' },
  ];
  const formati = ['database-relazionale', 'foglio-di-calcolo', 'documentale', 'geografico', 'file', 'altro'] as const;
  const frequenze = ['tempo-reale', 'giornaliero', 'settimanale', 'mensile', 'trimestrale', 'annuale', 'occasionale'] as const;
  const esposizioni = ['nessuna', 'api', 'pdnd'] as const;
  const openData = ['no', 'parziale', 'si'] as const;
  frequenze.forEach((aggiornamento, i) => rows.push({
    ...base, id: `y-${i}`, nome: `Banca ${i}`, aggiornamento, formato: formati[i % formati.length] ?? '',
    esposizione: esposizioni[i % 3] ?? 'nessuna', openData: openData[i % 3] ?? 'no', recordStimati: 100_000_000 - i,
  }));

  it('round-trips through previewBancheImport (new ids, same values)', () => {
    const p = previewBancheImport(bancheToCsv(rows), []);
    expect(p.rejected).toEqual([]);
    expect(p.accepted.map((a) => a.row)).toEqual(rows.map((r, i) => ({ ...r, id: `banche-${i + 1}` })));
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    const lines = bancheToCsv([rows[1] as BancaDati]).split('\r\n');
    expect(lines[1]?.startsWith("'=SOMMA(A1:A2);'+39 080;")).toBe(true);
  });

  it('writes only the header for an empty inventory', () => {
    expect(bancheToCsv([])).toBe(`\uFEFF${BANCA_FIELDS.map(bancaFieldTitle).join(';')}\r\n`);
  });
});
