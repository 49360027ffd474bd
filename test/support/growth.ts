/**
 * Linear growth, measured the one way the suite allows: the time of a run at n and at 4n, taken
 * in one process, never against a wall-clock limit. A linear stage takes about 4× as long; a
 * quadratic one 16×. Tests assert well under 8×, which leaves room for a busy machine.
 */

export interface GrowthOptions {
  /** The first size tried (default 2,000). */
  start?: number;
  /** n is doubled until the run at n takes this many milliseconds (default 20)… */
  minMs?: number;
  /** … or n reaches this size (default 4,000,000). */
  maxN?: number;
  /** Timed runs per size, after one warm-up; the fastest counts (default 3). */
  runs?: number;
}

/** The fastest of `runs` timed calls of `run`, after one untimed call that warms the JIT up. */
export function fastest(run: () => void, runs = 3): number {
  run();
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Time at 4n over time at n; `make(n)` prepares the input and returns the work to time. */
export function growth(make: (n: number) => () => void, options: GrowthOptions = {}): number {
  const { start = 2_000, minMs = 20, maxN = 4_000_000, runs = 3 } = options;
  let n = start;
  while (fastest(make(n), runs) < minMs && n < maxN) n *= 2;
  return fastest(make(4 * n), runs) / Math.max(1, fastest(make(n), runs));
}

/** `fastest` for work that is asynchronous (a CLI run through `run()`). */
export async function fastestAsync(run: () => Promise<unknown>, runs = 3): Promise<number> {
  await run();
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    await run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** `growth` for work that is asynchronous. */
export async function growthAsync(make: (n: number) => () => Promise<unknown>, options: GrowthOptions = {}): Promise<number> {
  const { start = 2_000, minMs = 20, maxN = 4_000_000, runs = 3 } = options;
  let n = start;
  while ((await fastestAsync(make(n), runs)) < minMs && n < maxN) n *= 2;
  return (await fastestAsync(make(4 * n), runs)) / Math.max(1, await fastestAsync(make(n), runs));
}
