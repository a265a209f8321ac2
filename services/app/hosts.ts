import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CallProfile } from '../../core';
import { nodeEffects, type FileEffects } from '../files/effects';
import { FileRegistry } from './file-registry';
import type { AppHost, FileKind, Located, Place, Session } from './host';
import { RecentList } from './recent-list';
import { RecoveryStore } from './recovery-store';
import { ERR } from './reply';

interface Common {
  readonly profile: CallProfile;
  readonly now?: () => Date;
  readonly fx?: FileEffects;
  readonly startersDir?: string;
}

/** What every host takes as given: the call's profile, the clock, the file effects, the starters. */
const common = (opts: Common) => ({
  profile: opts.profile,
  now: opts.now ?? (() => new Date()),
  fx: opts.fx ?? nodeEffects,
  ...(opts.startersDir ? { startersDir: opts.startersDir } : {}),
});

const session = (dataDir: string): Session => ({ files: new FileRegistry(), recent: RecentList.in(dataDir), recovery: RecoveryStore.in(dataDir) });

/** The desktop app: every path comes from a native dialog the officer answered (or the OS, via the recent list). */
export function desktopHost(opts: Common & {
  readonly userDataDir: string;
  pickOpen(kind: FileKind): Promise<string | null>;
  pickSave(suggestedName: string, kind: FileKind): Promise<string | null>;
  readonly pickFolder?: () => Promise<string | null>;
  readonly showInFolder?: (path: string) => void;
  readonly setWindowState?: (state: { name: string | null; dirty: boolean }) => void;
  readonly closeWindow?: () => void;
}): AppHost {
  return {
    mode: 'desktop',
    ...common(opts),
    async locate(place: Place, kind: FileKind, purpose: 'read' | 'write'): Promise<Located> {
      if (place.kind === 'workspace') return ERR.noWorkspace();
      if (place.kind === 'path') return ERR.noPath();
      const path = purpose === 'read' ? await opts.pickOpen(kind) : await opts.pickSave(place.suggestedName ?? '', kind);
      // The native save dialog asks by itself before returning an existing file.
      return path === null ? { ok: true, cancelled: true } : { ok: true, path, confirmed: purpose === 'write', followLinks: true };
    },
    allows: () => true,
    folderShown: (path) => dirname(path),
    workspace: null,
    session: session(opts.userDataDir),
    ...(opts.pickFolder ? { pickFolder: opts.pickFolder } : {}),
    ...(opts.showInFolder ? { showInFolder: opts.showInFolder } : {}),
    ...(opts.setWindowState ? { setWindowState: opts.setWindowState } : {}),
    ...(opts.closeWindow ? { closeWindow: opts.closeWindow } : {}),
  };
}

/** A bare file name: no folder, no `.` or `..`, no NUL (the request guards already checked the pattern). */
const isBareName = (name: string): boolean => name === basename(name) && name !== '.' && name !== '..' && !name.includes('\0') && !name.includes('/') && !name.includes('\\');

/**
 * `proposta serve`: files are names in one folder, and nothing leaves it. Links are not followed
 * (one could lead outside), the recent list and the recovery copies are kept per folder in the
 * user-data folder and filtered to it, and the page is never shown a path.
 */
export function workspaceHost(opts: Common & { readonly workspaceDir: string; readonly userDataDir: string }): AppHost {
  const root = realpathSync(opts.workspaceDir);
  const dataDir = join(opts.userDataDir, 'cartelle', createHash('sha256').update(root).digest('hex').slice(0, 16));
  return {
    mode: 'browser',
    ...common(opts),
    async locate(place: Place): Promise<Located> {
      if (place.kind === 'dialog') return ERR.noDialog();
      if (place.kind === 'path') return ERR.noPath();
      if (!isBareName(place.name)) return ERR.outside();
      return { ok: true, path: join(root, place.name), confirmed: false, followLinks: false };
    },
    allows: (path) => dirname(resolve(path)) === root,
    folderShown: () => '',
    workspace: root,
    session: session(dataDir),
  };
}

/** The command line: paths as typed, relative to the current folder; replacing a file needs `--sovrascrivi`. */
export function cliHost(opts: Common): AppHost {
  return {
    mode: 'cli',
    ...common(opts),
    async locate(place: Place): Promise<Located> {
      if (place.kind !== 'path') return ERR.noPath();
      return { ok: true, path: resolve(place.path), confirmed: false, followLinks: true };
    },
    allows: () => true,
    folderShown: (path) => dirname(path),
    workspace: null,
    session: null,
  };
}
