import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issues } from '../../test/helpers/docs';
import { SCHEMA_VERSION } from '../proposal/version';
import { migrate, MIGRATIONS } from '.';

const fixtures = new URL('../../test/fixtures/', import.meta.url).pathname;
const read = (p: string): unknown => JSON.parse(readFileSync(`${fixtures}${p}`, 'utf8'));

describe('migrations', () => {
  it('form one gap-free chain ending at SCHEMA_VERSION', () => {
    MIGRATIONS.forEach((m, i) => expect(m.to).toBe(i + 2));
    expect(MIGRATIONS.at(-1)?.to ?? 1).toBe(SCHEMA_VERSION);
  });

  it('have a fixture folder for every version', () => {
    for (let v = 1; v <= SCHEMA_VERSION; v++) expect(readdirSync(`${fixtures}v${v}`).length).toBeGreaterThan(0);
  });

  for (let v = 1; v <= SCHEMA_VERSION; v++) {
    it(`bring every v${v} fixture to v${SCHEMA_VERSION}, applying each later step once`, () => {
      for (const f of readdirSync(`${fixtures}v${v}`)) {
        const r = migrate(read(`v${v}/${f}`));
        expect(r.ok).toBe(true);
        if (!r.ok) continue;
        expect(r.from).toBe(v);
        expect(r.applied.map((m) => m.to)).toEqual(MIGRATIONS.filter((m) => m.to > v).map((m) => m.to));
        expect(r.doc.schemaVersion).toBe(SCHEMA_VERSION);
        expect(issues(r.doc).filter((i) => i.code.startsWith('SCHEMA_'))).toEqual([]);
      }
    });
  }

  it('002 turns the bare population into a declared one, asking for date and source', () => {
    const r = migrate(read('v1/comune-singolo.proposta.json'));
    if (!r.ok) throw new Error('non migrata');
    const ente = r.doc.ente as { capofila: { popolazione: unknown } };
    expect(ente.capofila.popolazione).toEqual({ valore: (read('v1/comune-singolo.proposta.json') as { ente: { capofila: { popolazione: number } } }).ente.capofila.popolazione, dataRiferimento: '', fonte: '' });
    expect(issues(r.doc).map((i) => i.code)).toEqual(expect.arrayContaining(['POP_DATA_MANCANTE', 'POP_FONTE_MANCANTE']));
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
