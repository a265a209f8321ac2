// Packaging attachments of 10 MB to 1 GB, beside the tools an officer could use instead:
// `openssl dgst -sha256` (and Debian's `sha256sum`, which lacks the SHA extensions) for the hash,
// `zip -0` for the archive. For each size: the whole `proposta package` process (a starter proposal
// whose first attachment is the large file; first run apart from the median of the warm ones, and
// its peak memory), and in a fresh process the one-read digest (size, SHA-256, CRC-32) and the zip
// writer alone. Everything is written under one temporary folder, removed at the end (also on Ctrl+C).
// Figures, not a test.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { digestFile } from '../services/package/digest';
import { writeStoredZip } from '../services/package/zip-store';
import { buildCli } from '../scripts/build';
import { starter } from '../test/helpers/docs';
import { machineLine, median, ms } from './stats';
import { peakRssMiB, wallMs } from './support/process';

const MB = 1024 ** 2;
const root = new URL('..', import.meta.url).pathname;
/** PROPOSTA_BENCH_MB=10,100 measures other sizes. */
const SIZES = (process.env.PROPOSTA_BENCH_MB ?? '10,100,500,1024').split(',').map((s) => Number(s) * MB);
/** Warm runs after the first: fewer for the large sizes, each of which writes its size again. */
const warmRuns = (size: number): number => (size <= 100 * MB ? 7 : 3);

/** Incompressible bytes, as a scanned PDF is (not sparse: the disk and the page cache work as for a real file). */
function makeFile(path: string, size: number): void {
  const fd = openSync(path, 'w');
  try {
    const block = randomBytes(4 * MB);
    for (let written = 0; written < size; written += block.length) writeSync(fd, block, 0, Math.min(block.length, size - written));
  } finally {
    closeSync(fd);
  }
}

/** The in-process half, in a fresh process so that its peak memory is its own. */
async function child(path: string, zip: string): Promise<void> {
  let t = performance.now();
  const d = await digestFile(path);
  const digestMs = performance.now() - t;
  t = performance.now();
  await writeStoredZip(zip, [{ name: 'allegati/file.pdf', source: { kind: 'file', path, size: d.size, crc32: d.crc32 } }]);
  const zipMs = performance.now() - t;
  rmSync(zip, { force: true });
  process.stdout.write(JSON.stringify({ digestMs, zipMs, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

/** A starter proposal in `dir` with its attachments beside it, the first one `size` bytes. */
function proposalWith(dir: string, size: number): { proposal: string; big: string } {
  // Fingerprints left empty: the package computes them in its one read (a declared one would be checked).
  const start = starter('comune-singolo');
  const doc = { ...start, allegati: { ...start.allegati, elenco: start.allegati.elenco.map((a) => ({ ...a, sha256: '' })) } };
  const proposal = join(dir, 'molfetta.proposta');
  writeFileSync(proposal, JSON.stringify(doc));
  let big = '';
  doc.allegati.elenco.forEach((a, i) => {
    const file = join(dir, a.nomeFile);
    mkdirSync(dirname(file), { recursive: true });
    if (i === 0) makeFile((big = file), size);
    else writeFileSync(file, randomBytes(64 * 1024));
  });
  return { proposal, big };
}

function timed(cmd: string, args: readonly string[], runs: number, after?: () => void): { first: number; warm: number } {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    times.push(wallMs(cmd, args));
    after?.();
  }
  return { first: times[0] ?? NaN, warm: median(times.slice(1)) };
}

const mbps = (size: number, t: number): string => `${(size / MB / (t / 1000)).toFixed(0)} MB/s`;

if (process.argv[2] === '--figlio') {
  await child(process.argv[3] ?? '', process.argv[4] ?? '');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'proposta-pkgbench-'));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    // `proposta package` as it ships: the built CLI (a stale build would run the sources through tsx).
    await buildCli();
    console.log(await machineLine());
    console.log('Tempi di processo intero (avvio compreso): primo giro, poi mediana dei successivi; throughput = dimensione / tempo.');
    for (const size of SIZES) {
      const sub = mkdtempSync(join(dir, `${size / MB}MB-`));
      const { proposal, big } = proposalWith(sub, size);
      const out = join(sub, 'pacchetto.zip');
      const peerZip = join(sub, 'peer.zip');
      const runs = warmRuns(size);
      const openssl = timed('openssl', ['dgst', '-sha256', big], runs);
      const sha256sum = timed('sha256sum', [big], runs);
      const zip0 = timed('zip', ['-0', '-q', '-j', peerZip, big], runs, () => rmSync(peerZip, { force: true }));
      const ours = timed(process.execPath, [join(root, 'bin/proposta.js'), 'package', proposal, '--out', out, '--non-firmato'], runs, () => {
        // --non-firmato also writes the two files to sign beside the package.
        for (const f of [out, out.replace(/\.zip$/, '-da-firmare-manifest.json'), out.replace(/\.zip$/, '-da-firmare-dossier.pdf')]) rmSync(f, { force: true });
      });
      const rss = peakRssMiB([join(root, 'bin/proposta.js'), 'package', proposal, '--out', out, '--non-firmato']);
      rmSync(out, { force: true });
      const alone = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--figlio', big, join(sub, 'solo.zip')], { encoding: 'utf8' })) as { digestMs: number; zipMs: number; maxRssMiB: number };
      const peer = openssl.warm + zip0.warm;
      const peerSum = sha256sum.warm + zip0.warm;
      console.log(`\n${size / MB} MB`);
      console.log(`  openssl dgst -sha256   primo ${ms(openssl.first)}, mediana ${ms(openssl.warm)} (${mbps(size, openssl.warm)})`);
      console.log(`  sha256sum              primo ${ms(sha256sum.first)}, mediana ${ms(sha256sum.warm)} (${mbps(size, sha256sum.warm)})`);
      console.log(`  zip -0                 primo ${ms(zip0.first)}, mediana ${ms(zip0.warm)} (${mbps(size, zip0.warm)})`);
      console.log(`  proposta package       primo ${ms(ours.first)}, mediana ${ms(ours.warm)}, memoria di picco ${rss.toFixed(0)} MiB (PDF e DOCX compresi)`);
      console.log(`    = ${(peer / ours.warm * 100).toFixed(0)}% del throughput di openssl dgst + zip -0 (${ms(peer)}; obiettivo >= 90%), ${(peerSum / ours.warm * 100).toFixed(0)}% di sha256sum + zip -0 (${ms(peerSum)})`);
      console.log(`  nel processo: lettura unica (SHA-256 + CRC-32) ${ms(alone.digestMs)} (${mbps(size, alone.digestMs)}), scrittura dello zip ${ms(alone.zipMs)} (${mbps(size, alone.zipMs)}), memoria di picco ${alone.maxRssMiB.toFixed(0)} MiB`);
      rmSync(sub, { recursive: true, force: true });
    }
  } finally {
    cleanup();
  }
}
