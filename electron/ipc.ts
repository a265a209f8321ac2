import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Handlers } from '../core';
import { dispatch } from '../services/ipc/dispatch';
import { fail } from '../services/ipc';
import { isAppUrl } from './origin';

/**
 * Registers the handler table on ipcMain. Each request is answered only if it comes from the main
 * frame of our window at app://proposta; dispatch() then checks its shape before any handler runs.
 */
export function registerIpc(handlers: Handlers, window: () => BrowserWindow | null): void {
  const trusted = (event: IpcMainInvokeEvent): boolean => {
    const win = window();
    const frame = event.senderFrame;
    const main = event.sender.mainFrame;
    return !!win && event.sender.id === win.webContents.id && !!frame &&
      frame.processId === main.processId && frame.routingId === main.routingId && isAppUrl(frame.url);
  };
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, req: unknown) =>
      trusted(event) ? dispatch(handlers, channel, req) : fail('MITTENTE_NON_AMMESSO', 'Richiesta rifiutata: non proviene dalla finestra di Proposta.'));
  }
}
