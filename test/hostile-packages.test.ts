// A package whose entry lies about its size, deep in a folder tree: it used to crash `proposta
// verify` (exit 1, temporary folder left) and kill `proposta serve`. Now every run is a report.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveHarness } from './helpers/hosts';
import { rawZip } from './helpers/raw-zip';
import { tempFolders } from './helpers/temp';

const root = new URL('..', import.meta.url).pathname;
const tmp = tempFolders('ostili');
/** 50 as the issue asks; PROPOSTA_VERIFY_RUNS lowers it for a quick local run. */
const RUNS = Number(process.env.PROPOSTA_VERIFY_RUNS ?? 50);

/** 2 MB in an entry that declares 1,000 bytes, 120 folders deep, in a ZIP itself 30 folders deep. */
function lyingZip(dir: string, name = 'menzogna.zip'): string {
  mkdirSync(dir, { recursive: true });
  const entry = `${'sotto/'.repeat(120)}dossier.pdf`;
  const path = join(dir, name);
  writeFileSync(path, rawZip([{ name: 'manifest.json', data: Buffer.from('{}') }, { name: entry, data: Buffer.alloc(2 * 1024 ** 2, 7), deflate: true, declaredSize: 1000 }]));
  return path;
}

const deepFolder = (base: string) => join(base, ...Array.from({ length: 30 }, (_, i) => `cartella-${i}`));

/** Runs `proposta ...args` with its own temporary folder; resolves with exit code and output. */
function proposta(args: string[], tmpDir: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin/proposta.js'), ...args], { cwd: root, env: { ...process.env, TMPDIR: tmpDir } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { err += c.toString(); });
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** Runs the tasks `limit` at a time. */
async function pool<T>(n: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < n) {
      const i = next++;
      results[i] = await task(i);
    }
  }));
  return results;
}

const privateTmp = (base: string) => {
  const d = join(base, 'tmp');
  mkdirSync(d);
  return d;
};
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('proposta-'));

describe('a ZIP that lies about an entry\'s size, deep in a folder tree', () => {
  it(`proposta verify exits 2 with a message ${RUNS} times out of ${RUNS} (processes run concurrently) and removes its temporary folder`, async () => {
    const base = tmp();
    const zip = lyingZip(deepFolder(base));
    const tmpDir = privateTmp(base);
    const runs = await pool(RUNS, 8, () => proposta(['verify', zip], tmpDir));
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.out).toContain('[PACCHETTO_ILLEGGIBILE]');
      expect(r.out).toContain('Esito: pacchetto illeggibile.');
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect(leftovers(tmpDir)).toEqual([]);
  }, 600_000);

  it(`${RUNS} concurrent verifications in one process (the desktop main process runs this code) all answer with a report`, async () => {
    const t = serveHarness(deepFolder(tmp()));
    lyingZip(t.workspace);
    const replies = await Promise.all(Array.from({ length: RUNS }, () => t.value<{ report: { leggibile: boolean; problemi: Array<{ codice: string }> } }>('package:verify', { source: { kind: 'workspace', name: 'menzogna.zip' } })));
    for (const r of replies) expect([r.report.leggibile, r.report.problemi[0]?.codice]).toEqual([false, 'PACCHETTO_ILLEGGIBILE']);
  }, 120_000);

  it(`proposta serve stays up under ${RUNS} concurrent package:verify requests for it`, async () => {
    const base = tmp();
    const workspace = deepFolder(base);
    lyingZip(workspace);
    const tmpDir = privateTmp(base);
    const child = spawn(process.execPath, [join(root, 'bin/proposta.js'), 'serve', '--cartella', workspace, '--dati', join(base, 'dati')], { cwd: root, env: { ...process.env, TMPDIR: tmpDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<URL>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /(http:\/\/127\.0\.0\.1:\d+\/)#token=([0-9a-f]+)/.exec(out);
          if (m?.[1] && m[2]) resolve(Object.assign(new URL(m[1]), { hash: m[2] }));
        });
        void exited.then((code) => reject(new Error(`proposta serve è uscito (${code}): ${out} ${stderr}`)));
      });
      const api = (channel: string, body: unknown) => fetch(new URL(`/api/${channel}`, url), {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Proposta-Token': url.hash.slice(1) }, body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ ok: boolean; value?: { report: { problemi: Array<{ codice: string }> } } }>);
      const replies = await Promise.all(Array.from({ length: RUNS }, () => api('package:verify', { source: { kind: 'workspace', name: 'menzogna.zip' } })));
      for (const r of replies) expect(r.value?.report.problemi[0]?.codice).toBe('PACCHETTO_ILLEGGIBILE');
      expect((await api('app:info', {})).ok).toBe(true);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(leftovers(tmpDir)).toEqual([]);
  }, 300_000);
});
