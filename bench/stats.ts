/** Runs `fn` `runs` times after `warmup` runs and returns the median in milliseconds. */
export async function medianMs(fn: () => unknown, runs = 50, warmup = 5): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
}

export const fmtMs = (ms: number): string => `${ms.toFixed(3)} ms`;
