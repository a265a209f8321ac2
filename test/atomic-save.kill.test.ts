import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../core';
import { createHandlers, workspaceHost } from '../services/ipc';
import { dispatch } from '../services/ipc/dispatch';
import { NOW, PROFILE, starterPath } from './helpers/docs';

const KILLS = Number(process.env.PROPOSTA_KILLS ?? 100);
const root = new URL('..', import.meta.url).pathname;
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

/** Starts the saving loop, waits until it has saved once, then kills it after a random delay. */
function runAndKill(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/helpers/save-loop.ts'), ...args], {
      cwd: root, stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), Math.random() * 40));
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`uscita inattesa: ${code}`))));
  });
}

describe('saving and autosave under SIGKILL', () => {
  it(`leave a complete intended file and offer the newest autosave after each of ${KILLS} kills`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'proposta-kill-'));
    const work = join(dir, 'lavoro');
    const userData = join(dir, 'dati');
    mkdirSync(work);
    const target = join(work, 'crescita.proposta.json');
    copyFileSync(starterPath('comune-singolo'), target);
    const log = join(dir, 'versioni.log');
    for (let i = 0; i < KILLS; i++) {
      await runAndKill([target, userData, log, String(i * 7)]);
      const intents = readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split(' ') as [string, string]);
      const bytes = readFileSync(target);
      expect(() => JSON.parse(bytes.toString('utf8'))).not.toThrow();
      expect(intents.filter(([k]) => k === 'file').map(([, h]) => h)).toContain(sha(bytes));

      // A fresh start, as after a crash: recovery offers the newest autosaved state.
      const handlers = createHandlers(workspaceHost({ userDataDir: userData, workspaceDir: work, profile: PROFILE, now: () => NOW }));
      const list = await dispatch(handlers, 'recovery:list', {});
      const items = list.ok ? (list.value as { items: Array<{ key: string }> }).items : [];
      const newestRecovery = intents.filter(([k]) => k === 'recupero').at(-1)?.[1];
      const newestFile = intents.filter(([k]) => k === 'file').at(-1)?.[1];
      if (items.length > 0) {
        // Each save removes the copy before it, so a copy on disk must be the newest autosave.
        expect(items).toHaveLength(1);
        const opened = await dispatch(handlers, 'recovery:open', { key: items[0]!.key });
        expect(opened.ok && sha(JSON.stringify((opened.value as { doc: Proposal }).doc))).toBe(newestRecovery);
      } else if (intents.at(-1)?.[0] === 'file') {
        // No copy while a save was under way: that save completed (it removes the copy only after writing).
        expect(sha(bytes)).toBe(newestFile);
      }
    }
    // Temporary files of killed writers may remain; they never replace the proposal...
    expect(readdirSync(work).filter((f) => !f.endsWith('.tmp')).sort()).toEqual(['crescita.proposta.json', 'crescita.proposta.json.bak']);
    // ...and the next save of the file removes them.
    const handlers = createHandlers(workspaceHost({ userDataDir: userData, workspaceDir: work, profile: PROFILE, now: () => NOW }));
    const opened = await dispatch(handlers, 'file:open', { source: { kind: 'workspace', name: 'crescita.proposta.json' } });
    if (!opened.ok) throw new Error(opened.error.code);
    const { handle, doc } = opened.value as { handle: string; doc: Proposal };
    expect((await dispatch(handlers, 'file:save', { handle, doc })).ok).toBe(true);
    expect(readdirSync(work).sort()).toEqual(['crescita.proposta.json', 'crescita.proposta.json.bak']);
    rmSync(dir, { recursive: true, force: true });
  }, 600_000);
});
