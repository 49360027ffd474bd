/**
 * Timing helpers for the benchmarks: the median and the fastest of repeated runs after a warm-up.
 */
export interface Timing {
  /** Median milliseconds per run. */
  ms: number;
  /** Fastest run, in milliseconds: the figure least disturbed by other work on a shared machine. */
  min: number;
  runs: number;
}

export function time(fn: () => unknown, { minRuns = 5, minMs = 500 } = {}): Timing {
  fn(); // warm-up: JIT, caches
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || performance.now() - started < minMs) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
    if (samples.length >= 1000) break;
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, min: samples[0]!, runs: samples.length };
}

/** Megabytes (of UTF-8) per second. */
export function mbPerSecond(text: string, ms: number): number {
  return Buffer.byteLength(text, 'utf8') / 1e6 / (ms / 1000);
}

export function table(rows: (string | number)[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => String(cell).padEnd(widths[c]!)).join('  ').trimEnd()).join('\n');
}
