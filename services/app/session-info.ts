import { basename } from 'node:path';
import { APP_VERSION, type IpcContract, type Reply } from '../../core';
import { listStarters, newFromStarter } from '../starters';
import type { AppHost } from './host';
import { ERR, fail, ok } from './reply';

/** What the window needs to know of its host: version, mode, where files come from, the call. */
export async function appInfo(host: AppHost): Promise<Reply<IpcContract['app:info']['res']>> {
  return ok({
    version: APP_VERSION,
    mode: host.mode === 'desktop' ? 'desktop' : 'browser',
    sources: host.mode === 'desktop' ? ['dialog' as const] : ['workspace' as const],
    profile: { id: host.profile.id, versione: host.profile.versione, titolo: host.profile.titolo },
  });
}

/** The starters offered on the start screen, with their titles. */
export async function starters(host: AppHost): Promise<Reply<{ starters: Array<{ name: string; title: string }> }>> {
  const opts = { profile: host.profile, now: host.now() };
  const names = await listStarters(host.startersDir);
  const list = await Promise.all(names.map(async (name) => {
    const r = await newFromStarter(name, opts, host.startersDir);
    return { name, title: r.ok && r.doc.progetto.titolo ? r.doc.progetto.titolo : 'Proposta vuota' };
  }));
  return ok({ starters: list });
}

/** «Nuova»: a proposal from a starter, not yet saved anywhere. */
export async function newProposal(host: AppHost, starter: string): Promise<Reply<IpcContract['file:new']['res']>> {
  const r = await newFromStarter(starter, { profile: host.profile, now: host.now() }, host.startersDir);
  return r.ok ? ok({ doc: r.doc }) : ERR.starter();
}

/** Desktop: shows an output of this session in the file manager; elsewhere, says where it is. */
export async function showInFolder(host: AppHost, handle: string): Promise<Reply<Record<string, never>>> {
  const known = host.session?.files.get(handle);
  if (!known) return ERR.handle();
  if (!host.showInFolder) return fail('SCELTA_NON_DISPONIBILE', `Il file è nella cartella di lavoro: ${basename(known.path)}.`);
  host.showInFolder(known.path);
  return ok({});
}

export async function windowState(host: AppHost, state: { name: string | null; dirty: boolean }): Promise<Reply<Record<string, never>>> {
  host.setWindowState?.(state);
  return ok({});
}

/** The window answered its close dialog: the desktop window closes; elsewhere there is nothing to close. */
export async function closeWindow(host: AppHost): Promise<Reply<Record<string, never>>> {
  host.closeWindow?.();
  return ok({});
}
