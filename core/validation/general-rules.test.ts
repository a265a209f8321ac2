import { describe, expect, it } from 'vitest';
import { codes, edit, profileWith, starter, withCode } from '../../test/helpers/docs';
import { zonedTimeToInstant } from '../profile/rome-time';

const doc = starter('comune-singolo');

describe('submission window (Europe/Rome)', () => {
  it('closes at 12:00 Rome time on 31/12/2026, i.e. 11:00 UTC (CET)', () => {
    expect(zonedTimeToInstant('2026-12-31T12:00', 'Europe/Rome').toISOString()).toBe('2026-12-31T11:00:00.000Z');
    expect(zonedTimeToInstant('2026-07-01T12:00', 'Europe/Rome').toISOString()).toBe('2026-07-01T10:00:00.000Z');
  });

  it('is silent more than 14 days before closing', () => {
    expect(codes(doc, { now: new Date('2026-12-16T11:00:00Z') })).toExcludeCodes(['SPORTELLO_IN_CHIUSURA']);
  });

  it('warns within 14 days', () => {
    const w = withCode(doc, 'SPORTELLO_IN_CHIUSURA', { now: new Date('2026-12-17T11:00:01Z') });
    expect(w[0]).toMatchObject({ severity: 'avviso', pointer: '' });
  });

  it('is an error from the closing minute on', () => {
    expect(codes(doc, { now: new Date('2026-12-31T10:59:59Z') })).toIncludeCodes(['SPORTELLO_IN_CHIUSURA']);
    expect(withCode(doc, 'SPORTELLO_CHIUSO', { now: new Date('2026-12-31T11:00:00Z') })[0]?.severity).toBe('errore');
  });

  it('warns before the window opens', () => {
    expect(codes(doc, { now: new Date('2025-11-11T10:59:00Z') })).toIncludeCodes(['SPORTELLO_NON_APERTO']);
    expect(codes(doc, { now: new Date('2025-11-11T11:00:00Z') })).toExcludeCodes(['SPORTELLO_NON_APERTO']);
  });

  it('becomes a notice when the profile leaves the dates empty', () => {
    const p = profileWith((x) => { x.presentazione.chiusura = null; });
    expect(withCode(doc, 'DA_VERIFICARE_FINESTRA', { profile: p })[0]?.severity).toBe('nota');
  });
});

describe('call identity and row ids', () => {
  it('refuses a proposal written for another call', () => {
    const other = edit(doc, (d) => { d.avviso.id = 'altro-avviso-2024'; });
    expect(withCode(other, 'AVVISO_DIVERSO')[0]).toMatchObject({ severity: 'errore', pointer: '/avviso/id' });
  });

  it('warns when the profile version changed since', () => {
    const old = edit(doc, (d) => { d.avviso.versione = 99; });
    expect(codes(old)).toIncludeCodes(['AVVISO_VERSIONE_DIVERSA']);
  });

  it('flags duplicated row ids', () => {
    const dup = edit(doc, (d) => { d.budget.voci[1]!.id = d.budget.voci[0]!.id; });
    expect(withCode(dup, 'ID_DUPLICATO')[0]?.pointer).toBe('/budget/voci/1/id');
  });
});
