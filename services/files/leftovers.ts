import { randomBytes } from 'node:crypto';
import { lstat, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FileEffects } from './effects';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The hidden temporary name of a write of `path` by this process: `.NAME.<pid>-<random>.tmp`. */
export function tempNameFor(path: string, suffix = ''): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}${suffix}.tmp`);
}

/** True when a process with this id runs (EPERM: it runs, as another user). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that an interrupted write of `path` left (a crash, a kill, a power
 * cut): only regular files named as tempNameFor() names them, and only of processes no longer
 * running, so that a write under way in another process is never disturbed. Best effort.
 */
export async function removeLeftovers(path: string, fx: FileEffects): Promise<number> {
  const pattern = new RegExp(`^\\.${escape(basename(path))}\\.(\\d+)-[0-9a-f]{12}(\\.bak)?\\.tmp$`);
  let removed = 0;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    const full = join(dirname(path), name);
    const st = await lstat(full).catch(() => null);
    if (!st?.isFile()) continue;
    await fx.unlink(full).then(() => removed++, () => undefined);
  }
  return removed;
}
