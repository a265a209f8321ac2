import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseJsonSafely, type Handlers } from '../../core';
import { dispatch } from '../ipc/dispatch';
import { fail } from '../app/reply';
import { SECURITY_HEADERS } from './csp';
import { staticFile } from './static';

/** Largest request body: a proposal is at most 20 MB, plus its envelope. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

export interface BridgeOptions {
  readonly handlers: Handlers;
  /** The built renderer (index.html and assets). */
  readonly staticDir: string;
  /** Random secret the page must send back in `X-Proposta-Token`. */
  readonly token: string;
  readonly port?: number;
}

function send(res: ServerResponse, status: number, body: Buffer | string, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

function sameSecret(given: string | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The HTTP face of the handler table, on 127.0.0.1 only: the end-to-end test harness and the
 * fallback where Electron cannot run. Refuses foreign Host and Origin headers (DNS rebinding,
 * other sites) and API calls without the token or with a non-JSON body (simple cross-site forms).
 */
export async function startBridge(opts: BridgeOptions): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (process.env.PROPOSTA_DEBUG) console.error(e);
      // A reply already under way cannot change its status: end the connection instead.
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, fail('ERRORE_INTERNO', 'Errore interno del server locale.'));
    });
  });
  // A client that goes away mid-request must not take the server with it.
  server.on('clientError', (_e, socket) => socket.destroy());
  let allowedHosts: string[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      return sendJson(res, 403, fail('HOST_NON_AMMESSO', 'Indirizzo non ammesso: apri Proposta dall\'indirizzo stampato da «proposta serve».'));
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
      return sendJson(res, 403, fail('ORIGINE_NON_AMMESSA', 'Richiesta da un altro sito: rifiutata.'));
    }
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) return api(req, res, url.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('METODO_NON_AMMESSO', 'Metodo non ammesso.'));
    const file = await staticFile(opts.staticDir, url);
    if (!file) return send(res, 404, 'Non trovato', 'text/plain; charset=utf-8');
    send(res, 200, file.body, file.type);
  }

  async function api(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, fail('METODO_NON_AMMESSO', 'Metodo non ammesso.'));
    if (!sameSecret(req.headers['x-proposta-token'] as string | undefined, opts.token)) {
      return sendJson(res, 403, fail('TOKEN_NON_VALIDO', 'Sessione non valida: riapri Proposta dall\'indirizzo completo stampato da «proposta serve».'));
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, fail('RICHIESTA_NON_VALIDA', 'Richiesta non valida.'));
    }
    const text = await readBody(req);
    if (text === null) return sendJson(res, 413, fail('RICHIESTA_TROPPO_GRANDE', 'La richiesta è troppo grande.'));
    const parsed = parseJsonSafely(text);
    if (!parsed.ok) return sendJson(res, 400, fail('RICHIESTA_NON_VALIDA', 'Richiesta non valida.'));
    let name: string;
    try {
      name = decodeURIComponent(channel);
    } catch {
      return sendJson(res, 400, fail('RICHIESTA_NON_VALIDA', 'Richiesta non valida.'));
    }
    sendJson(res, 200, await dispatch(opts.handlers, name, parsed.value));
  }

  // A busy port is an answer (EADDRINUSE), not a crash: the caller says so in Italian.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      // Later errors (e.g. too many open files on accept) must not end the process.
      server.on('error', (e) => { if (process.env.PROPOSTA_DEBUG) console.error(e); });
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    server,
    url: `http://127.0.0.1:${port}/#token=${opts.token}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
