import { useEffect } from 'react';
import type { MenuCommand } from '../../core';
import { closeDocument, exportDossier, openExportDialog, openFrom, openSaveAs, redo, save, setSearchOpen, undo } from '../store/actions';
import { hasDocument, hasUnsavedChanges, isDesktop } from '../store/selectors';

type MenuMessage = MenuCommand | { openRecent: string };

declare global {
  interface Window {
    /** Desktop only: the menu's commands and files opened by the OS, relayed by the preload. */
    readonly menu?: { on(listener: (message: MenuMessage) => void): () => void };
  }
}

/** True when there is nothing to lose, or the officer agrees to leave unsaved changes. */
function mayLeave(): boolean {
  return !hasUnsavedChanges() || window.confirm('Ci sono modifiche non salvate: restano nella copia di recupero. Continuare?');
}

/** A number being typed is stored when its field is left: leave it before saving, exporting or closing. */
function commitPendingEdit(): void {
  const el = document.activeElement;
  if (el instanceof HTMLElement && el !== document.body) el.blur();
}

export function runMenuCommand(message: MenuMessage): void {
  commitPendingEdit();
  if (typeof message === 'object') {
    if (mayLeave()) void openFrom({ kind: 'recent', id: message.openRecent });
    return;
  }
  if (message === 'open' && isDesktop()) {
    if (mayLeave()) void openFrom({ kind: 'dialog' });
    return;
  }
  if (message === 'new' || message === 'open' || message === 'close') {
    if (mayLeave()) closeDocument();
    return;
  }
  if (message === 'verify') {
    openExportDialog('verify');
    return;
  }
  if (!hasDocument()) return;
  ({
    save: () => void save(), saveAs: openSaveAs, undo, redo,
    exportPdf: () => void exportDossier('pdf'), exportDocx: () => void exportDossier('docx'),
    package: () => openExportDialog('package'), verify: () => openExportDialog('verify'),
  } as const)[message]();
}

/** Keyboard: Ctrl+K search; Ctrl+S, Ctrl+Shift+S, Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z (on the desktop, through the menu). */
export function useShortcuts(): void {
  useEffect(() => {
    const off = window.menu?.on(runMenuCommand);
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      if (k === 'k') {
        e.preventDefault();
        if (hasDocument()) setSearchOpen(true);
        return;
      }
      // On the desktop the menu's accelerators do the rest.
      if (window.menu) return;
      const command: MenuCommand | null =
        k === 's' ? (e.shiftKey ? 'saveAs' : 'save') : k === 'z' ? (e.shiftKey ? 'redo' : 'undo') : k === 'y' ? 'redo' : null;
      if (!command) return;
      e.preventDefault();
      runMenuCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      off?.();
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
