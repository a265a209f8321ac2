import { describe, expect, it } from 'vitest';
import { issues, starter } from '../../test/helpers/docs';
import { applyCommand } from './commands';

const doc = starter('aggregazione');

describe('applyCommand', () => {
  it('sets a field without touching the original or unrelated branches', () => {
    const { doc: next, undoable } = applyCommand(doc, { type: 'field/set', pointer: '/progetto/titolo', value: 'Nuovo titolo' });
    expect(undoable).toBe(true);
    expect(next.progetto.titolo).toBe('Nuovo titolo');
    expect(doc.progetto.titolo).not.toBe('Nuovo titolo');
    expect(next.budget).toBe(doc.budget);
  });

  it('is not undoable when nothing changes, and ignores pointers that lead nowhere', () => {
    expect(applyCommand(doc, { type: 'field/set', pointer: '/progetto/titolo', value: doc.progetto.titolo }).undoable).toBe(false);
    for (const pointer of ['/progetto/nonEsiste/x', '/budget/voci/9999/totale', '/budget/voci/-1', '']) {
      const r = applyCommand(doc, { type: 'field/set', pointer: `${pointer}/x`, value: 1 });
      expect(r.doc).toBe(doc);
    }
  });

  it('adds an empty row with a fresh id that the schema accepts', () => {
    const { doc: next } = applyCommand(doc, { type: 'rows/add', pointer: '/dati/banche' });
    const added = next.dati.banche.at(-1)!;
    expect(next.dati.banche).toHaveLength(doc.dati.banche.length + 1);
    expect(doc.dati.banche.map((b) => b.id)).not.toContain(added.id);
    const found = issues(next).filter((i) => i.pointer.startsWith(`/dati/banche/${next.dati.banche.length - 1}`));
    expect(found.every((i) => i.code === 'SCHEMA_MINLENGTH')).toBe(true);
  });

  it('removes, moves and duplicates rows', () => {
    const ids = doc.cronoprogramma.attivita.map((a) => a.id);
    const removed = applyCommand(doc, { type: 'rows/remove', pointer: '/cronoprogramma/attivita', index: 0 }).doc;
    expect(removed.cronoprogramma.attivita.map((a) => a.id)).toEqual(ids.slice(1));
    const moved = applyCommand(doc, { type: 'rows/move', pointer: '/cronoprogramma/attivita', from: 0, to: 2 }).doc;
    expect(moved.cronoprogramma.attivita.map((a) => a.id)).toEqual([ids[1], ids[2], ids[0], ...ids.slice(3)]);
    const dup = applyCommand(doc, { type: 'rows/duplicate', pointer: '/cronoprogramma/attivita', index: 0 }).doc;
    expect(dup.cronoprogramma.attivita[1]).toMatchObject({ ...doc.cronoprogramma.attivita[0], id: expect.not.stringMatching(ids[0]!) });
    expect(issues(dup).map((i) => i.code)).not.toContain('ID_DUPLICATO');
    expect(applyCommand(doc, { type: 'rows/remove', pointer: '/cronoprogramma/attivita', index: 999 }).undoable).toBe(false);
  });
});

describe('batch and append', () => {
  it('applies several commands as one change', () => {
    const r = applyCommand(doc, { type: 'batch', commands: [
      { type: 'field/set', pointer: '/progetto/titolo', value: 'A' },
      { type: 'field/set', pointer: '/progetto/acronimo', value: 'B' },
    ] });
    expect([r.doc.progetto.titolo, r.doc.progetto.acronimo, r.undoable]).toEqual(['A', 'B', true]);
    expect(applyCommand(doc, { type: 'batch', commands: [] }).undoable).toBe(false);
  });

  it('appends imported rows', () => {
    const rows = [{ ...doc.dati.banche[0]!, id: 'banche-900' }];
    const r = applyCommand(doc, { type: 'rows/append', pointer: '/dati/banche', rows });
    expect(r.doc.dati.banche.at(-1)?.id).toBe('banche-900');
    expect(applyCommand(doc, { type: 'rows/append', pointer: '/dati/banche', rows: [] }).undoable).toBe(false);
  });
});
