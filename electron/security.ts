import { app, session, shell, type WebContents } from 'electron';
import { APP_SCHEME, isAppUrl, isSafeExternalUrl } from './origin';

/**
 * Electron's security checklist, for every web contents: no navigation away from the app, no new
 * windows (https links go to the system browser after a check), no webviews, no permissions, and
 * no request leaves the machine.
 */
export function hardenSessions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const scheme = details.url.split(':', 1)[0];
    // blob: URLs are made in the window (e.g. the CSV template to download); nothing else leaves the app.
    callback({ cancel: !(scheme === APP_SCHEME || scheme === 'devtools' || scheme === 'blob') });
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
