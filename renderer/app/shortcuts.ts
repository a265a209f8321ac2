import { useEffect } from 'react';
import type { MenuCommand } from '../../core';
import { exportDossier, notify, openExportDialog, openSaveAs, redo, requestLeave, save, setSearchOpen, undo } from '../store/actions';
import { hasDocument, isDesktop, isPartnerMode } from '../store/selectors';

type MenuMessage = MenuCommand | { openRecent: string };

declare global {
  interface Window {
    /** Desktop only: the menu's commands and files opened by the OS, relayed by the preload. */
    readonly menu?: { on(listener: (message: MenuMessage) => void): () => void };
  }
}

/** A number being typed is stored when its field is left: leave it before saving, exporting or closing. */
function commitPendingEdit(): void {
  const el = document.activeElement;
  if (el instanceof HTMLElement && el !== document.body) el.blur();
}

/** What only a proposal does: a Comune's module is saved as itself and signed as a reply. */
const PROPOSAL_ONLY: ReadonlySet<MenuCommand> = new Set(['saveAs', 'exportPdf', 'exportDocx', 'package']);

export function runMenuCommand(message: MenuMessage): void {
  commitPendingEdit();
  if (typeof message === 'object') {
    requestLeave({ kind: 'open', source: { kind: 'recent', id: message.openRecent } });
    return;
  }
  if (message === 'open' && isDesktop()) {
    requestLeave({ kind: 'open', source: { kind: 'dialog' } });
    return;
  }
  if (message === 'quit') {
    requestLeave({ kind: 'quit' });
    return;
  }
  if (message === 'new' || message === 'open' || message === 'close') {
    requestLeave({ kind: 'close' });
    return;
  }
  if (message === 'verify') {
    openExportDialog('verify');
    return;
  }
  if (!hasDocument()) return;
  if (isPartnerMode() && PROPOSAL_ONLY.has(message)) {
    notify({ kind: 'info', text: 'Nel modulo del Comune aggregato si salva il modulo e si firma la risposta («Firma e prepara la risposta»): dossier e pacchetto li prepara il capofila.' });
    return;
  }
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
        if (hasDocument() && !isPartnerMode()) setSearchOpen(true);
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
