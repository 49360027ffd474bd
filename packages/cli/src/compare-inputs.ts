/**
 * The inputs of `policyc trace` and `policyc diff`: each a registry (registry.json, registry.yaml,
 * or a folder holding one) or a policy text, which is compiled on the spot. Shared by both commands.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { validateRegistry, type Registry } from '@policyc/model';
import { readArgs } from './args.js';
import { ioCause } from './io-errors.js';
import type { Io } from './run.js';

/** The registry files read from a folder, in order of preference (JSON parses fastest). */
const REGISTRY_NAMES = ['registry.json', 'registry.yaml', 'registry.yml'];
/**
 * What `readPolicy` reads (policyc's INPUT_EXTENSIONS), written out: importing policyc loads the
 * whole compiler, which a trace of two registries does not need. A test keeps the two equal.
 */
export const POLICY_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.docx']);

/** What `policyc trace` and `policyc diff` were asked, read from their arguments. */
export interface CompareRun<F extends string> {
  /** The two inputs, in the order the command names them, as registries. */
  registries: [Registry, Registry];
  format: F;
  threshold: number | undefined;
  color: boolean;
}

export interface CompareCommand<F extends string> {
  name: 'trace' | 'diff';
  usage: string;
  /** The `--format` values the command takes, the default first. */
  formats: readonly F[];
  /** What the two inputs are, for the message when there are not two ("the old version then the new one"). */
  inputs: string;
}

/**
 * Reads the arguments both commands share and their two inputs. Returns the run, or the exit
 * code when there is nothing to run: 0 after `--help`, 2 after a message on stderr.
 */
export async function readCompareRun<F extends string>(command: CompareCommand<F>, argv: string[], io: Io): Promise<CompareRun<F> | number> {
  const fail = (reason: string) => {
    io.stderr(`policyc ${command.name}: ${reason}\n\n${command.usage}`);
    return 2;
  };
  const args = readArgs(argv, {
    format: { type: 'string', short: 'f' },
    threshold: { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  });
  if (typeof args === 'string') return fail(args);
  if (args.values.help) {
    io.stdout(command.usage);
    return 0;
  }
  const format = args.values.format ?? command.formats[0]!;
  if (!(command.formats as readonly string[]).includes(format)) return fail(`unknown format "${format}" (expected ${command.formats.join(', ')})`);
  if (args.positionals.length !== 2) return fail(`give two inputs, ${command.inputs} (got ${args.positionals.length})`);
  const threshold = readThreshold(args.values.threshold);
  if (typeof threshold === 'string') return fail(threshold);
  const registries = await readCompareInputs(command.name, args.positionals, io, { quiet: args.values.quiet });
  if (registries === null) return 2;
  return { registries: registries as [Registry, Registry], format: format as F, threshold, color: wantsColor(args.values) };
}

export type CompareInput =
  | { ok: true; registry: Registry; warnings: string[] }
  | { ok: false; reason: string };

/**
 * Reads a command's inputs as registries, each error and compiler warning printed on a line
 * of its own; null when any could not be read (exit code 2).
 */
export async function readCompareInputs(command: string, paths: readonly string[], io: Io, options: { quiet?: boolean | undefined } = {}): Promise<Registry[] | null> {
  const inputs = await Promise.all(paths.map((path) => readCompareInput(path, io.cwd)));
  const registries: Registry[] = [];
  for (const [index, input] of inputs.entries()) {
    const path = paths[index]!;
    if (!input.ok) {
      io.stderr(`policyc ${command}: cannot read ${path}: ${input.reason}\n`);
      continue;
    }
    if (!options.quiet) for (const warning of input.warnings) io.stderr(`${path}:${warning}\n`);
    registries.push(input.registry);
  }
  return registries.length === paths.length ? registries : null;
}

/**
 * Reads one input as a registry; never throws. Whether a registry or a text, the document's
 * source path is made relative to `cwd`, so both forms of one policy compare and print alike.
 */
export async function readCompareInput(path: string, cwd: string): Promise<CompareInput> {
  const absolute = resolve(cwd, path);
  const info = await stat(absolute).catch((error: unknown) => error as NodeJS.ErrnoException);
  if (info instanceof Error) return { ok: false, reason: ioCause(info) };
  if (info.isDirectory()) {
    for (const name of REGISTRY_NAMES) {
      const file = join(absolute, name);
      if (await stat(file).then((s) => s.isFile(), () => false)) return readRegistry(file, cwd);
    }
    return { ok: false, reason: `no ${REGISTRY_NAMES.join(' or ')} in this folder` };
  }
  const extension = extname(absolute).toLowerCase();
  if (extension === '.json' || extension === '.yaml' || extension === '.yml') return readRegistry(absolute, cwd);
  if (POLICY_EXTENSIONS.has(extension)) return compilePolicy(absolute, cwd);
  if (extension === '.ts') return { ok: false, reason: 'registry.ts is not read here (it would have to be run): give registry.json or registry.yaml, or their folder' };
  return { ok: false, reason: `neither a registry (.json, .yaml, or a folder holding one) nor a policy text (${[...POLICY_EXTENSIONS].join(', ')})` };
}

async function readRegistry(file: string, cwd: string): Promise<CompareInput> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, reason: ioCause(error) };
  }
  // Read as `policyc check` reads it (loaded on demand): the same parsers and the same guards
  // (a YAML nested thousands deep is refused, not a native abort).
  const { readRegistryFile } = await import('@policyc/check');
  const read = readRegistryFile(file, content);
  if (!read || read.problems.length > 0) {
    return { ok: false, reason: `not ${read?.kind === 'yaml' ? 'YAML' : 'JSON'}: ${read?.problems[0]?.reason ?? 'not a registry file'}` };
  }
  const data = read.data;
  const { valid, errors } = validateRegistry(data);
  if (!valid) {
    const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
    const shown = errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
    const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
    const hint = typeof version === 'string' ? `model ${version}, ` : '';
    return { ok: false, reason: `not a registry policyc reads (${hint}${shown}${more}): recompile the policy, or run "policyc check" on it` };
  }
  const registry = data as Registry;
  return { ok: true, registry: rebaseSource(registry, dirname(file), cwd), warnings: [] };
}

