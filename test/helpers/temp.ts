// Temporary folders for tests, removed after the file's tests (the run fails if any is left: test/temp-guard.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A function that makes fresh `proposta-<prefix>-*` folders, all removed after the tests of the file. */
export function tempFolders(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const d of made) rmSync(d, { recursive: true, force: true, maxRetries: 3 });
  });
  return () => {
    const d = mkdtempSync(join(tmpdir(), `proposta-${prefix}-`));
    made.push(d);
    return d;
  };
}

/** An errno error as Node raises it (for effects that fail on purpose). */
export const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulato`), { code });
