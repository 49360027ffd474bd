/**
 * Peak memory (issue 8): the built CLI compiling a ~20 MB policy (the reference repeated) to all
 * four outputs, then `policyc check` of those outputs, each in a fresh process whose peak resident
 * set (`process.resourceUsage().maxRSS`, read as the process exits) is printed in MB and as a
 * multiple of the input's size, next to the goal of about 20×.
 *
 * Runs on its own too: `node --import tsx bench/memory.ts [megabytes]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './cli.js';
import { table } from './measure.js';

/** Peak RSS as a multiple of the input's size that the issue sets as the goal. */
const GOAL = 20;

/** Written into the child's folder and preloaded with `--import`: records the peak RSS at exit. */
const RECORDER = `
import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.POLICYC_PEAK_FILE, String(process.resourceUsage().maxRSS * 1024)));
`;

interface Peak {
  /** Peak resident set, in bytes; NaN when the run failed. */
  bytes: number;
  ms: number;
  status: number | null;
  /** Why a run that did not finish ended: its signal and the line of its output that says why. */
  failure?: string;
}

export function memoryUse(root: string, referencePath: string, megabytes = 20): string {
  const built = build(root);
  if (built) return built;
  const bin = join(root, 'packages/cli/bin/policyc.js');
  const dir = mkdtempSync(join(tmpdir(), 'policyc-memory-'));
  try {
    const recorder = join(dir, 'peak.mjs');
    writeFileSync(recorder, RECORDER);
    const reference = readFileSync(referencePath);
    const input = join(dir, 'policy.txt');
    writeFileSync(input, Buffer.concat(Array.from({ length: Math.ceil((megabytes * 1e6) / reference.length) }, () => reference)));
    const inputBytes = statSync(input).size;
    const out = join(dir, 'out');

    const run = (args: string[]): Peak => {
      const peakFile = join(dir, 'peak.txt');
      writeFileSync(peakFile, '');
      const started = performance.now();
      const child = spawnSync(process.execPath, ['--import', pathToFileURL(recorder).href, bin, ...args], {
        cwd: root, encoding: 'utf8', env: { ...process.env, POLICYC_PEAK_FILE: peakFile }, maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000,
      });
      const ms = performance.now() - started;
      const recorded = readFileSync(peakFile, 'utf8');
      // Exit 1 is a policy with problems, still a full run; anything else did not finish.
      const finished = child.status === 0 || child.status === 1;
      const lines = child.stderr.split('\n').map((line) => line.trim()).filter(Boolean);
      const why = lines.find((line) => /out of memory|FATAL ERROR/iu.test(line)) ?? lines.at(-1) ?? '';
      return {
        bytes: recorded === '' ? Number.NaN : Number(recorded), ms, status: child.status,
        ...(finished ? {} : { failure: `${child.signal ?? `exit ${child.status}`}${why ? `: ${why.slice(0, 120)}` : ''}` }),
      };
    };
    const cases: Array<[string, Peak]> = [];
    cases.push(['policyc compile <input> --out <dir> (all outputs)', run(['compile', input, '--out', out, '--quiet'])]);
    const outputBytes = ['registry.json', 'registry.yaml', 'registry.ts', 'registry.schema.json']
      .reduce((sum, name) => sum + (statSync(join(out, name), { throwIfNoEntry: false })?.size ?? 0), 0);
    if (outputBytes > 0) cases.push(['policyc check <dir>', run(['check', out, '--format', 'json'])]);

    const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0);
    const rows: (string | number)[][] = [['what', 'peak RSS MB', '× input', 'goal', '', 'seconds', 'exit']];
    for (const [what, peak] of cases) {
      const times = peak.bytes / inputBytes;
      // A process that crashed (out of memory, typically) recorded no peak: it is at least Node's heap limit.
      rows.push([what, Number.isNaN(peak.bytes) ? '—' : mb(peak.bytes), Number.isNaN(times) ? '—' : `${times.toFixed(1)}×`, `≤ ${GOAL}×`,
        !peak.failure && times <= GOAL ? 'meets' : 'misses', (peak.ms / 1000).toFixed(1), peak.failure ?? String(peak.status)]);
    }
    const notes = [`input ${mb(inputBytes)} MB: the reference policy repeated`, `outputs ${mb(outputBytes)} MB`, 'the built CLI, one fresh process each'];
    if (outputBytes === 0) notes.push('check not run: the compile wrote no outputs');
    return `${table(rows)}\n(${notes.join('; ')})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const megabytes = process.argv[2] === undefined ? 20 : Number(process.argv[2]);
  console.log(memoryUse(root, join(root, 'examples/qinghai-pharma/qinghai-pharma.txt'), megabytes));
}
