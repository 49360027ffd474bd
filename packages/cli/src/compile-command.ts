/**
 * `policyc compile <file…> [--out dir] [--format json|yaml|ts|schema|all]`
 */
import { resolve } from 'node:path';
import { compile, readPolicy, UnsupportedInputError, type CompileResult } from 'policyc';
import { readArgs } from './args.js';
import { emitAll, isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from '@policyc/emit';
import { displayPath, ioCause } from './io-errors.js';
import { outputDirs } from './output-dirs.js';
import { writeOutputs, type WriteOutcome } from './outputs.js';
import type { Io } from './run.js';

export const COMPILE_USAGE = `Usage: policyc compile <file…> [--out <dir>] [--format json|yaml|ts|schema|all] [--encoding <e>] [--force]

Compiles each policy (.txt, .md, .html or .docx) into a registry.
  --out <dir>      write registry.json, registry.yaml, registry.ts, registry.schema.json there
                   (with several inputs, one folder per input inside <dir>, named by the
                   input's path from the inputs' common folder)
  --format <f>     json, yaml, ts, schema or all (default: json to stdout, all with --out)
  --encoding <e>   decode the inputs as <e> (gbk, gb18030, big5, utf-16le …) instead of
                   detecting it (BOM, an HTML page's charset, then the bytes)
  --force          overwrite a registry.yaml edited since policyc wrote it
  --quiet          do not print the summary or the parser's warnings
Without --out, one input and one format print the registry to stdout.
Exit codes: 0 done, 1 problems found (errors in a policy, an edited registry.yaml left as is),
2 could not run (an input or output that cannot be read or written).
`;

export async function compileCommand(argv: string[], io: Io): Promise<number> {
  const args = readArgs(argv, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    quiet: { type: 'boolean', short: 'q' },
    force: { type: 'boolean' },
    encoding: { type: 'string', short: 'e' },
    help: { type: 'boolean', short: 'h' },
  });
  if (typeof args === 'string') return fail(io, args);
  if (args.values.help) {
    io.stdout(COMPILE_USAGE);
    return 0;
  }
  const files = args.positionals;
  if (files.length === 0) return fail(io, 'no input file');
  const format = args.values.format ?? (args.values.out ? 'all' : 'json');
  if (format !== 'all' && !isOutputFormat(format)) return fail(io, `unknown format "${format}" (expected ${[...OUTPUT_FORMATS, 'all'].join(', ')})`);
  const formats: OutputFormat[] = format === 'all' ? [...OUTPUT_FORMATS] : [format as OutputFormat];
  if (!args.values.out && (files.length > 1 || formats.length > 1)) return fail(io, 'several inputs or formats need --out <dir>');

  const dirs = args.values.out ? outputDirs(files, args.values.out, io.cwd) : [];
  let status = 0;
  // One input's failure is reported in a line and the others go on: the exit code is the worst.
  for (const [index, path] of files.entries()) {
    let result: CompileResult;
    try {
      const encoding = args.values.encoding;
      result = compile(await readPolicy(resolve(io.cwd, path), encoding === undefined ? {} : { encoding }));
    } catch (error) {
      const reason = error instanceof UnsupportedInputError ? `cannot read ${path}: ${error.reason}` : `cannot read ${path}: ${ioCause(error)}`;
      io.stderr(`policyc: ${reason}\n`);
      status = 2;
      continue;
    }
    if (!args.values.quiet) for (const m of result.messages) io.stderr(`${path}:${m.line ?? 0}:${m.column ?? 0}: ${m.fatal ? 'error' : 'warning'} ${m.reason} (${m.ruleId})\n`);
    if (result.messages.some((m) => m.fatal)) status = Math.max(status, 1);
    if (!args.values.out) {
      io.stdout(Object.values(emitAll(result.registry, formats))[0]!);
      continue;
    }
    const dir = dirs[index]!;
    let outcome: WriteOutcome;
    try {
      outcome = await writeOutputs(result.registry, dir, formats, { force: args.values.force ?? false });
    } catch (error) {
      const where = (error as NodeJS.ErrnoException).path ?? dir;
      io.stderr(`policyc: cannot write ${displayPath(where, io.cwd)}: ${ioCause(error)}\n`);
      status = 2;
      continue;
    }
    if (outcome.status === 'edited') {
      io.stderr(`policyc: ${displayPath(outcome.path, io.cwd)} was edited since policyc wrote it and is left as is: `
        + 'to keep the edits, compile to another --out and merge the new registry into it; --force overwrites it\n');
      status = Math.max(status, 1);
      continue;
    }
    if (!args.values.quiet) io.stdout(summary(path, result, outcome.paths.map((file) => displayPath(file, io.cwd))));
  }
  return status;
}

function summary(path: string, { registry }: CompileResult, written: string[]): string {
  const assigned = registry.tasks.filter((t) => t.lead.length + t.assist.length + t.responsible.length > 0).length;
  return [
    `${path}: ${registry.document.title ?? '(untitled)'}`,
    `  ${registry.sections.length} sections · ${registry.tasks.length} tasks (${assigned} with units) · ${registry.units.length} units · ${registry.targets.length} targets`,
    ...written.map((file) => `  wrote ${file}`),
    '',
  ].join('\n');
}

function fail(io: Io, reason: string): number {
  io.stderr(`policyc compile: ${reason}\n\n${COMPILE_USAGE}`);
  return 2;
}
