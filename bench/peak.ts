/**
 * Peak memory of a child process: the script is run in a fresh Node process with a recorder
 * preloaded (`--import`) that writes `process.resourceUsage().maxRSS` as the process exits.
 * Shared by the memory benchmarks (bench/memory.ts, bench/report-memory.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const RECORDER = `
import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.POLICYC_PEAK_FILE, String(process.resourceUsage().maxRSS * 1024)));
`;

export interface Peak {
  /** Peak resident set, in bytes; NaN when the process recorded none (it crashed). */
  bytes: number;
  ms: number;
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs `node <nodeArgs…>` with the recorder preloaded in `dir` (a scratch folder), and returns its peak. */
export function runWithPeak(dir: string, nodeArgs: string[], cwd: string): Peak {
  const recorder = join(dir, 'peak-recorder.mjs');
  writeFileSync(recorder, RECORDER);
  const peakFile = join(dir, 'peak.txt');
  writeFileSync(peakFile, '');
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', pathToFileURL(recorder).href, ...nodeArgs], {
    cwd, encoding: 'utf8', env: { ...process.env, POLICYC_PEAK_FILE: peakFile }, maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000,
  });
  const ms = performance.now() - started;
  const recorded = readFileSync(peakFile, 'utf8');
  return { bytes: recorded === '' ? Number.NaN : Number(recorded), ms, status: child.status, signal: child.signal, stderr: child.stderr };
}
