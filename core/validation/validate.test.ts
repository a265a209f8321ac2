import { describe, expect, it } from 'vitest';
import { edit, issues, starter } from '../../test/helpers/docs';
import { fieldPath } from './labels';

const doc = starter('comune-singolo');

describe('schema issues', () => {
  it('carry a code per keyword, a pointer to the field and an Italian message naming it', () => {
    const d = edit(doc, (x) => { x.progetto.titolo = ''; x.dati.banche[0]!.nome = 'x'.repeat(201); });
    const found = issues(d).filter((i) => i.code.startsWith('SCHEMA_'));
    expect(found.map((i) => [i.code, i.pointer])).toEqual([
      ['SCHEMA_MINLENGTH', '/progetto/titolo'],
      ['SCHEMA_MAXLENGTH', '/dati/banche/0/nome'],
    ]);
    expect(found[0]?.message).toContain('«Titolo del progetto»');
    expect(found[1]?.message).toContain('201');
  });

  it('point at the missing or unknown property itself', () => {
    const d = JSON.parse(JSON.stringify(doc)) as Record<string, Record<string, unknown>>;
    delete d.progetto!.titolo;
    d.progetto!.colore = 'blu';
    const found = issues(d).map((i) => [i.code, i.pointer]);
    expect(found).toContainEqual(['SCHEMA_REQUIRED', '/progetto/titolo']);
    expect(found).toContainEqual(['SCHEMA_ADDITIONALPROPERTIES', '/progetto/colore']);
  });

  it('skip the cross-field rules on a document of the wrong shape instead of throwing', () => {
    const d = JSON.parse(JSON.stringify(doc)) as { budget: { voci: unknown } };
    d.budget.voci = 'tante';
    const found = issues(d);
    expect(found.every((i) => i.code.startsWith('SCHEMA_'))).toBe(true);
    expect(found.map((i) => i.pointer)).toContain('/budget/voci');
  });
});

describe('fieldPath', () => {
  it('names array rows by position and skips the section', () => {
    expect(fieldPath('/dati/banche/3/nome')).toBe('Banca dati n. 4 › Nome della banca dati');
    expect(fieldPath('/progetto/titolo')).toBe('Titolo del progetto');
  });
});

describe('length limits count characters, not UTF-16 units', () => {
  it('accept 250 astral characters in a 250-character field and refuse 251', () => {
    const emoji = '\u{1F4CA}';
    expect(issues(edit(doc, (d) => { d.progetto.titolo = emoji.repeat(250); })).map((i) => i.code)).not.toContain('SCHEMA_MAXLENGTH');
    expect(issues(edit(doc, (d) => { d.progetto.titolo = emoji.repeat(251); })).map((i) => i.code)).toContain('SCHEMA_MAXLENGTH');
    expect(issues(edit(doc, (d) => { d.progetto.titolo = 'a'.repeat(251); })).map((i) => i.code)).toContain('SCHEMA_MAXLENGTH');
  });

  it('treat one astral character as a filled required field', () => {
    expect(issues(edit(doc, (d) => { d.progetto.titolo = '\u{1F4CA}'; })).map((i) => i.code)).not.toContain('SCHEMA_MINLENGTH');
  });
});
