import { dialog, type BrowserWindow } from 'electron';

import { ATTACHMENT_EXTENSIONS } from '../services/app/attachments';
import type { FileKind } from '../services/ipc';

const ALL = { name: 'Tutti i file', extensions: ['*'] };
const KINDS: Readonly<Record<FileKind, { title: string; filter: { name: string; extensions: string[] } }>> = {
  proposta: { title: 'la proposta', filter: { name: 'Proposte e moduli dei Comuni', extensions: ['proposta', 'json', 'proposta-partner'] } },
  pdf: { title: 'il dossier PDF', filter: { name: 'PDF', extensions: ['pdf'] } },
  docx: { title: 'il dossier DOCX', filter: { name: 'Documenti Word', extensions: ['docx'] } },
  pacchetto: { title: 'il pacchetto di presentazione', filter: { name: 'Pacchetti ZIP', extensions: ['zip'] } },
  certificato: { title: 'il certificato di firma', filter: { name: 'Certificati PKCS#12', extensions: ['p12', 'pfx'] } },
  allegato: { title: 'il file da allegare', filter: { name: 'Documenti', extensions: [...ATTACHMENT_EXTENSIONS] } },
  firmato: { title: 'il file firmato (manifesto .p7m o dossier PDF)', filter: { name: 'File firmati', extensions: ['p7m', 'pdf'] } },
  modulo: { title: 'il modulo PKCS#11 della smart card', filter: { name: 'Moduli PKCS#11', extensions: ['so', 'dll', 'dylib'] } },
  partner: { title: 'il modulo del Comune aggregato', filter: { name: 'Moduli per i Comuni aggregati', extensions: ['proposta-partner'] } },
  risposta: { title: 'la risposta firmata', filter: { name: 'Risposte firmate', extensions: ['p7m'] } },
  'risposta-comune': { title: 'la risposta del Comune', filter: { name: 'Risposte dei Comuni', extensions: ['proposta-partner', 'p7m'] } },
};

/** Native dialogs: the only source of paths besides the recent list and the OS opening a file. */
export function dialogsFor(window: () => BrowserWindow | null) {
  return {
    async pickOpen(kind: FileKind): Promise<string | null> {
      const win = window();
      const options = { title: `Scegli ${KINDS[kind].title}`, properties: ['openFile' as const], filters: [KINDS[kind].filter, ALL] };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async pickSave(suggestedName: string, kind: FileKind): Promise<string | null> {
      const win = window();
      const options = { title: `Salva ${KINDS[kind].title}`, defaultPath: suggestedName, filters: [KINDS[kind].filter, ALL] };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    /** The folder where the partner modules are written. */
    async pickFolder(): Promise<string | null> {
      const win = window();
      const options = { title: 'Scegli la cartella dei moduli per i Comuni', properties: ['openDirectory' as const, 'createDirectory' as const] };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}
