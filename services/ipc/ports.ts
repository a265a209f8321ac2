import type { CallProfile } from '../../core';

/** What a dialog is for: it sets the dialog's title and file filters. */
export type FileKind = 'proposta' | 'pdf' | 'docx' | 'pacchetto' | 'certificato';

/** What a host (Electron main, or `proposta serve`) provides to the handler table. */
export interface HostPorts {
  readonly mode: 'desktop' | 'browser';
  /** Where the recent list and the recovery copies live. */
  readonly userDataDir: string;
  /** `proposta serve`: the folder whose proposals the browser may open and save; null on the desktop. */
  readonly workspaceDir: string | null;
  readonly profile: CallProfile;
  /** The starters' folder, when not the source tree's templates/examples (packaged app). */
  readonly startersDir?: string;
  now(): Date;
  /** Desktop: a native dialog the officer answers; resolves null when cancelled. */
  readonly pickOpen?: (kind: FileKind) => Promise<string | null>;
  readonly pickSave?: (suggestedName: string, kind: FileKind) => Promise<string | null>;
  /** Desktop: shows a file in the system's file manager. */
  readonly showInFolder?: (path: string) => void;
  /** Desktop: title bar and close confirmation follow the window's state. */
  readonly setWindowState?: (state: { name: string | null; dirty: boolean }) => void;
  /** Closes the desktop window without asking again (the window has asked). */
  readonly closeWindow?: () => void;
}
