// Whole-process measurements shared by the benchmarks: wall time from spawn to exit, the first run
// apart from the warm ones, and the peak memory (maxRSS) of a Node process.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from '../stats';

export interface Timed {
  /** The first run: files and libraries may not be in the page cache yet. */
  readonly first: number;
  /** Median of the runs after the first. */
  readonly warm: number;
  readonly runs: readonly number[];
}

/** Runs `cmd` once, synchronously; returns the wall time in ms. Throws when it fails. */
export function wallMs(cmd: string, args: readonly string[], opts: SpawnSyncOptions = {}): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'ignore', ...opts });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')}: uscito con ${r.status ?? r.signal} ${r.stderr ? String(r.stderr) : ''}`);
  return ms;
}

/** `runs` runs of each command, interleaved so that a change in the machine's load hits all alike. */
export function timeInterleaved(commands: ReadonlyArray<{ cmd: string; args: readonly string[]; opts?: SpawnSyncOptions }>, runs: number): Timed[] {
  const times = commands.map((): number[] => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, j) => times[j]?.push(wallMs(c.cmd, c.args, c.opts)));
  return times.map((t) => ({ first: t[0] ?? NaN, warm: median(t.slice(1)), runs: t }));
}

const PROBE = `process.on('exit', () => require('node:fs').writeFileSync(process.env.PROPOSTA_RSS_FILE, String(process.resourceUsage().maxRSS)));`;

/** Peak resident memory in MiB of `node ...args` (measured by the process itself as it exits). */
export function peakRssMiB(args: readonly string[], opts: SpawnSyncOptions = {}): number {
  const dir = mkdtempSync(join(tmpdir(), 'proposta-rss-'));
  try {
    const probe = join(dir, 'probe.cjs');
    writeFileSync(probe, PROBE);
    const file = join(dir, 'rss');
    const r = spawnSync(process.execPath, ['--require', probe, ...args], { stdio: 'ignore', ...opts, env: { ...process.env, ...opts.env, PROPOSTA_RSS_FILE: file } });
    if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')}: uscito con ${r.status ?? r.signal}`);
    return Number(readFileSync(file, 'utf8')) / 1024;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const fileUrl = (path: string): string => pathToFileURL(path).href;
