import { BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { APP_URL } from './origin';

export interface WindowState {
  name: string | null;
  dirty: boolean;
}

/** The main window with every security setting explicit, even where it is Electron's default. */
export function createMainWindow(preloadDir: string, state: WindowState): BrowserWindow {
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
    if (!state.dirty) return;
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: ['Annulla', 'Chiudi senza salvare'],
      defaultId: 0,
      cancelId: 0,
      title: 'Modifiche non salvate',
      message: 'Ci sono modifiche non salvate.',
      detail: 'Se chiudi ora, le modifiche restano nella copia di recupero e Proposta te le riproporrà al prossimo avvio.',
    });
    if (choice === 0) event.preventDefault();
  });
  void win.loadURL(APP_URL);
  return win;
}

/** "• nome.proposta — Proposta" while there are unsaved changes. */
export function titleFor(state: WindowState): string {
  return `${state.dirty ? '• ' : ''}${state.name ?? 'Nuova proposta'} — Proposta`;
}
