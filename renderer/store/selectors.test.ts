// @vitest-environment jsdom
// zustand re-renders whenever a selector returns a new value: the editor's issue list must be the same
// object while nothing changed, or a single number typed wrong sends React into an endless update.
import { describe, expect, it } from 'vitest';
import { loadDoc, starter } from '../test/setup';
import { setInputError } from './actions';
import { editorIssues, rowIssueCounts } from './selectors';
import { useStore } from './store';

describe('editorIssues', () => {
  it('returns the same list until the document, a typed text or the files change', () => {
    loadDoc(starter('aggregazione'));
    setInputError('/orchestrazione/processi/0/tempoObiettivoGiorni', 'dodici', 'number');
    const first = editorIssues(useStore.getState());
    expect(first.map((i) => i.code)).toContain('NUMERO_NON_LEGGIBILE');
    expect(editorIssues(useStore.getState())).toBe(first);
    expect(rowIssueCounts(useStore.getState())).toBe(rowIssueCounts(useStore.getState()));
    setInputError('/orchestrazione/processi/0/tempoObiettivoGiorni', null);
    expect(editorIssues(useStore.getState())).not.toBe(first);
  });
});