async function compilePolicy(file: string, cwd: string): Promise<CompareInput> {
  // Loaded on demand: a comparison of two registries needs none of the compiler.
  const { compile, tryReadPolicy } = await import('@policyc/core');
  const read = await tryReadPolicy(file);
  if (!read.ok) return { ok: false, reason: read.reason };
  // As `policyc compile` prints to stdout: the registry is taken to live in the working folder.
  const { registry, messages } = compile(read.file, { registryDir: cwd });
  const warnings = messages.map((m) => `${m.line ?? 0}:${m.column ?? 0}: ${m.fatal ? 'error' : 'warning'} ${m.reason} (${m.ruleId})`);
  return { ok: true, registry, warnings };
}

/** The registry with its source path taken from the registry's folder to `cwd` (a copy; the input is not changed). */
function rebaseSource(registry: Registry, registryDir: string, cwd: string): Registry {
  // Registries of model 1.x and 2.x name the source as a string, later ones as a file record.
  const source: unknown = registry.document.source;
  const path = typeof source === 'string' ? source : (source as { path?: unknown } | null)?.path;
  if (typeof path !== 'string' || path === '') return registry;
  const rebased = relative(cwd, resolve(registryDir, path)).split(sep).join('/');
  const moved = typeof source === 'string' ? rebased : { ...(source as object), path: rebased };
  return { ...registry, document: { ...registry.document, source: moved as Registry['document']['source'] } };
}

/**
 * Whether the human report is coloured: `--color` / `--no-color` when given, else when standard
 * output is a terminal that takes colours (Node's `hasColors` honours NO_COLOR and FORCE_COLOR).
 * `Io` carries no terminal, so the process's own stdout is asked: the one `bin` writes to.
 */
export function wantsColor(flags: { color?: boolean | undefined; 'no-color'?: boolean | undefined }, stdout: NodeJS.WriteStream = process.stdout): boolean {
  if (flags['no-color']) return false;
  if (flags.color) return true;
  return stdout.isTTY === true && typeof stdout.hasColors === 'function' && stdout.hasColors();
}

/** Reads a `--threshold` value: a number from 0 to 1, or the message to print. */
export function readThreshold(value: string | undefined): number | undefined | string {
  if (value === undefined) return undefined;
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) && number >= 0 && number <= 1 ? number : `--threshold takes a number from 0 to 1, not "${value}"`;
}
