import { useEffect } from 'react';
import { api } from '../api/client';
import { useStore } from '../store/store';

/** Keeps the title (file name, unsaved mark) and the close confirmation in step with the document. */
export function useWindowState(): void {
  const name = useStore((s) => s.name);
  const dirty = useStore((s) => s.dirty);
  const hasDoc = useStore((s) => s.doc !== null);
  useEffect(() => {
    document.title = hasDoc ? `${dirty ? '• ' : ''}${name ?? 'Nuova proposta'} — Proposta` : 'Proposta';
    void api['window:state']({ name, dirty: hasDoc && dirty });
  }, [name, dirty, hasDoc]);
  useEffect(() => {
    // In the browser, leaving the page with unsaved changes asks first; the desktop asks in main.
    const ask = (e: BeforeUnloadEvent) => {
      if (!window.api && useStore.getState().dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, []);
}
