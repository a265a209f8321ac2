import { randomBytes } from 'node:crypto';

/**
 * Opaque handles for the files of this session. The window only ever holds a handle; the path,
 * which came from a dialog, the recent list or the workspace, stays here.
 */
export class FileRegistry {
  private readonly byHandle = new Map<string, string>();
  private readonly byPath = new Map<string, string>();

  /** The handle of `path`, issuing one on first use. */
  handleFor(path: string): string {
    let h = this.byPath.get(path);
    if (!h) {
      h = randomBytes(16).toString('hex');
      this.byHandle.set(h, path);
      this.byPath.set(path, h);
    }
    return h;
  }

  pathOf(handle: string): string | undefined {
    return this.byHandle.get(handle);
  }
}
