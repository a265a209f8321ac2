import { app, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { defaultCallProfile } from '../core';
import { createHandlers, desktopHost, RecentList } from '../services/ipc';
import { dialogsFor } from './dialogs';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { MENU_CHANNEL } from './menu-channel';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenSessions } from './security';
import { createMainWindow, titleFor, type WindowState } from './window';
import { proposalPathFromArgv } from './file-args';

// A second launch (e.g. double-clicking a .proposta file) hands its file to the first instance.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  start();
}

function start(): void {
  const root = app.getAppPath();
  const state: WindowState = { name: null, dirty: false };
  let win: BrowserWindow | null = null;
  const window = () => win;
  const userDataDir = app.getPath('userData');
  const host = desktopHost({
    userDataDir,
    startersDir: join(root, 'templates', 'examples'),
    profile: defaultCallProfile(),
    ...dialogsFor(window),
    showInFolder: (path) => shell.showItemInFolder(path),
    setWindowState: ({ name, dirty }) => {
      state.name = name;
      state.dirty = dirty;
      win?.setTitle(titleFor(state));
      win?.setDocumentEdited(dirty);
      refreshMenu();
    },
    closeWindow: () => {
      state.closing = true;
      win?.close();
    },
  });
  const recent = RecentList.in(userDataDir);
  const refreshMenu = () => buildMenu(window, recent.read().map((e) => ({ id: e.id, label: e.path })));

  let windowReady = false;
  let pending: string | null = null;
  /**
   * A file given by the OS (command line, second instance, macOS open-file) joins the recent list and
   * opens in the window; one that arrives before the window has loaded waits for it.
   */
  const openFromOs = async (path: string | null) => {
    if (!path) return;
    await recent.remember(path);
    refreshMenu();
    if (!windowReady) {
      pending = path;
      return;
    }
    const id = recent.read()[0]?.id;
    if (id) win?.webContents.send(MENU_CHANNEL, { openRecent: id });
  };

  // A relative path is relative to the folder the second instance was started from, not ours.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    void openFromOs(proposalPathFromArgv(argv, workingDirectory));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openFromOs(path);
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    hardenSessions();
    handleAppProtocol(join(root, 'out', 'renderer'));
    registerIpc(createHandlers(host), window);
    refreshMenu();
    win = createMainWindow(join(root, 'out', 'preload'), state, () => win?.webContents.send(MENU_CHANNEL, 'quit'));
    win.on('closed', () => {
      win = null;
    });
    win.webContents.once('did-finish-load', () => {
      windowReady = true;
      void openFromOs(pending ?? proposalPathFromArgv(process.argv, process.cwd()));
    });
  });
}
