// @vitest-environment jsdom
// zustand re-renders whenever a selector returns a new value: the editor's issue list must be the same
// object while nothing changed, or a single number typed wrong sends React into an endless update.
import { describe, expect, it } from 'vitest';
import { afterFrame, loadDoc, starter } from '../test/setup';
import { dispatch, setInputError } from './actions';
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

  it('checks a typed change after the frame that shows it, and any other change at once', async () => {
    loadDoc(starter('comune-singolo'));
    const before = editorIssues(useStore.getState());
    dispatch({ type: 'fields/set', pointer: '/progetto/titolo', value: '' });
    // The keystroke's frame: the field shows the change, the messages are still those of before.
    expect(useStore.getState().doc?.progetto.titolo).toBe('');
    expect(editorIssues(useStore.getState())).toBe(before);
    await afterFrame();
    const typed = editorIssues(useStore.getState());
    expect(typed.some((i) => i.pointer === '/progetto/titolo')).toBe(true);
    // A row added is not typing: its messages come with it.
    dispatch({ type: 'rows/add', pointer: '/dati/banche' });
    expect(editorIssues(useStore.getState())).not.toBe(typed);
  });
});
