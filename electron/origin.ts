/** The window's own origin: everything it loads comes from here, never from file:// or the network. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'proposta';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for a URL of the app's own origin. Compared by scheme and host: Node's URL gives `null` as the
 * origin of a non-special scheme such as app://.
 */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** Links the officer may open in the system browser: https only, no credentials, a real host. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.username === '' && u.password === '' && /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(u.hostname);
  } catch {
    return false;
  }
}
