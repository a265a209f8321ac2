import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../validation/labels';
import { conflictLabel } from './conflict-label';

describe('conflictLabel', () => {
  it('names a partner field, a row, a row field and an order with the schema labels', () => {
    expect(conflictLabel('/ente/pec')).toBe(fieldLabel('/ente/partner/0/pec')!.title);
    expect(conflictLabel('/ente/popolazione/valore')).toBe(`${fieldLabel('/ente/partner/0/popolazione')!.title} › ${fieldLabel('/ente/partner/0/popolazione/valore')!.title}`);
    const voci = fieldLabel('/budget/voci')!.title;
    expect(conflictLabel('/voci/v06')).toBe(`${voci}, riga «v06»`);
    expect(conflictLabel('/voci/v06/importoNetto')).toBe(`${voci}, riga «v06»: ${fieldLabel('/budget/voci/0/importoNetto')!.title}`);
    expect(conflictLabel('/banche#ordine')).toBe(`${fieldLabel('/dati/banche')!.title}: ordine delle righe`);
  });

  it('keeps a path it does not know as it is', () => {
    expect(conflictLabel('/altro/campo')).toBe('/altro/campo');
    expect(conflictLabel('/ente/campo-sconosciuto')).toBe('/ente/campo-sconosciuto');
  });
});
