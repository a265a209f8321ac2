import { dialog, type BrowserWindow } from 'electron';

const FILTERS = [
  { name: 'Proposte', extensions: ['proposta', 'json'] },
  { name: 'Tutti i file', extensions: ['*'] },
];

/** Native dialogs: the only source of paths besides the recent list and the OS opening a file. */
export function dialogsFor(window: () => BrowserWindow | null) {
  return {
    async pickOpen(): Promise<string | null> {
      const win = window();
      const options = { title: 'Apri una proposta', properties: ['openFile' as const], filters: FILTERS };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async pickSave(suggestedName: string): Promise<string | null> {
      const win = window();
      const options = { title: 'Salva la proposta', defaultPath: suggestedName, filters: FILTERS };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}
