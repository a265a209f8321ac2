import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW, PROFILE } from '../../test/helpers/docs';
import { createHandlers, workspaceHost } from '../ipc';
import { MAX_BODY_BYTES, startBridge } from './server';

const TOKEN = 'ab'.repeat(24);
const root = mkdtempSync(join(tmpdir(), 'proposta-http-'));
const staticDir = join(root, 'static');
const workspace = join(root, 'lavoro');
let bridge: Awaited<ReturnType<typeof startBridge>>;
let port = 0;

interface Res { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function raw(method: string, path: string, headers: Record<string, string>, body?: string | Buffer): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  raw('POST', `/api/${channel}`, { 'Content-Type': 'application/json', 'X-Proposta-Token': TOKEN, ...headers }, JSON.stringify(body));
const codeOf = (r: Res) => (JSON.parse(r.body) as { ok: boolean; error?: { code: string } }).error?.code ?? 'ok';

beforeAll(async () => {
  mkdirSync(staticDir);
  mkdirSync(workspace);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Proposta</title>');
  writeFileSync(join(root, 'segreto.html'), 'non servire');
  const handlers = createHandlers(workspaceHost({ userDataDir: join(root, 'dati'), workspaceDir: workspace, profile: PROFILE, now: () => NOW }));
  bridge = await startBridge({ handlers, staticDir, token: TOKEN });
  port = Number(new URL(bridge.url).port);
});
afterAll(async () => {
  await bridge.close();
  rmSync(root, { recursive: true, force: true });
});

describe('HTTP bridge of proposta serve', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token in the fragment', () => {
    expect(bridge.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/#token=${TOKEN}$`));
  });

  it('serves the window with the strict CSP', async () => {
    const r = await raw('GET', '/', {});
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['content-security-policy']).not.toContain('unsafe');
  });

  it('never serves files outside the built window', async () => {
    for (const p of ['/../segreto.html', '/..%2fsegreto.html', '/%2e%2e/segreto.html', '/index.html%00.js']) {
      expect((await raw('GET', p, {})).status).toBe(404);
    }
  });

  it('answers API calls with the right token', async () => {
    const r = await api('app:info', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { mode: 'browser' } });
  });

  it.each([
    ['no token', () => api('app:info', {}, { 'X-Proposta-Token': '' }), 403, 'TOKEN_NON_VALIDO'],
    ['wrong token', () => api('app:info', {}, { 'X-Proposta-Token': 'cd'.repeat(24) }), 403, 'TOKEN_NON_VALIDO'],
    ['foreign Host', () => api('app:info', {}, { Host: 'proposta.example.com' }), 403, 'HOST_NON_AMMESSO'],
    ['foreign Origin', () => api('app:info', {}, { Origin: 'http://evil.example' }), 403, 'ORIGINE_NON_AMMESSA'],
    ['form post', () => raw('POST', '/api/app:info', { 'Content-Type': 'text/plain', 'X-Proposta-Token': TOKEN }, '{}'), 415, 'RICHIESTA_NON_VALIDA'],
    ['GET on the API', () => raw('GET', '/api/app:info', { 'X-Proposta-Token': TOKEN }), 405, 'METODO_NON_AMMESSO'],
    ['not JSON', () => raw('POST', '/api/app:info', { 'Content-Type': 'application/json', 'X-Proposta-Token': TOKEN }, '{'), 400, 'RICHIESTA_NON_VALIDA'],
    ['__proto__ key', () => raw('POST', '/api/app:info', { 'Content-Type': 'application/json', 'X-Proposta-Token': TOKEN }, '{"__proto__":{"x":1}}'), 400, 'RICHIESTA_NON_VALIDA'],
    ['unknown channel', () => api('fs:readFile', { path: '/etc/passwd' }), 200, 'CANALE_SCONOSCIUTO'],
    ['wrong shape', () => api('file:open', { source: { kind: 'path', path: '/etc/passwd' } }), 200, 'RICHIESTA_NON_VALIDA'],
    ['path outside the workspace', () => api('file:open', { source: { kind: 'workspace', name: '../../etc/passwd' } }), 200, 'RICHIESTA_NON_VALIDA'],
    ['a malformed escape in the channel', () => raw('POST', '/api/file%E0%A4%A', { 'Content-Type': 'application/json', 'X-Proposta-Token': TOKEN }, '{}'), 400, 'RICHIESTA_NON_VALIDA'],
    ['a lone percent in the channel', () => raw('POST', '/api/%', { 'Content-Type': 'application/json', 'X-Proposta-Token': TOKEN }, '{}'), 400, 'RICHIESTA_NON_VALIDA'],
    ['too large', () => raw('POST', '/api/app:info', { 'Content-Type': 'application/json', 'X-Proposta-Token': TOKEN }, Buffer.alloc(MAX_BODY_BYTES + 10, 0x20)), 413, 'RICHIESTA_TROPPO_GRANDE'],
  ])('refuses %s', async (_name, send, status, code) => {
    const r = await send();
    expect(r.status).toBe(status);
    expect(codeOf(r)).toBe(code);
    expect(readdirSync(workspace)).toEqual([]);
  });
});
