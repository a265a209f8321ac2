// A reader that goes away (`proposta validate … | head -1`) must not crash a command: it finishes, with
// its own exit code, and prints no stack trace.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const broken = join(root, 'test/fixtures/broken');
const files = readdirSync(broken).map((f) => join(broken, f));

function validateWithClosedReader(): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/proposta.js'), 'validate', ...files, '--json'], { cwd: root });
    child.on('error', reject);
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    // The reader has gone before the command prints.
    child.stdout.destroy();
    child.on('close', (code) => resolve({ code, err }));
  });
}

describe('the CLI with a reader that goes away', () => {
  it('finishes with its exit code and no stack trace, many times at once', async () => {
    const runs = await Promise.all(Array.from({ length: 8 }, validateWithClosedReader));
    for (const r of runs) {
      expect(r.err).not.toMatch(/EPIPE|Unhandled|at /);
      expect(r.code).toBe(1);
    }
  }, 120_000);
});
