import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { issues } from '../../test/helpers/docs';
import { lineAmounts } from '../derive/budget';
import type { Proposal } from '../generated/types';
import { SCHEMA_VERSION } from '../proposal/version';
import { migrate, MIGRATIONS } from '.';
import { rateReproducing } from './003-aliquota-iva';

// test/fixtures/vN/ hold files written in format N and committed once: they are never regenerated, so
// a wrong migration cannot be hidden by fixtures rebuilt with its own inverse.
const fixtures = new URL('../../test/fixtures/', import.meta.url).pathname;
const read = (p: string): Record<string, unknown> => JSON.parse(readFileSync(`${fixtures}${p}`, 'utf8')) as Record<string, unknown>;
const filesOf = (v: number): string[] => readdirSync(`${fixtures}v${v}`).filter((f) => f.endsWith('.json'));

afterEach(() => vi.restoreAllMocks());

describe('migrations', () => {
  it('form one gap-free chain ending at SCHEMA_VERSION', () => {
    MIGRATIONS.forEach((m, i) => expect(m.to).toBe(i + 2));
    expect(MIGRATIONS.at(-1)?.to ?? 1).toBe(SCHEMA_VERSION);
  });

  it('have a frozen fixture folder for every older version', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(filesOf(v).length).toBeGreaterThan(0);
  });

  for (let v = 1; v < SCHEMA_VERSION; v++) {
    it(`bring every v${v} fixture to v${SCHEMA_VERSION}, running each later migration exactly once`, () => {
      for (const f of filesOf(v)) {
        const spies = MIGRATIONS.map((m) => vi.spyOn(m, 'up'));
        const r = migrate(read(`v${v}/${f}`));
        expect(r.ok).toBe(true);
        if (!r.ok) continue;
        expect(r.from).toBe(v);
        MIGRATIONS.forEach((m, i) => expect(spies[i]).toHaveBeenCalledTimes(m.to > v ? 1 : 0));
        expect(r.doc.schemaVersion).toBe(SCHEMA_VERSION);
        expect(issues(r.doc).filter((i) => i.code.startsWith('SCHEMA_'))).toEqual([]);
        vi.restoreAllMocks();
      }
    });
  }

  it('002 turns the bare population into a declared one, asking for date and source', () => {
    const v1 = read('v1/comune-singolo.proposta.json') as { ente: { capofila: { popolazione: number } } };
    const r = migrate(v1);
    if (!r.ok) throw new Error('non migrata');
    const ente = r.doc.ente as { capofila: { popolazione: unknown } };
    expect(ente.capofila.popolazione).toEqual({ valore: v1.ente.capofila.popolazione, dataRiferimento: '', fonte: '' });
    expect(issues(r.doc).map((i) => i.code)).toIncludeCodes(['POP_DATA_MANCANTE', 'POP_FONTE_MANCANTE']);
  });

  it('003 keeps every v2 line\'s net, VAT and total to the cent, now from a stored rate', () => {
    for (const f of filesOf(2)) {
      const before = (read(`v2/${f}`) as { budget: { voci: Array<{ importoNetto: number; iva: number; totale: number }> } }).budget.voci;
      const r = migrate(read(`v2/${f}`));
      if (!r.ok) throw new Error('non migrata');
      const after = (r.doc as unknown as Proposal).budget.voci;
      expect(after).toHaveLength(before.length);
      after.forEach((line, i) => {
        const old = before[i]!;
        expect(line).not.toHaveProperty('iva');
        expect(line).not.toHaveProperty('totale');
        expect(lineAmounts(line)).toEqual({ netCents: Math.round(old.importoNetto * 100), vatCents: Math.round(old.iva * 100), totalCents: Math.round(old.totale * 100) });
      });
    }
  });

  it('003 finds the short rate that gives back a VAT amount, and keeps the cost of VAT no rate can give', () => {
    expect(rateReproducing(100000, 22000)).toBe(22);
    expect(rateReproducing(3333, 733)).toBe(22);
    expect(rateReproducing(100000, 4500)).toBe(4.5);
    const [zeroNet] = (MIGRATIONS[1]!.up({ schemaVersion: 2, budget: { voci: [{ importoNetto: 0, iva: 50, totale: 50 }] } }).budget as { voci: unknown[] }).voci;
    expect(zeroNet).toEqual({ importoNetto: 50, aliquotaIva: 0 });
    const [negative] = (MIGRATIONS[1]!.up({ schemaVersion: 2, budget: { voci: [{ importoNetto: -5, iva: 3300, totale: 3295 }] } }).budget as { voci: unknown[] }).voci;
    expect(negative).toEqual({ importoNetto: 3295, aliquotaIva: 0 });
  });

  it('004 gives every v3 file an unanswered questionnaire per AI system and changes nothing else', () => {
    for (const f of filesOf(3)) {
      const before = read(`v3/${f}`);
      const r = migrate(before);
      if (!r.ok) throw new Error('non migrata');
      const { sistemiIa, ...conformita } = (r.doc as unknown as Proposal).conformita;
      expect(conformita).toEqual(before.conformita);
      expect({ ...r.doc, conformita: before.conformita, schemaVersion: 3 }).toEqual(before);
      expect(sistemiIa.altri).toEqual([]);
      for (const s of [sistemiIa.ricerca, sistemiIa.orchestrazione]) {
        expect(Object.values(s.questionario).every((v) => v === '')).toBe(true);
        expect(s.misure).toEqual({ valutazioneDiritti: '', conservazioneLog: '', avviso: '' });
        expect(s.obblighi).toEqual([]);
      }
      // Nothing is guessed: each chosen component's questionnaire waits for the officer's answers.
      const open = issues(r.doc).filter((i) => i.code === 'IA_QUESTIONARIO_INCOMPLETO').map((i) => i.pointer.split('/')[3]);
      expect(open.sort()).toEqual([...(before as unknown as Proposal).progetto.componentiQualificanti].map((c) => (c === 'd' ? 'ricerca' : 'orchestrazione')).sort());
    }
  });

  it('refuse a newer document without touching it', () => {
    const newer = { schemaVersion: SCHEMA_VERSION + 1, anything: true };
    const before = JSON.stringify(newer);
    expect(migrate(newer)).toEqual({ ok: false, code: 'VERSIONE_PIU_RECENTE', found: SCHEMA_VERSION + 1 });
    expect(JSON.stringify(newer)).toBe(before);
  });

  it('refuse documents without an integer version', () => {
    for (const bad of [null, [], 'x', {}, { schemaVersion: '2' }, { schemaVersion: 1.5 }, { schemaVersion: 0 }]) {
      expect(migrate(bad)).toEqual({ ok: false, code: 'VERSIONE_MANCANTE' });
    }
  });
});
