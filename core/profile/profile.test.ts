import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCallProfile, parseCallProfile } from './profile';

const shipped = JSON.parse(readFileSync(new URL('../../templates/calls/puglia-ia-2025.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('call profile', () => {
  it('the shipped profile validates and carries the known facts of the call', () => {
    const p = defaultCallProfile();
    expect(p.id).toBe('puglia-ia-2025');
    expect(p.ammissibilita.popolazioneMinima).toBe(30_000);
    expect(p.ammissibilita.tipiEsentiDaSoglia.sort()).toEqual(['citta-metropolitana', 'provincia']);
    expect(p.componenti.base).toEqual(['a', 'b', 'c']);
    expect(p.componenti.qualificanti).toEqual(['d', 'e']);
    expect(p.presentazione).toMatchObject({ apertura: '2025-11-11T12:00', chiusura: '2026-12-31T12:00', fusoOrario: 'Europe/Rome' });
    expect(p.procedura).toBe('sportello');
    expect(p.indicatori.output.map((i) => i.codice)).toEqual(['RCO14']);
  });

  it('leaves every unknown parameter present and null (never invented)', () => {
    const p = defaultCallProfile();
    expect(Object.values(p.parametri).every((v) => v === null)).toBe(true);
    expect(Object.keys(p.parametri).length).toBeGreaterThanOrEqual(10);
  });

  it('refuses a profile of the wrong shape with coded issues', () => {
    const broken = { ...shipped, parametri: { ...(shipped.parametri as object), contributoMassimo: '500000' } };
    const r = parseCallProfile(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.pointer])).toContainEqual(['SCHEMA_TYPE', '/parametri/contributoMassimo']);
    const missing = { ...shipped };
    delete missing.parametri;
    expect(parseCallProfile(missing).ok).toBe(false);
  });
});
