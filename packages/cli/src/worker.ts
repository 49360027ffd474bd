/**
 * One document of `policyc compile`, start to end: read, compile, emit, write. Run in a worker
 * thread of the batch's pool (this module's default export is the pool's task), or in the main
 * thread for one document or `--jobs 1`: the same code either way, so the outputs are the same.
 *
 * What it returns is plain data (it crosses a thread): the messages to print, the counts for the
 * summary, the paths written, and what the cross-document index needs of the registry. The
 * outputs are written here, by `writeOutputs`, so each folder keeps its atomic writes and the
 * hash record that protects a hand-edited registry.yaml.
 */
import { resolve } from 'node:path';
import { compile, readPolicy, readPolicyBytes, UnsupportedInputError, type CompileResult, type InputKind } from '@policyc/core';
import type { OutputFormat } from '@policyc/emit';
import type { Registry, Role } from '@policyc/model';
import { aliasDeclarations, type AliasDeclaration } from './aliases.js';
import { ioCause } from './io-errors.js';
import { renderFirst, writeOutputs } from './outputs.js';

export interface CompileJob {
  /** The path as shown in messages; `-` for standard input. */
  path: string;
  /** The file to read; null when `stdin` holds the bytes. */
  absolute: string | null;
  /** Standard input's bytes, read as a file of `as` would be. */
  stdin?: { bytes: Uint8Array; as: InputKind };
  encoding?: string;
  /** Where the outputs go; null to return the first format's text instead (one document to stdout). */
  outDir: string | null;
  /** The folder a registry on stdout is taken to be saved in. */
  registryDir: string;
  formats: OutputFormat[];
  force: boolean;
  /** Return what the cross-document index needs. */
  index: boolean;
  /** A registry.yaml (from `cwd`) whose hand edits are carried to the new registry, which then replaces it. */
  merge?: string;
  cwd?: string;
  /** Leave out the lines about edits merged. */
  quiet?: boolean;
}

export interface JobMessage {
  line: number;
  column: number;
  fatal: boolean;
  reason: string;
  ruleId: string;
}

export interface JobCounts {
  sections: number;
  tasks: number;
  /** Tasks with at least one unit. */
  assigned: number;
  units: number;
  targets: number;
}

/** A unit of one document, with its tasks by role, for the cross-document index. */
export interface DocumentUnit {
  name: string;
  tasks: Array<{ id: string; path: string; title: string; role: Role }>;
}

export interface DocumentEntry {
  title: string | null;
  docNumber: string | null;
  /** Tasks in the registry, with units or not. */
  tasks: number;
  units: DocumentUnit[];
  declarations: AliasDeclaration[];
}

export type JobResult =
  | { status: 'unreadable'; reason: string }
  /** `path` (absolute) could not be written, for `cause`. */
  | { status: 'unwritable'; path: string; cause: string }
  | {
    status: 'compiled' | 'edited';
    title: string | null;
    messages: JobMessage[];
    counts: JobCounts;
    /** The files written (absolute), or the path of the edited registry.yaml left as is. */
    written: string[];
    edited?: string;
    /** The registry in the first format, when `outDir` is null: blocks of text to print in turn. */
    output?: string[];
    /** What the merge printed (a worker has no terminal of its own), and its exit status. */
    mergeLog?: { stdout: string; stderr: string; status: number };
    entry?: DocumentEntry;
  };

export default async function compileDocument(job: CompileJob): Promise<JobResult> {
  // Only the registry, the messages and the text are kept: the syntax tree, as large as the
  // policy several times over, is left to the collector before the outputs are written.
  let compiled: { registry: Registry; messages: CompileResult['messages']; sourceText: string };
  try {
    const result = await readAndCompile(job);
    compiled = { registry: result.registry, messages: result.messages, sourceText: String(result.file.value ?? '') };
  } catch (error) {
    const reason = error instanceof UnsupportedInputError ? error.reason : ioCause(error);
    return { status: 'unreadable', reason: `cannot read ${job.path}: ${reason}` };
  }
  const { messages, sourceText } = compiled;
  let { registry } = compiled;
  let mergeLog: { stdout: string; stderr: string; status: number } | undefined;
  if (job.merge !== undefined) {
    const log = { stdout: '', stderr: '', status: 0 };
    const { mergeForCli } = await import('./merge.js');
    const io = { stdout: (s: string) => void (log.stdout += s), stderr: (s: string) => void (log.stderr += s), cwd: job.cwd ?? process.cwd() };
    const merged = await mergeForCli(job.merge, registry, io, { quiet: job.quiet ?? false });
    log.status = merged.status;
    if (!merged.ok) return { status: 'unreadable', reason: log.stderr.trim().replace(/^policyc: /u, '') };
    registry = merged.registry;
    mergeLog = log;
  }
  const base = {
    ...(mergeLog === undefined ? {} : { mergeLog }),
    title: registry.document.title ?? null,
    messages: messages.map((m) => ({ line: m.line ?? 0, column: m.column ?? 0, fatal: m.fatal === true, reason: m.reason, ruleId: m.ruleId ?? 'policyc' })),
    counts: countsOf(registry),
    entry: job.index ? entryOf(registry, sourceText) : undefined,
  };
  if (job.outDir === null) {
    return { status: 'compiled', ...base, written: [], output: await renderFirst(registry, job.formats, job.registryDir, { sourceText }) };
  }
  try {
    // A merge replaces the edited registry.yaml on purpose: its edits are in the new one.
    const outcome = await writeOutputs(registry, job.outDir, job.formats, { force: job.force || job.merge !== undefined, sourceText });
    if (outcome.status === 'edited') return { status: 'edited', ...base, written: [], edited: outcome.path };
    return { status: 'compiled', ...base, written: outcome.paths };
  } catch (error) {
    return { status: 'unwritable', path: (error as NodeJS.ErrnoException).path ?? job.outDir, cause: ioCause(error) };
  }
}

async function readAndCompile(job: CompileJob): Promise<CompileResult> {
  const options = job.encoding === undefined ? {} : { encoding: job.encoding };
  if (job.stdin) {
    const read = await readPolicyBytes(job.stdin.bytes, job.stdin.as, options);
    if (!read.ok) throw new UnsupportedInputError(job.path, read.reason);
    return compile(read.file, { registryDir: job.outDir ?? job.registryDir, markdown: job.stdin.as === 'md' });
  }
  const file = await readPolicy(resolve(job.absolute ?? job.path), options);
  // A registry on stdout is taken to be saved in the working folder.
  return compile(file, { registryDir: job.outDir ?? job.registryDir });
}

function countsOf(registry: Registry): JobCounts {
  return {
    sections: registry.sections.length,
    tasks: registry.tasks.length,
    assigned: registry.tasks.filter((t) => t.lead.length + t.assist.length + t.responsible.length > 0).length,
    units: registry.units.length,
    targets: registry.targets.length,
  };
}

function entryOf(registry: Registry, text: string): DocumentEntry {
  const tasks = new Map(registry.tasks.map((t) => [t.id, t]));
  const roles: Array<[Role, 'leads' | 'assists' | 'shares']> = [['lead', 'leads'], ['assist', 'assists'], ['responsible', 'shares']];
  const units = registry.units.map((unit) => ({
    name: unit.id,
    tasks: roles.flatMap(([role, key]) => unit[key].flatMap((id) => {
      const task = tasks.get(id);
      return task ? [{ id, path: task.path, title: task.title, role }] : [];
    })),
  }));
  return { title: registry.document.title ?? null, docNumber: registry.document.docNumber ?? null, tasks: registry.tasks.length, units, declarations: aliasDeclarations(text) };
}
