import { useSyncExternalStore } from 'react';

/**
 * Below this width (a 1024-px laptop, or a window not maximised) a table shows only the columns an
 * officer cannot do without; the others move into each row's «Dettagli».
 */
const ROOMY = '(min-width: 1200px)';

// One query for the whole window, asked for the first time when a table needs it (jsdom has none).
let query: MediaQueryList | null | undefined;
const roomyQuery = (): MediaQueryList | null => (query ??= typeof window.matchMedia === 'function' ? window.matchMedia(ROOMY) : null);

function subscribe(onChange: () => void): () => void {
  const q = roomyQuery();
  q?.addEventListener('change', onChange);
  return () => q?.removeEventListener('change', onChange);
}

/** Whether the window has room for every column of a table; follows the window as it is resized. */
export function useRoomy(): boolean {
  return useSyncExternalStore(subscribe, () => roomyQuery()?.matches ?? true);
}
