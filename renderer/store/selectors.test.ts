// @vitest-environment jsdom
// zustand re-renders whenever a selector returns a new value: the editor's issue list must be the same
// object while nothing changed, or a single number typed wrong sends React into an endless update.
import { describe, expect, it } from 'vitest';
import { afterFrame, afterTypingPause, loadDoc, starter } from '../test/setup';
import { checkTypingNow, dispatch, setInputError } from './actions';
import { CHECK_MAX_WAIT_MS, CHECK_PAUSE_MS } from './document';
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

  it('checks typing when it pauses, and any other change at once', async () => {
    loadDoc(starter('comune-singolo'));
    const before = editorIssues(useStore.getState());
    dispatch({ type: 'fields/set', pointer: '/progetto/titolo', value: 'U' });
    dispatch({ type: 'fields/set', pointer: '/progetto/titolo', value: '' });
    // While the officer types, the field shows each change and the messages are still those of before.
    expect(useStore.getState().doc?.progetto.titolo).toBe('');
    await afterFrame();
    expect(editorIssues(useStore.getState())).toBe(before);
    await afterTypingPause();
    const typed = editorIssues(useStore.getState());
    expect(typed.some((i) => i.pointer === '/progetto/titolo')).toBe(true);
    // A row added is not typing: its messages come with it.
    dispatch({ type: 'rows/add', pointer: '/dati/banche' });
    expect(editorIssues(useStore.getState())).not.toBe(typed);
  });

  it('checks typing that never pauses within a second of its first unchecked key', async () => {
    loadDoc(starter('comune-singolo'));
    const before = editorIssues(useStore.getState());
    const start = performance.now();
    let text = 'Titolo';
    dispatch({ type: 'fields/set', pointer: '/progetto/titolo', value: '' });
    while (editorIssues(useStore.getState()) === before && performance.now() - start < 3000) {
      await new Promise((r) => setTimeout(r, CHECK_PAUSE_MS / 3));
      text += 'x';
      dispatch({ type: 'fields/set', pointer: '/progetto/titolo', value: text });
    }
    expect(editorIssues(useStore.getState())).not.toBe(before);
    expect(performance.now() - start).toBeLessThan(CHECK_MAX_WAIT_MS + 500);
  });

  it('checks at once what was typed when the field is left', () => {
    loadDoc(starter('comune-singolo'));
    dispatch({ type: 'fields/set', pointer: '/progetto/titolo', value: '' });
    expect(editorIssues(useStore.getState()).some((i) => i.pointer === '/progetto/titolo')).toBe(false);
    checkTypingNow();
    expect(editorIssues(useStore.getState()).some((i) => i.pointer === '/progetto/titolo')).toBe(true);
  });
});
