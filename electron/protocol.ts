import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../services/http/csp';
import { staticFile } from '../services/http/static';
import { APP_HOST, APP_SCHEME } from './origin';

/** Must run before `app` is ready: app:// behaves as a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built window from app://proposta/, with the same CSP as `proposta serve`. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST && request.method === 'GET' ? await staticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Non trovato', { status: 404, headers: SECURITY_HEADERS });
    return new Response(new Uint8Array(file.body), { headers: { ...SECURITY_HEADERS, 'Content-Type': file.type } });
  });
}
