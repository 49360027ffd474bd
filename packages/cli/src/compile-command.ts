/**
 * `policyc compile <file | dir | glob | -…> [--out dir] [--format <f>[,<f>…]] [--jobs N]`
 *
 * One document prints its registry (or writes it under --out) as it always has. Several, a folder
 * or a pattern make a batch: the documents are compiled on a pool of worker threads, each line
 * and message is printed in the inputs' order whatever order they finish in, and the run ends
 * with a summary table and, under --out, the cross-document index (index-file.ts).
 */
import { performance } from 'node:perf_hooks';
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { INPUT_KINDS, type InputKind } from '@policyc/core';
import { isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from '@policyc/emit';
import { readArgs } from './args.js';
import { expandInputs, type Expanded } from './inputs.js';
import { displayPath, ioCause } from './io-errors.js';
import { outputDirs } from './output-dirs.js';
import { defaultJobs, runJobs } from './pool.js';
import { progress } from './progress.js';
import { summaryTable, type RunTotals } from './summary.js';
import type { Io } from './run.js';
import type { CompileJob, DocumentEntry, JobResult } from './worker.js';

declare module './run.js' {
  interface Io {
    /** Standard input's bytes, for `policyc compile -`; by default the process's own. */
    readStdin?: () => Promise<Uint8Array>;
  }
}

export const COMPILE_USAGE = `Usage: policyc compile <file | folder | glob | -> … [--out <dir>] [--format <f>[,<f>…]] [--jobs <n>]

Compiles each policy (.txt, .md, .html or .docx) into a registry.
  <folder>         every policy file in it and its subfolders (not node_modules or hidden folders)
  <glob>           the policy files a pattern matches ("policies/**/*.txt"; quote it)
  -                standard input, read as --as says (txt by default)
  --out <dir>      write registry.json, .yaml, .ts, .schema.json, .xlsx and .html there
                   (with several inputs, one folder per input inside <dir>, named by the
                   input's path from the inputs' common folder; for a folder or a glob, also
                   index.json (+ index.xlsx when xlsx is written): every unit with its tasks
                   across the documents)
  --format <f>     json, yaml, ts, schema, xlsx, csv, html or all, or a comma list of them
                   (default: json to stdout, all with --out; all is every format but csv)
  --jobs <n>       compile on n worker threads (default: one per core; 1: no workers)
  --as <kind>      what standard input holds: ${INPUT_KINDS.join(', ')}
  --encoding <e>   decode the inputs as <e> (gbk, gb18030, big5, utf-16le …) instead of
                   detecting it (BOM, an HTML page's charset, then the bytes)
  --force          overwrite a registry.yaml edited since policyc wrote it
  --merge <yaml>   carry the hand edits of that registry.yaml (extra fields, changed deadlines)
                   to the new registry, matching tasks by id, path and title, then text; edits
                   whose task is gone are printed and kept in registry.unplaced.yaml. The
                   outputs go beside it unless --out says otherwise
  --quiet          print nothing but errors: no summary, progress or parser warnings
Without --out, one input and one format print the registry to stdout.
Exit codes: 0 done, 1 problems found (errors in a policy, an edited registry.yaml left as is),
2 could not run (an input or output that cannot be read or written).
`;

/** The options, one a line: a new option is a line here and its use below. */
const OPTIONS = {
  out: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  jobs: { type: 'string', short: 'j' },
  as: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  force: { type: 'boolean' },
  merge: { type: 'string', short: 'm' },
  encoding: { type: 'string', short: 'e' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function compileCommand(argv: string[], io: Io): Promise<number> {
  const started = performance.now();
  const args = readArgs(argv, OPTIONS);
  if (typeof args === 'string') return fail(io, args);
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(COMPILE_USAGE);
    return 0;
  }
  if (positionals.length === 0) return fail(io, 'no input file');
  // A merge writes the new registry where the edited one is, unless told otherwise.
  const out = values.out ?? (values.merge === undefined ? undefined : dirname(values.merge));
  // A comma list names several formats: `--format json,yaml,ts` writes the registry files alone.
  const named = (values.format ?? (out ? 'all' : 'json')).split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = named.find((name) => name !== 'all' && !isOutputFormat(name));
  if (unknown !== undefined || named.length === 0) return fail(io, `unknown format "${unknown ?? values.format}" (expected ${[...OUTPUT_FORMATS, 'csv', 'all'].join(', ')})`);
  const formats: OutputFormat[] = named.includes('all') ? [...OUTPUT_FORMATS] : [...new Set(named as OutputFormat[])];
  const threads = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(threads) || threads < 1) return fail(io, `--jobs takes a whole number of threads, 1 or more (not "${values.jobs}")`);
  const stdin = positionals.includes('-');
  if (stdin && positionals.length > 1) return fail(io, 'standard input (-) is compiled alone');
  if (values.as !== undefined && !stdin) return fail(io, '--as says what standard input holds: give - as the input');
  const as = values.as ?? 'txt';
  if (!(INPUT_KINDS as readonly string[]).includes(as)) return fail(io, `unknown input kind "${as}" (expected ${INPUT_KINDS.join(', ')})`);

  const expanded: Expanded = stdin
    ? { inputs: [{ path: '-', absolute: '-' }], problems: [], batch: false }
    : await expandInputs(positionals, io.cwd);
  const { inputs, problems } = expanded;
  const batch = expanded.batch || inputs.length > 1;
  if (values.merge !== undefined && (batch || stdin)) return fail(io, '--merge carries edits to one recompiled policy: give one input file');
  if (!out && (inputs.length > 1 || formats.length > 1)) return fail(io, 'several inputs or formats need --out <dir>');
  if (!out && formats.includes('xlsx')) return fail(io, 'an .xlsx workbook is binary: give --out <dir>');

  const dirs = out === undefined ? [] : batch && inputs.length === 1 ? [ownFolder(inputs[0]!.absolute, out, io.cwd)] : outputDirs(inputs.map((i) => i.absolute), out, io.cwd);
  const stdinBytes = stdin ? await readStdin(io) : undefined;
  if (stdinBytes instanceof Error) {
    io.stderr(`policyc: cannot read standard input: ${ioCause(stdinBytes)}\n`);
    return 2;
  }
  const jobs: CompileJob[] = inputs.map((input, index) => ({
    path: input.path,
    absolute: stdin ? null : input.absolute,
    ...(stdinBytes ? { stdin: { bytes: stdinBytes, as: as as InputKind } } : {}),
    ...(values.encoding === undefined ? {} : { encoding: values.encoding }),
    outDir: dirs[index] ?? null,
    registryDir: dirs[index] ?? io.cwd,
    formats,
    force: values.force ?? false,
    ...(values.merge === undefined ? {} : { merge: values.merge, cwd: io.cwd, quiet: values.quiet ?? false }),
    // Every batch: a unit's workload across the documents compiled together.
    index: batch && out !== undefined,
  }));

  const quiet = values.quiet ?? false;
  const bar = progress(io, jobs.length, batch && !quiet);
  let status = 0;
  /** The arguments that named nothing, said where they stand among the inputs. */
  const problemsBefore = (index: number) => {
    for (const problem of problems.filter((p) => p.at === index)) {
      bar.stderr(`policyc: ${problem.reason}\n`);
      status = 2;
    }
  };
  const totals: RunTotals = { documents: jobs.length, failed: 0, tasks: 0, units: 0, targets: 0, warnings: 0, errors: 0, milliseconds: 0 };
  const entries: Array<{ index: number; entry: DocumentEntry }> = [];
  // Workers finish in any order; what is printed follows the inputs' order.
  const results: Array<JobResult | undefined> = [];
  let next = 0;
  const report = (index: number, result: JobResult) => {
    const { path } = jobs[index]!;
    if (result.status === 'unreadable' || result.status === 'unwritable') {
      totals.failed++;
      bar.stderr(result.status === 'unreadable' ? `policyc: ${result.reason}\n` : `policyc: cannot write ${displayPath(result.path, io.cwd)}: ${result.cause}\n`);
      status = 2;
      return;
    }
    totals.tasks += result.counts.tasks;
    totals.units += result.counts.units;
    totals.targets += result.counts.targets;
    for (const m of result.messages) {
      if (m.fatal) totals.errors++;
      else totals.warnings++;
      if (!quiet) bar.stderr(`${path}:${m.line}:${m.column}: ${m.fatal ? 'error' : 'warning'} ${m.reason} (${m.ruleId})\n`);
    }
    if (result.messages.some((m) => m.fatal)) status = Math.max(status, 1);
    if (result.entry) entries.push({ index, entry: result.entry });
    if (result.mergeLog !== undefined) {
      io.stdout(result.mergeLog.stdout);
      bar.stderr(result.mergeLog.stderr);
      status = Math.max(status, result.mergeLog.status);
    }
    if (result.output !== undefined) {
      for (const block of result.output) io.stdout(block);
      return;
    }
    if (result.status === 'edited') {
      bar.stderr(`policyc: ${displayPath(result.edited!, io.cwd)} was edited since policyc wrote it and is left as is: `
        + `to carry the edits to the new registry, compile again with --merge ${displayPath(result.edited!, io.cwd)}; --force overwrites it\n`);
      status = Math.max(status, 1);
      return;
    }
    if (quiet) return;
    bar.stdout(documentSummary(path, result, result.written.map((file) => displayPath(file, io.cwd))));
  };
  await runJobs(jobs, threads, (index, result) => {
    results[index] = result;
    bar.tick(jobs[index]!.path);
    for (; next < jobs.length && results[next] !== undefined; next++) {
      problemsBefore(next);
      report(next, results[next]!);
      // Dropped once reported: a thousand registries' results need not stay in memory.
      results[next] = undefined;
    }
  });
  problemsBefore(jobs.length);
  bar.done();

  if (batch && out !== undefined && entries.length > 0) {
    const { buildIndex, writeIndex } = await import('./index-file.js');
    const root = resolve(io.cwd, out);
    const index = buildIndex(entries.map(({ index: i, entry }) => ({ path: jobs[i]!.path, registry: posixRelative(root, dirs[i]!), entry })));
    try {
      const written = await writeIndex(index, root, { workbook: formats.includes('xlsx') });
      if (!quiet) io.stdout(written.map((file) => `wrote ${displayPath(file, io.cwd)}\n`).join(''));
    } catch (error) {
      io.stderr(`policyc: cannot write ${displayPath((error as NodeJS.ErrnoException).path ?? root, io.cwd)}: ${ioCause(error)}\n`);
      status = 2;
    }
  }
  if (batch && !quiet) {
    totals.milliseconds = performance.now() - started;
    io.stdout(`\n${summaryTable(totals)}`);
  }
  return status;
}

type Compiled = Extract<JobResult, { status: 'compiled' | 'edited' }>;

/** One document's summary, as a single compile prints it. */
function documentSummary(path: string, result: Compiled, written: string[]): string {
  const { counts } = result;
  return [
    `${path}: ${result.title ?? '(untitled)'}`,
    `  ${counts.sections} sections · ${counts.tasks} tasks (${counts.assigned} with units) · ${counts.units} units · ${counts.targets} targets`,
    ...written.map((file) => `  wrote ${file}`),
    '',
  ].join('\n');
}

/**
 * A batch that found one document still gives it a folder of its own inside --out, as it would
 * beside others (output-dirs.ts): the index lies beside the documents' folders, not among a registry's files.
 */
function ownFolder(input: string, out: string, cwd: string): string {
  const name = basename(input, extname(input));
  return resolve(cwd, out, /^\.*$/u.test(name) ? `_${name}` : name);
}

function posixRelative(from: string, to: string): string {
  return relative(from, to).split(sep).join('/') || '.';
}

async function readStdin(io: Io): Promise<Uint8Array | Error> {
  try {
    if (io.readStdin) return await io.readStdin();
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch (error) {
    return error as Error;
  }
}

function fail(io: Io, reason: string): number {
  io.stderr(`policyc compile: ${reason}\n\n${COMPILE_USAGE}`);
  return 2;
}
