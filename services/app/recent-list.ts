import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../files/save';

const MAX_RECENT = 10;
const MAX_LIST_BYTES = 64 * 1024;

export interface RecentEntry {
  readonly id: string;
  readonly path: string;
}

/** Stable id of a path: the recent list survives restarts, and so must its ids. */
export const recentId = (path: string): string => createHash('sha256').update(path).digest('hex').slice(0, 16);

/** The recent files, newest first, kept as JSON in the user-data folder. */
export class RecentList {
  constructor(private readonly file: string) {}

  static in(dataDir: string): RecentList {
    return new RecentList(join(dataDir, 'recenti.json'));
  }

  /** Entries on disk; an unreadable list is treated as empty (it is only a convenience). */
  read(): RecentEntry[] {
    try {
      // Only a small regular file: anything else (a FIFO would block) is ignored.
      const st = statSync(this.file);
      if (!st.isFile() || st.size > MAX_LIST_BYTES) return [];
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      if (!Array.isArray(data)) return [];
      return data.filter((p): p is string => typeof p === 'string').map((path) => ({ id: recentId(path), path }));
    } catch {
      return [];
    }
  }

  async remember(path: string): Promise<void> {
    const paths = [path, ...this.read().map((e) => e.path).filter((p) => p !== path)].slice(0, MAX_RECENT);
    await this.write(paths);
  }

  /** The list with vanished files dropped (and saved so), plus the names of those dropped. */
  async prune(): Promise<{ kept: RecentEntry[]; dropped: string[] }> {
    const all = this.read();
    const kept = all.filter((e) => existsSync(e.path));
    const dropped = all.filter((e) => !kept.includes(e)).map((e) => basename(e.path));
    if (dropped.length) await this.write(kept.map((e) => e.path));
    return { kept, dropped };
  }

  /** Best effort: a list that cannot be written never fails the save or open that updates it. */
  private async write(paths: string[]): Promise<void> {
    try {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, new TextEncoder().encode(`${JSON.stringify(paths, null, 2)}\n`));
    } catch {
      // The list is a convenience; the file itself was opened or saved.
    }
  }
}
