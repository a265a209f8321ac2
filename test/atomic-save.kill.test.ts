import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const KILLS = Number(process.env.PROPOSTA_KILLS ?? 100);
const root = new URL('..', import.meta.url).pathname;
const starter = join(root, 'templates/examples/comune-singolo.proposta.json');

/** Starts the saving loop, waits until it has saved once, then kills it after a random delay. */
function runAndKill(target: string, log: string, startAt: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/helpers/save-loop.ts'), target, log, starter, String(startAt)], {
      cwd: root, stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), Math.random() * 40));
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`uscita inattesa: ${code}`))));
  });
}

describe('atomic save under SIGKILL', () => {
  it(`leaves a complete, previously intended version after each of ${KILLS} kills`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'proposta-kill-'));
    const target = join(dir, 'crescita.proposta.json');
    const log = join(dir, 'versioni.log');
    for (let i = 0; i < KILLS; i++) {
      await runAndKill(target, log, i * 7);
      const bytes = readFileSync(target);
      const versions = new Set(readFileSync(log, 'utf8').trim().split('\n'));
      expect(() => JSON.parse(bytes.toString('utf8'))).not.toThrow();
      expect(versions.has(createHash('sha256').update(bytes).digest('hex'))).toBe(true);
    }
    // Temporary files of killed writers may remain; they never replace the proposal.
    expect(readdirSync(dir).filter((f) => !f.endsWith('.tmp')).sort()).toEqual(['crescita.proposta.json', 'crescita.proposta.json.bak', 'versioni.log']);
  }, 600_000);
});
