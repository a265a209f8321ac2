/** The median of `xs` (NaN when empty). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Runs `fn` `runs` times after `warmup` runs and returns the median in milliseconds. */
export async function medianMs(fn: () => unknown, runs = 50, warmup = 5): Promise<number> {
  return (await timesMs(fn, runs, warmup)).median;
}

/** The first run of `fn` apart, then the median of `runs` more after `warmup` unmeasured ones. */
export async function timesMs(fn: () => unknown, runs = 50, warmup = 5): Promise<{ first: number; median: number }> {
  let t = performance.now();
  await fn();
  const first = performance.now() - t;
  for (let i = 1; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return { first, median: median(times) };
}

/**
 * Median CPU time of `fn` in this process (user + system, every thread: the GC's helpers too). On a
 * shared machine other processes stretch wall time far more than this (they still slow it some,
 * through shared caches and cores), so it is the nearer figure for an idle machine.
 */
export async function cpuMedianMs(fn: () => unknown, runs = 30, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    await fn();
    const d = process.cpuUsage(c);
    times.push((d.user + d.system) / 1000);
  }
  return median(times);
}

export const fmtMs = (ms: number): string => `${ms.toFixed(3)} ms`;
/** Milliseconds to one decimal, or seconds to two past ten seconds. */
export const ms = (x: number): string => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(1)} ms`);

/** The machine and its load, printed at the top of every benchmark. */
export async function machineLine(): Promise<string> {
  const os = await import('node:os');
  const cpu = os.cpus()[0]?.model ?? '?';
  return `macchina: ${os.cpus().length} core (${cpu}), ${(os.totalmem() / 1024 **3).toFixed(0)} GiB, Node ${process.version}; carico ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min)`;
}
