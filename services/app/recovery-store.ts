import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_PROPOSAL_BYTES, type Proposal, type RecoveryItem } from '../../core';
import { readRegularFile } from '../files/read';
import { writeFileAtomic } from '../files/save';

/** What a recovery copy holds: the unsaved document and the file it belongs to, if any. */
export interface RecoveryCopy {
  readonly formato: 'proposta-recupero/1';
  readonly path: string | null;
  readonly writtenAt: string;
  readonly doc: Proposal;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A copy whose envelope has the expected types (the document itself is validated when opened). */
const isCopy = (x: unknown): x is RecoveryCopy =>
  isRecord(x) && x.formato === 'proposta-recupero/1' && typeof x.writtenAt === 'string' &&
  (x.path === null || typeof x.path === 'string') && isRecord(x.doc);

const titleOf = (doc: Proposal): string => {
  const p = (doc as { progetto?: unknown }).progetto;
  const t = isRecord(p) ? p.titolo : undefined;
  return typeof t === 'string' && t ? t.slice(0, 200) : 'Proposta senza titolo';
};

/**
 * Autosaved copies of unsaved work, one per open proposal (`key`), in the user-data folder. A clean
 * save removes the copy; a copy still present at start means work that was never saved.
 */
export class RecoveryStore {
  constructor(private readonly dir: string) {}

  static in(dataDir: string): RecoveryStore {
    return new RecoveryStore(join(dataDir, 'recupero'));
  }

  private file(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  async write(key: string, path: string | null, doc: Proposal, now: Date): Promise<boolean> {
    if (!(await mkdir(this.dir, { recursive: true }).then(() => true, () => false))) return false;
    const copy: RecoveryCopy = { formato: 'proposta-recupero/1', path, writtenAt: now.toISOString(), doc };
    return (await writeFileAtomic(this.file(key), new TextEncoder().encode(JSON.stringify(copy)))).ok;
  }

  /** The copy, or null when missing, unreadable or malformed. Never throws. */
  async read(key: string): Promise<RecoveryCopy | null> {
    const r = await readRegularFile(this.file(key), MAX_PROPOSAL_BYTES + 1024 * 1024, { followLinks: false });
    if (!r.ok) return null;
    try {
      const data = JSON.parse(r.bytes.toString('utf8')) as unknown;
      return isCopy(data) ? data : null;
    } catch {
      return null;
    }
  }

  async discard(key: string): Promise<void> {
    await unlink(this.file(key)).catch(() => undefined);
  }

  /**
   * Every readable copy that `allowed` accepts, newest first, beside the modification time of the
   * file it belongs to. A damaged copy is left out, never a reason to list nothing.
   */
  async list(allowed: (path: string | null) => boolean = () => true): Promise<RecoveryItem[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const items: RecoveryItem[] = [];
    for (const n of names.filter((f) => /^[0-9a-z-]{1,80}\.json$/.test(f))) {
      const key = n.slice(0, -'.json'.length);
      const copy = await this.read(key);
      if (!copy || !allowed(copy.path)) continue;
      const saved = copy.path ? await stat(copy.path).catch(() => null) : null;
      items.push({
        key,
        name: copy.path ? basename(copy.path) : null,
        title: titleOf(copy.doc),
        recoveredAt: copy.writtenAt,
        savedAt: saved ? saved.mtime.toISOString() : null,
      });
    }
    return items.sort((a, b) => b.recoveredAt.localeCompare(a.recoveredAt));
  }
}
