import { describe, expect, it } from 'vitest';
import { codes, edit, starter, withCode } from '../../test/helpers/docs';

const doc = starter('comune-singolo');

describe('components a-e', () => {
  it('requires at least one qualifying component', () => {
    const none = edit(doc, (d) => { d.progetto.componentiQualificanti = []; });
    expect(withCode(none, 'QUALIFICANTE_MANCANTE')[0]).toMatchObject({ severity: 'errore', pointer: '/progetto/componentiQualificanti' });
  });

  it('requires a chosen qualifying component to be filled, and nothing of an unchosen one', () => {
    const both = edit(doc, (d) => { d.progetto.componentiQualificanti = ['d', 'e']; });
    const missing = (['d', 'e'] as const).find((c) => !doc.progetto.componentiQualificanti.includes(c));
    if (missing) {
      const section = missing === 'd' ? '/ricerca' : '/orchestrazione';
      const found = withCode(both, missing === 'd' ? 'COMPONENTE_D_INCOMPLETA' : 'COMPONENTE_E_INCOMPLETA');
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((i) => i.pointer.startsWith(section))).toBe(true);
    }
    expect(codes(doc).filter((c) => c.startsWith('COMPONENTE_'))).toEqualCodes([]);
  });

  it('requires the base components a, b and c to be complete', () => {
    const empty = edit(doc, (d) => {
      d.dati.banche = [];
      d.infrastruttura.architettura = '';
      d.infrastruttura.hosting = '';
      d.visualizzazione.cruscotti = [];
    });
    expect(codes(empty)).toIncludeCodes(['SCHEMA_MINITEMS', 'SCHEMA_MINLENGTH', 'HOSTING_MANCANTE']);
  });
});

describe('timeline', () => {
  it('keeps activities inside the duration and in order', () => {
    const late = edit(doc, (d) => { d.cronoprogramma.attivita[0]!.meseFine = (d.progetto.durataMesi ?? 0) + 1; });
    expect(withCode(late, 'ATTIVITA_OLTRE_DURATA')[0]?.pointer).toBe('/cronoprogramma/attivita/0/meseFine');
    const reversed = edit(doc, (d) => { const a = d.cronoprogramma.attivita[0]!; a.meseInizio = 5; a.meseFine = 4; });
    expect(codes(reversed)).toIncludeCodes(['ATTIVITA_FINE_PRIMA_INIZIO']);
  });

  it('warns about an active component without activities', () => {
    const noC = edit(doc, (d) => {
      d.cronoprogramma.attivita = d.cronoprogramma.attivita.filter((a) => a.componente !== 'c');
    });
    expect(codes(noC)).toIncludeCodes(['COMPONENTE_SENZA_ATTIVITA']);
  });
});

describe('codes typed by the officer', () => {
  it('checks CUP, codice fiscale, IPA and PEC shapes', () => {
    const bad = edit(doc, (d) => {
      d.progetto.cup = 'C99B2500002000';
      d.ente.capofila.codiceFiscale = '80015010724';
      d.ente.rup.codiceFiscale = 'RSSMRA85T10A562X';
      d.ente.capofila.codiceIpa = 'c a662';
      d.ente.capofila.pec = 'protocollo@';
    });
    expect(codes(bad)).toIncludeCodes(['CUP_FORMATO', 'CF_CONTROLLO', 'IPA_FORMATO', 'PEC_FORMATO']);
    expect(withCode(bad, 'CF_CONTROLLO').map((i) => i.pointer).sort()).toEqual(['/ente/capofila/codiceFiscale', '/ente/rup/codiceFiscale']);
  });

  it('refuses a CUP whose year is in the future', () => {
    const future = edit(doc, (d) => { d.progetto.cup = 'C99B27000020006'; });
    expect(codes(future)).toIncludeCodes(['CUP_ANNO_FUTURO']);
  });
});
