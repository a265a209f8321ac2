// The preload exposes the contract's channels and the menu's messages, nothing else: the window never
// sees ipcRenderer. Bundled as CommonJS because sandboxed preloads cannot be ES modules.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, MENU_COMMANDS } from '../core/ipc/contract';
import { MENU_CHANNEL } from './menu-channel';

const api = Object.fromEntries(CHANNELS.map((channel) => [channel, (req: unknown) => ipcRenderer.invoke(channel, req)]));

const isMenuMessage = (m: unknown): boolean =>
  (typeof m === 'string' && (MENU_COMMANDS as readonly string[]).includes(m)) ||
  (typeof m === 'object' && m !== null && typeof (m as { openRecent?: unknown }).openRecent === 'string');

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('menu', {
  on(listener: (message: unknown) => void): () => void {
    const relay = (_event: unknown, message: unknown) => {
      if (isMenuMessage(message)) listener(message);
    };
    ipcRenderer.on(MENU_CHANNEL, relay);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, relay);
  },
});
