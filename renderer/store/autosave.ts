import { writeRecovery } from './files';
import { isDirty } from './selectors';
import { useStore } from './store';

/** Unsaved work reaches the recovery copy this long after the last change. */
export const AUTOSAVE_DELAY_MS = 1500;

/** Writes a recovery copy of the document a moment after each change while it is unsaved. */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return useStore.subscribe((state, prev) => {
    if (state.doc === prev.doc || !isDirty(state)) return;
    clearTimeout(timer);
    timer = setTimeout(writeRecovery, AUTOSAVE_DELAY_MS);
  });
}
