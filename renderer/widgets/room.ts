import { useSyncExternalStore } from 'react';

/**
 * Below this width (a 1024-px laptop, or a window not maximised) a table shows only the columns an
 * officer cannot do without; the others move into each row's «Dettagli».
 */
const ROOMY = '(min-width: 1200px)';

const query = (): MediaQueryList | null => (typeof window.matchMedia === 'function' ? window.matchMedia(ROOMY) : null);

function subscribe(onChange: () => void): () => void {
  const q = query();
  q?.addEventListener('change', onChange);
  return () => q?.removeEventListener('change', onChange);
}

/** Whether the window has room for every column of a table; follows the window as it is resized. */
export function useRoomy(): boolean {
  return useSyncExternalStore(subscribe, () => query()?.matches ?? true);
}
