import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Proposal, RecoveryItem } from '../../core';
import { writeFileAtomic } from '../files/save';

/** What a recovery copy holds: the unsaved document and the file it belongs to, if any. */
export interface RecoveryCopy {
  readonly formato: 'proposta-recupero/1';
  readonly path: string | null;
  readonly writtenAt: string;
  readonly doc: Proposal;
}

const isCopy = (x: unknown): x is RecoveryCopy =>
  typeof x === 'object' && x !== null && (x as RecoveryCopy).formato === 'proposta-recupero/1' &&
  typeof (x as RecoveryCopy).writtenAt === 'string' && typeof (x as RecoveryCopy).doc === 'object';

/**
 * Autosaved copies of unsaved work, one per open proposal (`key`), in the user-data folder. A clean
 * save removes the copy; a copy still present at start means work that was never saved.
 */
export class RecoveryStore {
  constructor(private readonly dir: string) {}

  static in(userDataDir: string): RecoveryStore {
    return new RecoveryStore(join(userDataDir, 'recupero'));
  }

  private file(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  async write(key: string, path: string | null, doc: Proposal, now: Date): Promise<boolean> {
    await mkdir(this.dir, { recursive: true });
    const copy: RecoveryCopy = { formato: 'proposta-recupero/1', path, writtenAt: now.toISOString(), doc };
    return (await writeFileAtomic(this.file(key), new TextEncoder().encode(JSON.stringify(copy)), { backup: false })).ok;
  }

  async read(key: string): Promise<RecoveryCopy | null> {
    try {
      const data = JSON.parse(await readFile(this.file(key), 'utf8')) as unknown;
      return isCopy(data) ? data : null;
    } catch {
      return null;
    }
  }

  async discard(key: string): Promise<void> {
    await unlink(this.file(key)).catch(() => undefined);
  }

  /** Every readable copy, newest first, beside the modification time of the file it belongs to. */
  async list(): Promise<RecoveryItem[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const items: RecoveryItem[] = [];
    for (const n of names.filter((f) => f.endsWith('.json'))) {
      const key = n.slice(0, -'.json'.length);
      const copy = await this.read(key);
      if (!copy) continue;
      const saved = copy.path ? await stat(copy.path).catch(() => null) : null;
      items.push({
        key,
        name: copy.path ? basename(copy.path) : null,
        title: typeof copy.doc.progetto?.titolo === 'string' && copy.doc.progetto.titolo ? copy.doc.progetto.titolo : 'Proposta senza titolo',
        recoveredAt: copy.writtenAt,
        savedAt: saved ? saved.mtime.toISOString() : null,
      });
    }
    return items.sort((a, b) => b.recoveredAt.localeCompare(a.recoveredAt));
  }
}
