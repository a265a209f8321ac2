import { randomBytes } from 'node:crypto';
import type { FileStamp } from '../files/stamp';

/** A file of this session: a proposal (which may be saved again), a partner module (saved only as one), an output (dossier, package), a PKCS#11 module the officer chose, or a partner's reply being imported. */
export interface KnownFile {
  readonly path: string;
  readonly kind: 'proposta' | 'uscita' | 'modulo' | 'partner' | 'risposta';
  /** What the file was when last read or written by Proposta; null when unknown. */
  readonly stamp: FileStamp | null;
}

/**
 * Opaque handles for the files of this session. The window only ever holds a handle; the path,
 * which came from a dialog, the recent list or the workspace, stays here.
 */
export class FileRegistry {
  private readonly byHandle = new Map<string, KnownFile>();
  private readonly byPath = new Map<string, string>();

  /** The handle of `path`, issuing one on first use; kind and stamp are updated. */
  register(path: string, kind: KnownFile['kind'], stamp: FileStamp | null): string {
    let h = this.byPath.get(path);
    if (!h) {
      h = randomBytes(16).toString('hex');
      this.byPath.set(path, h);
    }
    this.byHandle.set(h, { path, kind, stamp });
    return h;
  }

  get(handle: string): KnownFile | undefined {
    return this.byHandle.get(handle);
  }

  /** The entry of a path, when this session knows it. */
  atPath(path: string): KnownFile | undefined {
    const h = this.byPath.get(path);
    return h ? this.byHandle.get(h) : undefined;
  }

  /** The proposals of this session: an export may never replace one. */
  proposals(): string[] {
    return [...this.byHandle.values()].filter((f) => f.kind === 'proposta').map((f) => f.path);
  }
}
