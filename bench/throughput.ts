/**
 * Parse and extract throughput on the reference policy and on a 100× concatenation of it, set
 * beside the goals of issue 9: parse + extract of the ×100 text at ≥ 20 MB/s, parse as cheap per
 * byte at ×100 as at ×1 (within 1.3×: linear), and a slope (the extra bytes of ×100 over the extra
 * time they take) of ≥ 20 MB/s. Each figure is the fastest of several runs, the one least
 * disturbed by other work on a shared machine.
 */
import { readFileSync } from 'node:fs';
import { extractRegistry } from '@policyc/extract';
import { parsePolicy } from '@policyc/parse';
import { table, time } from './measure.js';

/** Goals from issue 9's table; null where it sets none for that stage. */
interface Goals {
  /** Least MB/s at ×100. */
  large: number | null;
  /** Most time per byte at ×100 over time per byte at ×1. */
  ratio: number | null;
  /** Least MB/s of the slope, ×100 minus ×1. */
  slope: number | null;
}

const STAGES: { name: string; goals: Goals }[] = [
  { name: 'parse', goals: { large: null, ratio: 1.3, slope: null } },
  { name: 'extract', goals: { large: null, ratio: null, slope: null } },
  { name: 'parse + extract', goals: { large: 20, ratio: 1.3, slope: 20 } },
];

export interface StageFigures {
  name: string;
  /** MB/s on the reference and on the reference ×100. */
  small: number;
  large: number;
  /** Time per byte at ×100 over time per byte at ×1 (1: linear). */
  ratio: number;
  /** (bytes ×100 − bytes ×1) / (time ×100 − time ×1), in MB/s. */
  slope: number;
  goals: Goals;
}

export interface Throughput {
  /** UTF-8 bytes of the reference and of the reference ×100. */
  bytes: [number, number];
  stages: StageFigures[];
}

/** The figures per stage, measured on `reference` and on it repeated `times` times. */
export function measureThroughput(reference: string, times = 100): Throughput {
  const large = Array(times).fill(reference).join('\n');
  const inputs = [reference, large].map((text) => {
    // As many runs as fit in a second or two (at least 5), so that the fastest is one that other
    // work on a shared machine left alone.
    const options = text.length > 100_000 ? { minRuns: 5, minMs: 2000 } : { minRuns: 20, minMs: 1000 };
    const { tree } = parsePolicy(text);
    return {
      bytes: Buffer.byteLength(text, 'utf8'),
      ms: [
        time(() => parsePolicy(text), options).min,
        time(() => extractRegistry(tree, text), options).min,
        time(() => extractRegistry(parsePolicy(text).tree, text), options).min,
      ],
    };
  });
  const [one, hundred] = inputs as [(typeof inputs)[number], (typeof inputs)[number]];
  const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
  const stages = STAGES.map(({ name, goals }, k) => {
    const small = mbps(one.bytes, one.ms[k]!);
    const big = mbps(hundred.bytes, hundred.ms[k]!);
    return { name, small, large: big, ratio: small / big, slope: mbps(hundred.bytes - one.bytes, hundred.ms[k]! - one.ms[k]!), goals };
  });
  return { bytes: [one.bytes, hundred.bytes], stages };
}

/** The throughput table, each figure beside its goal (✓ met, ✗ not met). */
export function throughput(referencePath: string): string {
  const { bytes, stages } = measureThroughput(readFileSync(referencePath, 'utf8'));
  const size = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  const atLeast = (value: number, goal: number | null) => (goal === null ? '' : ` (goal ≥ ${goal} ${value >= goal ? '✓' : '✗'})`);
  const atMost = (value: number, goal: number | null) => (goal === null ? '' : ` (goal ≤ ${goal} ${value <= goal ? '✓' : '✗'})`);
  const rows: string[][] = [['stage', `×1 MB/s (${size(bytes[0])})`, `×100 MB/s (${size(bytes[1])})`, 'per byte ×100/×1', 'slope ×100 − ×1, MB/s']];
  for (const f of stages) {
    rows.push([
      f.name,
      f.small.toFixed(1),
      `${f.large.toFixed(1)}${atLeast(f.large, f.goals.large)}`,
      `${f.ratio.toFixed(2)}×${atMost(f.ratio, f.goals.ratio)}`,
      `${f.slope.toFixed(1)}${atLeast(f.slope, f.goals.slope)}`,
    ]);
  }
  return `${table(rows)}\nFastest of several runs, in process (the CLI's own slope adds reading and writing files).`;
}
