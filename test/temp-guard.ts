// vitest globalSetup: the run gets a private temporary folder (TMPDIR, so os.tmpdir() in the tests,
// their workers and every process they start), and fails if it ends with `proposta-*` entries left
// in it: every test must clean up the folders it makes. Other runs on the same machine (other
// engineers, CI jobs) use their own folders, so nothing here looks at the shared /tmp.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let privateDir = '';
let previous: string | undefined;

export function setup(): void {
  previous = process.env.TMPDIR;
  privateDir = mkdtempSync(join(tmpdir(), 'vitest-proposta-run-'));
  process.env.TMPDIR = privateDir;
}

export function teardown(): void {
  const left = readdirSync(privateDir).filter((n) => n.startsWith('proposta-'));
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  rmSync(privateDir, { recursive: true, force: true, maxRetries: 3 });
  if (left.length) {
    // An exception here is only logged by vitest: the exit code is what fails `npm test`.
    console.error(`\nI test hanno lasciato ${left.length} cartelle temporanee: ${left.slice(0, 20).join(', ')}${left.length > 20 ? ', …' : ''}. Ogni test deve eliminare le cartelle che crea.`);
    process.exitCode = 1;
  }
}
