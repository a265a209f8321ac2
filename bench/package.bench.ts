// Hashing and zipping attachments: speed against `sha256sum` on the same files, and peak memory as
// the attachment grows from 10 MB to 1 GB (each size in a fresh process, so maxRSS is its own).
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashFile } from '../services/package/hash';
import { writeZip } from '../services/package/zip-write';

const MB = 1024 ** 2;

/** A file of pseudo-random bytes (not sparse: the disk and page cache are exercised as for a real PDF). */
function makeFile(path: string, size: number): void {
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(4 * MB);
  for (let i = 0; i < block.length; i += 4) block.writeUInt32LE((i * 2654435761) >>> 0, i);
  for (let written = 0; written < size; written += block.length) writeSync(fd, block, 0, Math.min(block.length, size - written));
  closeSync(fd);
}

async function child(path: string): Promise<void> {
  const t0 = performance.now();
  const d = await hashFile(path);
  const hashMs = performance.now() - t0;
  const t1 = performance.now();
  await writeZip(`${path}.zip`, [{ name: 'allegati/file.bin', source: { kind: 'file', path, size: d.size, sha256: d.sha256 } }]);
  const zipMs = performance.now() - t1;
  process.stdout.write(JSON.stringify({ hashMs, zipMs, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

if (process.argv[2] === '--figlio') {
  await child(process.argv[3] ?? '');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'proposta-pkgbench-'));
  console.log('dimensione  hash Proposta   sha256sum   rapporto velocità   zip (store)   memoria di picco');
  for (const size of [10 * MB, 100 * MB, 1024 * MB]) {
    const f = join(dir, `allegato-${size / MB}.bin`);
    makeFile(f, size);
    execFileSync('sha256sum', [f]);
    const t0 = performance.now();
    execFileSync('sha256sum', [f]);
    const sumMs = performance.now() - t0;
    const r = spawnSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--figlio', f], { encoding: 'utf8' });
    const c = JSON.parse(r.stdout) as { hashMs: number; zipMs: number; maxRssMb: number };
    console.log(`${String(size / MB).padStart(6)} MB  ${c.hashMs.toFixed(0).padStart(9)} ms  ${sumMs.toFixed(0).padStart(8)} ms   ${(sumMs / c.hashMs).toFixed(2).padStart(8)}x sha256sum   ${c.zipMs.toFixed(0).padStart(7)} ms   ${c.maxRssMb.toFixed(0).padStart(6)} MB`);
  }
}
