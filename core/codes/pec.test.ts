import { describe, expect, it } from 'vitest';
import { checkPec } from './pec';

describe('checkPec', () => {
  it.each([
    'protocollo@pec.comune.bari.it',
    'Protocollo.Generale@PEC.rupar.puglia.it',
    'ufficio+ia@comune.molfetta.ba.it',
    ' protocollo@pec.comune.bari.it ',
  ])('accepts %j', (address) => {
    expect(checkPec(address)).toBe(true);
  });

  it.each([
    '',
    'protocollo',
    '@pec.comune.bari.it',
    'protocollo@',
    'protocollo@localhost',
    'protocollo@pec.comune.bari.i',
    'protocollo@pec.comune.bari.1t',
    'proto collo@pec.comune.bari.it',
    'protocollo@pec..bari.it',
    'protocollo@-pec.bari.it',
    '.protocollo@pec.bari.it',
    'proto..collo@pec.bari.it',
    'a@b@pec.bari.it',
  ])('rejects %j', (address) => {
    expect(checkPec(address)).toBe(false);
  });

  it('enforces the 64-character local part limit', () => {
    expect(checkPec(`${'x'.repeat(64)}@comune.bari.it`)).toBe(true);
    expect(checkPec(`${'x'.repeat(65)}@comune.bari.it`)).toBe(false);
  });

  it('enforces the 254-character limit', () => {
    const domain = ['a', 'b', 'c', 'd'].map((c) => c.repeat(60)).join('.') + '.it';
    const local = 'x'.repeat(254 - domain.length - 1);
    expect(checkPec(`${local}@${domain}`)).toBe(true);
    expect(checkPec(`${local}x@${domain}`)).toBe(false);
  });
});
