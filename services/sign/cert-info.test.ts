import { describe, expect, it } from 'vitest';
import { fiscalCodeFrom } from './cert-info';

describe('fiscalCodeFrom', () => {
  it.each([
    ['TINIT-RSSMRA85T10A562S', 'RSSMRA85T10A562S'],
    ['IT:RSSMRA85T10A562S', 'RSSMRA85T10A562S'],
    ['rssmra85t10a562s', 'RSSMRA85T10A562S'],
    ['TINIT-RSSMRA85T10A56NS', 'RSSMRA85T10A56NS'], // omocodia
    ['TINIT-80002070723', '80002070723'], // a body's 11-digit code
    ['IDCIT-AB1234567', undefined],
    ['1234', undefined],
  ])('%s gives %s', (serial, expected) => {
    expect(fiscalCodeFrom(serial)).toBe(expected);
  });
});
