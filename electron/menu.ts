import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core';
import { MENU_CHANNEL } from './menu-channel';

export interface RecentEntryForMenu {
  readonly id: string;
  readonly label: string;
}

/** The Italian application menu; its items send commands to the window, which owns the document. */
export function buildMenu(window: () => BrowserWindow | null, recent: readonly RecentEntryForMenu[]): void {
  const send = (message: MenuCommand | { openRecent: string }) => window()?.webContents.send(MENU_CHANNEL, message);
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label, accelerator, click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        item('Nuovo', 'new', 'CmdOrCtrl+N'),
        item('Apri…', 'open', 'CmdOrCtrl+O'),
        {
          label: 'Apri recenti',
          submenu: recent.length ? recent.map((r) => ({ label: r.label, click: () => send({ openRecent: r.id }) })) : [{ label: 'Nessun file recente', enabled: false }],
        },
        { type: 'separator' },
        item('Salva', 'save', 'CmdOrCtrl+S'),
        item('Salva con nome…', 'saveAs', 'CmdOrCtrl+Shift+S'),
        { label: 'Esporta', submenu: [item('Dossier PDF…', 'exportPdf'), item('Dossier DOCX…', 'exportDocx'), item('Crea pacchetto firmato…', 'package'), item('Verifica pacchetto…', 'verify')] },
        { type: 'separator' },
        item('Chiudi', 'close', 'CmdOrCtrl+W'),
        { label: 'Esci', accelerator: 'CmdOrCtrl+Q', click: () => app.quit() },
      ],
    },
    {
      label: 'Modifica',
      submenu: [
        item('Annulla', 'undo', 'CmdOrCtrl+Z'),
        item('Ripeti', 'redo', process.platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { label: 'Taglia', role: 'cut' },
        { label: 'Copia', role: 'copy' },
        { label: 'Incolla', role: 'paste' },
        { label: 'Seleziona tutto', role: 'selectAll' },
      ],
    },
    { label: 'Visualizza', submenu: [{ label: 'Ingrandisci', role: 'zoomIn' }, { label: 'Riduci', role: 'zoomOut' }, { label: 'Dimensione reale', role: 'resetZoom' }, { type: 'separator' }, { label: 'Schermo intero', role: 'togglefullscreen' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
