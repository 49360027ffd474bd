/**
 * `policyc compile <file…> [--out dir] [--format json|yaml|ts|schema|all]`
 */
import { resolve } from 'node:path';
import { compile, readPolicy, UnsupportedInputError, type CompileResult } from 'policyc';
import { readArgs } from './args.js';
import { emitAll, isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from '@policyc/emit';
import { writeOutputs } from './outputs.js';
import type { Io } from './run.js';

export const COMPILE_USAGE = `Usage: policyc compile <file…> [--out <dir>] [--format json|yaml|ts|schema|all]

Compiles each policy (.txt, .md, .html or .docx) into a registry.
  --out <dir>      write registry.json, registry.yaml, registry.ts, registry.schema.json there
                   (with several inputs, one folder per input inside <dir>)
  --format <f>     json, yaml, ts, schema or all (default: json to stdout, all with --out)
  --quiet          do not print the summary or the parser's warnings
Without --out, one input and one format print the registry to stdout.
`;

export async function compileCommand(argv: string[], io: Io): Promise<number> {
  const args = readArgs(argv, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    quiet: { type: 'boolean', short: 'q' },
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

  let status = 0;
  for (const path of files) {
    let result: CompileResult;
    try {
      result = compile(await readPolicy(resolve(io.cwd, path)));
    } catch (error) {
      const reason = error instanceof UnsupportedInputError ? error.message : `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`;
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
    const dir = files.length > 1 ? resolve(io.cwd, args.values.out, baseName(path)) : resolve(io.cwd, args.values.out);
    const written = await writeOutputs(result.registry, dir, formats);
    if (!args.values.quiet) io.stdout(summary(path, result, written));
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

function baseName(path: string): string {
  return path.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
}

function fail(io: Io, reason: string): number {
  io.stderr(`policyc compile: ${reason}\n\n${COMPILE_USAGE}`);
  return 2;
}
