// The handler table on a real host, as Electron main and `proposta serve` build it, for tests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers, Reply } from '../../core';
import type { FileEffects } from '../../services/files/effects';
import { createHandlers, desktopHost, workspaceHost, type AppHost } from '../../services/ipc';
import { dispatch } from '../../services/ipc/dispatch';
import { NOW, PROFILE, starterPath } from './docs';

export interface Harness {
  readonly root: string;
  readonly workspace: string;
  readonly userData: string;
  readonly host: AppHost;
  call(channel: string, req: unknown): Promise<Reply<unknown>>;
  value<T>(channel: string, req: unknown): Promise<T>;
  /** The code of a failed reply, or 'ok'. */
  code(channel: string, req: unknown): Promise<string>;
}

function harness(root: string, workspace: string, userData: string, host: AppHost): Harness {
  const handlers: Handlers = createHandlers(host);
  const call = (channel: string, req: unknown) => dispatch(handlers, channel, req);
  return {
    root, workspace, userData, host, call,
    async value<T>(channel: string, req: unknown): Promise<T> {
      const r = await call(channel, req);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
      return r.value as T;
    },
    async code(channel: string, req: unknown) {
      const r = await call(channel, req);
      return r.ok ? 'ok' : r.error.code;
    },
  };
}

/** `proposta serve` on `<root>/lavoro` holding molfetta.proposta (the comune-singolo starter). */
export function serveHarness(root: string, fx?: FileEffects): Harness {
  const workspace = join(root, 'lavoro');
  const userData = join(root, 'dati');
  mkdirSync(workspace, { recursive: true });
  writeFileSync(join(workspace, 'molfetta.proposta'), readFileSync(starterPath('comune-singolo')));
  return harness(root, workspace, userData, workspaceHost({ userDataDir: userData, workspaceDir: workspace, profile: PROFILE, now: () => NOW, ...(fx ? { fx } : {}) }));
}

/** The desktop app, whose dialogs answer with the paths the test gives (null: cancelled). */
export function desktopHarness(root: string, answers: { open?: () => string | null; save?: () => string | null }, fx?: FileEffects, userData = join(root, 'dati-desktop')): Harness {
  const workspace = join(root, 'documenti');
  mkdirSync(workspace, { recursive: true });
  writeFileSync(join(workspace, 'molfetta.proposta'), readFileSync(starterPath('comune-singolo')));
  const host = desktopHost({
    userDataDir: userData, profile: PROFILE, now: () => NOW, ...(fx ? { fx } : {}),
    pickOpen: async () => answers.open?.() ?? null,
    pickSave: async () => answers.save?.() ?? null,
  });
  return harness(root, workspace, userData, host);
}
