import { constants } from 'node:fs';
import { link, open, rename, unlink } from 'node:fs/promises';

/** A file being written: the few operations a careful write needs. */
export interface WritableFile {
  write(chunk: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  chown(uid: number, gid: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file-system effects of every write, in one object that a host supplies: the real ones
 * (`nodeEffects`), or a test's that fails where the test wants (a full disk, a failed rename).
 */
export interface FileEffects {
  /** Creates `path` exclusively (never through a link) with `mode`, open for writing. */
  create(path: string, mode: number): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  /** A second name for an existing file (the `.bak` of a save costs no copy). */
  link(existing: string, created: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Flushes an existing file's data to disk (before it becomes the `.bak`). */
  syncFile(path: string): Promise<void>;
  /** Flushes a folder's entries, so that a rename survives a power cut. */
  syncDir(dir: string): Promise<void>;
}

const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
const READ_NOFOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

async function syncPath(path: string, flags: number): Promise<void> {
  const fh = await open(path, flags);
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export const nodeEffects: FileEffects = {
  async create(path, mode) {
    const fh = await open(path, CREATE, mode);
    return {
      write: async (chunk) => {
        let done = 0;
        while (done < chunk.byteLength) done += (await fh.write(chunk, done, chunk.byteLength - done)).bytesWritten;
      },
      sync: () => fh.sync(),
      chmod: (m) => fh.chmod(m),
      chown: (uid, gid) => fh.chown(uid, gid),
      close: () => fh.close(),
    };
  },
  rename: (from, to) => rename(from, to),
  link: (existing, created) => link(existing, created),
  unlink: (path) => unlink(path),
  syncFile: (path) => syncPath(path, READ_NOFOLLOW),
  async syncDir(dir) {
    try {
      await syncPath(dir, constants.O_RDONLY);
    } catch {
      // Folders cannot be opened for fsync on Windows; the rename is still atomic there.
    }
  },
};
