import type { CallProfile } from '../../core';
import type { FileEffects } from '../files/effects';
import type { FileRegistry } from './file-registry';
import type { Failure } from './reply';
import type { RecentList } from './recent-list';
import type { RecoveryStore } from './recovery-store';

/** What a file is for: it sets a dialog's title and filters. */
export type FileKind = 'proposta' | 'pdf' | 'docx' | 'pacchetto' | 'certificato' | 'allegato' | 'firmato' | 'modulo' | 'partner' | 'risposta' | 'risposta-comune';

/**
 * Where a file is: a native dialog to ask, a name in the workspace folder of `proposta serve`, or a
 * path given on the command line. The window can only send the first two (core/ipc/guards.ts).
 */
export type Place =
  | { readonly kind: 'dialog'; readonly suggestedName?: string }
  | { readonly kind: 'workspace'; readonly name: string }
  | { readonly kind: 'path'; readonly path: string };

export type Located =
  | {
      readonly ok: true;
      readonly path: string;
      /** A native save dialog asked the officer before returning an existing file: replacing it is confirmed. */
      readonly confirmed: boolean;
      /** Reads may follow a link (desktop, command line) or not (serve: a link could lead outside its folder). */
      readonly followLinks: boolean;
    }
  | { readonly ok: true; readonly cancelled: true }
  | Failure;

/** What a window session keeps: its files' handles, the recent list and the recovery copies. */
export interface Session {
  readonly files: FileRegistry;
  readonly recent: RecentList;
  readonly recovery: RecoveryStore;
}

/**
 * Everything an operation of services/app needs from where it runs: the desktop app (native
 * dialogs), `proposta serve` (one workspace folder) or the command line (paths). The three differ
 * only here; the operations are the same code, answering with the same codes.
 */
export interface AppHost {
  readonly mode: 'desktop' | 'browser' | 'cli';
  readonly profile: CallProfile;
  now(): Date;
  /** The file-system effects of every write (tests inject a full disk here). */
  readonly fx: FileEffects;
  /** The one place where a request's place becomes a path, or a refusal, or a cancelled dialog. */
  locate(place: Place, kind: FileKind, purpose: 'read' | 'write'): Promise<Located>;
  /** Whether this host may use a path it finds in its lists (serve: only inside its folder). */
  allows(path: string): boolean;
  /** The folder of a file as the page may show it (serve never shows a path). */
  folderShown(path: string): string;
  /** `proposta serve`: the folder whose files the page may name; null elsewhere. */
  readonly workspace: string | null;
  /** The window's session; null on the command line. */
  readonly session: Session | null;
  /** The starters' folder, when not the source tree's templates/examples (packaged app). */
  readonly startersDir?: string;
  /** Desktop: a native dialog to choose a folder (where the partner modules go); null when cancelled. */
  readonly pickFolder?: () => Promise<string | null>;
  /** Desktop: shows a file in the system's file manager. */
  readonly showInFolder?: (path: string) => void;
  /** Desktop: title bar and close confirmation follow the window's state. */
  readonly setWindowState?: (state: { name: string | null; dirty: boolean }) => void;
  /** Desktop: closes the window without asking again (the window has asked Salva / Non salvare / Annulla). */
  readonly closeWindow?: () => void;
}
