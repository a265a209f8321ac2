import { describe, expect, it } from 'vitest';
import { checkCodiceFiscale } from './codice-fiscale';

describe('checkCodiceFiscale — numeric (ente)', () => {
  it.each(['80015010723', '80017210727'])('accepts the real code %s', (code) => {
    expect(checkCodiceFiscale(code)).toEqual({ ok: true, kind: 'ente' });
  });

  it('trims surrounding spaces', () => {
    expect(checkCodiceFiscale('  80015010723 ')).toEqual({ ok: true, kind: 'ente' });
  });

  it.each(['80015010724', '80015010713', '08015010723'])('rejects the altered code %s', (code) => {
    expect(checkCodiceFiscale(code)).toEqual({ ok: false, reason: 'controllo' });
  });
});

describe('checkCodiceFiscale — persona', () => {
  it('accepts the standard example, in any case', () => {
    expect(checkCodiceFiscale('RSSMRA85T10A562S')).toEqual({ ok: true, kind: 'persona' });
    expect(checkCodiceFiscale(' rssmra85t10a562s ')).toEqual({ ok: true, kind: 'persona' });
  });

  // Check characters worked out by hand from the official tables.
  it.each(['RSSMRA85T10A56NH', 'RSSMRAURTMLARSNL'])('accepts the omocodia variant %s', (code) => {
    expect(checkCodiceFiscale(code)).toEqual({ ok: true, kind: 'persona' });
  });

  it.each([
    'RSSMRA85T10A562T', // wrong check character
    'RSSMRA85T10A563S', // altered digit
    'RSSMRB85T10A562S', // altered letter
    'RSSMRA85T10A56NS', // omocodia substitution without recomputed check
    'SRSMRA85T10A562S', // swapped letters
  ])('rejects %s as controllo', (code) => {
    expect(checkCodiceFiscale(code)).toEqual({ ok: false, reason: 'controllo' });
  });
});

describe('checkCodiceFiscale — formato', () => {
  it.each([
    '',
    '8001501072', // 10 digits
    '800150107230', // 12 digits
    '8001501072A',
    'RSSMRA85T10A562', // 15 characters
    'RSSMRA85F10A562S', // F is not a month letter
    'RSSMRA85T32A562S', // day 32
    'RSSMRA8ZT10A562S', // Z is not an omocodia letter
    'RSS MRA85T10A562S',
    '80015 010723',
  ])('rejects %j', (code) => {
    expect(checkCodiceFiscale(code)).toEqual({ ok: false, reason: 'formato' });
  });
});
