import { api } from '../api/client';
import { recoveryKeyFor } from '../../core';
import { useStore } from './store';

/** Unsaved work reaches the recovery copy this long after the last change. */
export const AUTOSAVE_DELAY_MS = 1500;

/** Writes a recovery copy of the document a moment after each change while it is unsaved. */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return useStore.subscribe((state, prev) => {
    if (state.doc === prev.doc || !state.doc || !state.dirty) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { doc, handle, dirty } = useStore.getState();
      if (doc && dirty) void api['recovery:write']({ key: recoveryKeyFor(doc), handle, doc });
    }, AUTOSAVE_DELAY_MS);
  });
}
