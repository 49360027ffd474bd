/**
 * Start-up of the built CLI: a fresh process for `--help`, for the reference policy to JSON on
 * stdout, to the four registry files (JSON, YAML, TypeScript, schema) and to every output
 * `--out` writes (those, the workbook and the HTML report), each as a multiple of a bare
 * `node -e 0` measured in the same rounds (so a busy machine slows both sides alike); then the
 * end-to-end slope, the reference ×100 against ×1.
 *
 * Runs on its own too: `pnpm bench:startup`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from './measure.js';

interface Case {
  what: string;
  args: string[];
  /** The goal, as a multiple of `node -e 0`; none for a figure printed for reference. */
  goal?: number;
}

export function cliTime(root: string, referencePath: string, runs = 9): string {
  const built = build(root);
  if (built) return built;
  const bin = join(root, 'packages/cli/bin/policyc.js');
  const out = mkdtempSync(join(tmpdir(), 'policyc-bench-'));
  const cases: Case[] = [
    { what: 'policyc --help', args: [bin, '--help'], goal: 2 },
    { what: 'policyc compile <reference> --format json', args: [bin, 'compile', referencePath, '--format', 'json', '--quiet'], goal: 3 },
    // The "all four outputs": the registry files (JSON, YAML, TypeScript, schema).
    { what: 'policyc compile <reference> --out <dir> --format json,yaml,ts,schema', args: [bin, 'compile', referencePath, '--out', join(out, 'four'), '--format', 'json,yaml,ts,schema', '--quiet'], goal: 8 },
    // Every output, the workbook and the HTML report too: what `--out` writes by default.
    { what: 'policyc compile <reference> --out <dir> (all six outputs)', args: [bin, 'compile', referencePath, '--out', join(out, 'all'), '--quiet'] },
  ];
  const baseline: number[] = [];
  const samples = cases.map((): number[] => []);
  try {
    // Rounds rather than one case after another: a burst of load elsewhere then touches every case.
    for (let round = 0; round < runs; round++) {
      baseline.push(timeProcess(['-e', '0'], root));
      for (const [index, { args }] of cases.entries()) {
        const ms = timeProcess(args, root);
        if (Number.isNaN(ms)) return `CLI failed: node ${args.join(' ')}`;
        samples[index]!.push(ms);
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const node = median(baseline);
  const rows: (string | number)[][] = [['what', 'median ms', '× node -e 0', 'goal', '']];
  rows.push(['node -e 0', node.toFixed(0), '1.0×', '', '']);
  for (const [index, { what, goal }] of cases.entries()) {
    const ms = median(samples[index]!);
    const times = ms / node;
    rows.push([what, ms.toFixed(0), `${times.toFixed(1)}×`, goal === undefined ? '' : `≤ ${goal}×`, goal === undefined ? '' : times <= goal ? 'meets' : 'misses']);
  }
  return `${table(rows)}\n(the built CLI, packages/cli/bin/policyc.js; median of ${runs} fresh processes each)\n\n${cliSlope(bin, root, referencePath)}`;
}

/** Times a ×100 run is repeated; the fastest is kept, as for the ×1 run it is set against. */
const SLOPE_RUNS = 3;

/**
 * The end-to-end slope of the built CLI: the reference ×100 and ×1 to JSON on stdout, each the
 * fastest of a few fresh processes; the extra bytes of ×100 over the extra time they take is what
 * every further byte of a policy costs, start-up aside.
 */
function cliSlope(bin: string, root: string, referencePath: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'policyc-slope-'));
  try {
    const one = readFileSync(referencePath);
    const large = join(dir, 'reference-x100.txt');
    writeFileSync(large, Buffer.concat(Array.from({ length: 100 }, () => one)));
    const fastest = (path: string) => Math.min(...Array.from({ length: SLOPE_RUNS }, () => timeProcess([bin, 'compile', path, '--format', 'json', '--quiet'], root)));
    const small = fastest(referencePath);
    const big = fastest(large);
    if (Number.isNaN(small) || Number.isNaN(big)) return 'CLI slope: a run failed';
    const slope = (99 * one.length) / 1e6 / ((big - small) / 1000);
    const rows: (string | number)[][] = [['end-to-end CLI slope', 'ms ×1', 'ms ×100', 'MB/s', 'goal', '']];
    rows.push(['compile <reference ×100> − <reference> --format json', small.toFixed(0), big.toFixed(0), slope.toFixed(1), '≥ 20', slope >= 20 ? 'meets' : 'misses']);
    return `${table(rows)}\n(fastest of ${SLOPE_RUNS} fresh processes each)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds the packages (incremental: nothing to do when dist/ is up to date); a reason when it fails. */
export function build(root: string): string | undefined {
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-b', join(root, 'tsconfig.build.json')], { cwd: root, encoding: 'utf8' });
  // The installed CLI runs the bundle the build makes after tsc (packages/cli/scripts/bundle.mjs).
  const bundled = spawnSync(process.execPath, [join(root, 'packages/cli/scripts/bundle.mjs')], { cwd: root, encoding: 'utf8' });
  if (bundled.status !== 0) return `bundle failed: ${bundled.stdout}${bundled.stderr}`;
  // Type errors still emit JavaScript; only a build that wrote no CLI leaves nothing to measure.
  const missing = spawnSync(process.execPath, [join(root, 'packages/cli/bin/policyc.js'), '--version'], { encoding: 'utf8' }).status !== 0;
  return missing ? `build failed: ${result.stdout}${result.stderr}` : undefined;
}

function timeProcess(args: string[], cwd: string): number {
  const started = performance.now();
  // Standard output goes nowhere: a large registry on stdout would overflow spawnSync's buffer.
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  // Exit code 1 is a policy with problems, still a full run; 2 is a run that did not happen.
  return result.status === 0 || result.status === 1 ? ms : Number.NaN;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  console.log(cliTime(root, join(root, 'examples/qinghai-pharma/qinghai-pharma.txt')));
}
