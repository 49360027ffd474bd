/**
 * `policyc build <registry.yaml>`: the other outputs regenerated from a registry.yaml a team
 * edited (状态, 进度 … in a task's `extra`, a changed `deadline`), so that `policyc check` finds
 * the files in agreement again. The YAML itself is left as the team wrote it (comments and all);
 * nothing is written when it has errors.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { checkFiles, formatHuman } from '@policyc/check';
import { DOCUMENT_FILES, OUTPUT_FILES, type OutputFormat } from '@policyc/emit';
import type { Registry } from '@policyc/model';
import { parse } from 'yaml';
import { readArgs } from './args.js';
import { displayPath, ioCause } from './io-errors.js';
import { writeOutputs } from './outputs.js';
import type { Io } from './run.js';

export const BUILD_USAGE = `Usage: policyc build <registry.yaml> [--quiet]

Regenerates registry.json, registry.ts and registry.schema.json beside an edited registry.yaml
(and registry.xlsx, registry.csv, registry.html where they are there), so that the files agree
again. The YAML is read as it is and not rewritten; with errors in it, nothing is written.
  --quiet          do not list the files written
Exit codes: 0 done, 1 the YAML has errors (listed), 2 it could not be read or an output written.
`;

/** The registry's own schema, as `compile` names it: the build writes it only when the data names it. */
const LOCAL_SCHEMA = `./${OUTPUT_FILES.schema}`;

export async function buildCommand(argv: string[], io: Io): Promise<number> {
  const args = readArgs(argv, { quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } });
  if (typeof args === 'string') return fail(io, args);
  if (args.values.help) {
    io.stdout(BUILD_USAGE);
    return 0;
  }
  if (args.positionals.length !== 1) return fail(io, args.positionals.length === 0 ? 'no registry.yaml given' : 'one registry.yaml at a time');
  const path = args.positionals[0]!;
  if (!/\.ya?ml$/iu.test(path)) return fail(io, `${path} is not a YAML file`);
  const absolute = resolve(io.cwd, path);
  let content: string;
  try {
    content = await readFile(absolute, 'utf8');
  } catch (error) {
    io.stderr(`policyc: cannot read ${path}: ${ioCause(error)}\n`);
    return 2;
  }

  // The checker's rules on the YAML alone: syntax, schema, ids and links. The rules that compare
  // files or read the policy have nothing to compare here, and say nothing.
  const checked = checkFiles([{ path, content }], { typecheck: false });
  if (checked.errorCount > 0) {
    const errors = { ...checked, messages: checked.messages.filter((m) => m.severity === 'error'), warningCount: 0, infoCount: 0 };
    io.stderr(`${formatHuman(errors)}\npolicyc: ${path} has errors; nothing was written\n`);
    return 1;
  }
  const registry = parse(content) as Registry;

  const dir = dirname(absolute);
  const formats: OutputFormat[] = ['json', 'ts'];
  if (registry.$schema === LOCAL_SCHEMA) formats.push('schema');
  for (const format of ['xlsx', 'csv', 'html'] as const) if (existsSync(join(dir, DOCUMENT_FILES[format]))) formats.push(format);
  try {
    // The baseline `compile --merge` tells edits by stays the last compile's.
    const outcome = await writeOutputs(registry, dir, formats, { baseline: false });
    if (outcome.status === 'written' && !args.values.quiet) {
      io.stdout([`${path}: ${registry.tasks.length} tasks`, ...outcome.paths.map((file) => `  wrote ${displayPath(file, io.cwd)}`), ''].join('\n'));
    }
  } catch (error) {
    const where = (error as NodeJS.ErrnoException).path ?? dir;
    io.stderr(`policyc: cannot write ${displayPath(where, io.cwd)}: ${ioCause(error)}\n`);
    return 2;
  }
  if (basename(absolute) !== OUTPUT_FILES.yaml && !args.values.quiet) {
    io.stderr(`policyc: note: the outputs are named registry.*; \`policyc check\` reads ${OUTPUT_FILES.yaml}, not ${basename(absolute)}\n`);
  }
  return 0;
}

function fail(io: Io, reason: string): number {
  io.stderr(`policyc build: ${reason}\n\n${BUILD_USAGE}`);
  return 2;
}
