import { api } from '../api/client';
import { closeDocument } from './document';
import { openFrom, save } from './files';
import { isDirty } from './selectors';
import { useStore, type LeaveIntent } from './store';

const set = useStore.setState;
const get = useStore.getState;

function proceed(intent: LeaveIntent): void {
  set({ leaving: null });
  if (intent.kind === 'close') closeDocument();
  else if (intent.kind === 'quit') void api['window:close']({});
  else void openFrom(intent.source);
}

/** Leaves the document (close, or open another): at once when nothing is unsaved, else after the close dialog. */
export function requestLeave(intent: LeaveIntent): void {
  if (!get().doc || !isDirty(get())) proceed(intent);
  else set({ leaving: intent });
}

/**
 * The officer's answer in the close dialog. «Salva» leaves only once the document is saved (a proposal
 * never saved opens «Salva con nome» and stays); «Non salvare» leaves, and the unsaved work stays in
 * the recovery copy; «Annulla» stays.
 */
export async function answerLeave(answer: 'salva' | 'non-salvare' | 'annulla'): Promise<void> {
  const intent = get().leaving;
  if (!intent || answer === 'annulla') {
    set({ leaving: null });
    return;
  }
  if (answer === 'salva') {
    set({ leaving: null });
    await save();
    if (isDirty(get())) return;
  }
  proceed(intent);
}
