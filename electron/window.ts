import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_URL } from './origin';

export interface WindowState {
  name: string | null;
  dirty: boolean;
  /** The window has asked the officer (Salva / Non salvare / Annulla) and may close now. */
  closing?: boolean;
}

/** The main window with every security setting explicit, even where it is Electron's default. */
export function createMainWindow(preloadDir: string, state: WindowState, askToClose: () => void): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    show: false,
    title: 'Proposta',
    webPreferences: {
      preload: join(preloadDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      webviewTag: false,
      spellcheck: true,
      // Middle-click would open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    if (!state.dirty || state.closing) return;
    // The window asks Salva / Non salvare / Annulla with its own dialog, then calls window:close.
    event.preventDefault();
    askToClose();
  });
  void win.loadURL(APP_URL);
  return win;
}

/** "• nome.proposta — Proposta" while there are unsaved changes. */
export function titleFor(state: WindowState): string {
  return `${state.dirty ? '• ' : ''}${state.name ?? 'Nuova proposta'} — Proposta`;
}
