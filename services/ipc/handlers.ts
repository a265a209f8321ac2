import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { APP_VERSION, isStructuralIssue, validate, WORKSPACE_NAME, type Handlers } from '../../core';
import { openProposal } from '../files/open';
import { listStarters, newFromStarter } from '../starters';
import { ERR, fail, ok } from './errors';
import { FileRegistry } from './file-registry';
import type { HostPorts } from './ports';
import { RecentList } from './recent';
import { RecoveryStore } from './recovery';
import { exportHandlers } from './export-handlers';
import { saveTo } from './save-to';
import { resolveOpen } from './sources';

/**
 * The handler table of the IPC contract: what the window may ask, answered with services/. Both
 * hosts register exactly this table after checking each request (core/ipc/guards.ts).
 */
export function createHandlers(ports: HostPorts) {
  const files = new FileRegistry();
  const recent = RecentList.in(ports.userDataDir);
  const recovery = RecoveryStore.in(ports.userDataDir);
  const opts = () => ({ profile: ports.profile, now: ports.now() });

  return {
    'app:info': async () => ok({
      version: APP_VERSION,
      mode: ports.mode,
      sources: ports.mode === 'desktop' ? ['dialog' as const] : ['workspace' as const],
      profile: { id: ports.profile.id, versione: ports.profile.versione, titolo: ports.profile.titolo },
    }),

    'starters:list': async () => {
      const names = await listStarters(ports.startersDir);
      const starters = await Promise.all(names.map(async (name) => {
        const r = await newFromStarter(name, opts(), ports.startersDir);
        return { name, title: r.ok && r.doc.progetto.titolo ? r.doc.progetto.titolo : 'Proposta vuota' };
      }));
      return ok({ starters });
    },

    'file:new': async ({ starter }) => {
      const r = await newFromStarter(starter, opts(), ports.startersDir);
      return r.ok ? ok({ doc: r.doc }) : ERR.starter();
    },

    'file:open': async ({ source }) => {
      const where = await resolveOpen(source, ports, recent);
      if (!where.ok) return where;
      if (where.value === null) return ok({ cancelled: true as const });
      const path = where.value;
      const r = await openProposal(path, opts());
      if (!r.ok) return fail(r.error.code, r.error.message, r.issues);
      await recent.remember(path);
      return ok({ handle: files.handleFor(path), name: basename(path), doc: r.doc, migratedFrom: r.migratedFrom, notes: r.notes });
    },

    'file:save': async ({ handle, doc }) => {
      const path = files.pathOf(handle);
      if (!path) return ERR.handle();
      return saveTo(path, doc, ports, recent, recovery);
    },

    'file:saveAs': async ({ target, doc }) => {
      let path: string | null;
      if (target.kind === 'dialog') {
        if (!ports.pickSave) return ERR.noDialog();
        path = await ports.pickSave(target.suggestedName, 'proposta');
      } else {
        if (!ports.workspaceDir) return ERR.noWorkspace();
        path = join(ports.workspaceDir, target.name);
      }
      if (path === null) return ok({ cancelled: true as const });
      const handle = files.handleFor(path);
      const r = await saveTo(path, doc, ports, recent, recovery);
      return r.ok ? ok({ ...r.value, handle }) : r;
    },

    'workspace:list': async () => {
      const dir = ports.workspaceDir;
      if (!dir) return ok({ files: [] });
      const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => WORKSPACE_NAME.test(n)).sort();
      const files = await Promise.all(names.map(async (name) => {
        const st = await stat(join(dir, name));
        return { name, size: st.size, modified: st.mtime.toISOString() };
      }));
      return ok({ files });
    },

    'recent:list': async () => {
      const { kept, dropped } = await recent.prune();
      return ok({ items: kept.map((e) => ({ id: e.id, name: basename(e.path), folder: e.path.slice(0, -basename(e.path).length) })), dropped });
    },

    'recovery:write': async ({ key, handle, doc }) => {
      const path = handle ? files.pathOf(handle) ?? null : null;
      if (handle && !path) return ERR.handle();
      const now = ports.now();
      return (await recovery.write(key, path, doc, now))
        ? ok({ writtenAt: now.toISOString() })
        : fail('RECUPERO_NON_SCRITTO', 'La copia di recupero automatica non è stata scritta: salva la proposta appena puoi.');
    },

    'recovery:list': async () => ok({ items: await recovery.list() }),

    'recovery:open': async ({ key }) => {
      const copy = await recovery.read(key);
      if (!copy) return ERR.recovery();
      const structural = validate(copy.doc, opts()).filter(isStructuralIssue);
      if (structural.length) return fail('RECUPERO_NON_VALIDO', 'La copia di recupero è danneggiata e non può essere aperta: apri il file salvato.', structural);
      return ok({ doc: copy.doc, handle: copy.path ? files.handleFor(copy.path) : null, name: copy.path ? basename(copy.path) : null });
    },

    'recovery:discard': async ({ key }) => {
      await recovery.discard(key);
      return ok({});
    },

    ...exportHandlers(ports, files),

    'window:state': async (state) => {
      ports.setWindowState?.(state);
      return ok({});
    },

    'window:close': async () => {
      ports.closeWindow?.();
      return ok({});
    },
  } satisfies Handlers;
}
