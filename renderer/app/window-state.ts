import { useEffect } from 'react';
import { reportWindowState } from '../store/actions';
import { isDesktop, useDirty } from '../store/selectors';
import { useStore } from '../store/store';

/** Keeps the title (file name, unsaved mark) and the close confirmation in step with the document. */
export function useWindowState(): void {
  const name = useStore((s) => s.name);
  const dirty = useDirty();
  const hasDoc = useStore((s) => s.doc !== null);
  useEffect(() => {
    document.title = hasDoc ? `${dirty ? '• ' : ''}${name ?? 'Nuova proposta'} — Proposta` : 'Proposta';
    reportWindowState(name, hasDoc && dirty);
  }, [name, dirty, hasDoc]);
  useEffect(() => {
    // In the browser, leaving the page with unsaved changes asks first; the desktop asks in main.
    const ask = (e: BeforeUnloadEvent) => {
      if (!isDesktop() && dirtyRef.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, []);
  dirtyRef.current = hasDoc && dirty;
}

/** The latest dirty flag, for the unload handler registered once. */
const dirtyRef = { current: false };
