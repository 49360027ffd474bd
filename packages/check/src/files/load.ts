/**
 * Reading a check's inputs from disk: directories (their `registry.*` files and the policy text
 * they name) and single files. The only module of the checker that touches the file system.
 */
import { constants, readFileSync } from 'node:fs';
import { access, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { CheckFile, CheckInput, DeferredFile } from '../types.js';
import { textChunks } from './hash.js';
import { registryFileKind } from './registry-file.js';

/** The file names `policyc compile` writes, in the order they are read. */
export const REGISTRY_FILE_NAMES = ['registry.yaml', 'registry.yml', 'registry.json', 'registry.ts', 'registry.schema.json'];

/** Extensions of policy texts a check can read alongside a registry. */
const POLICY_TEXT = /\.(?:txt|md|markdown)$/iu;

export interface LoadResult<File extends CheckInput = CheckFile> {
  files: File[];
  /** Inputs that could not be read, as sentences for the user. */
  problems: string[];
}

export interface LoadOptions {
  /**
   * Leave registry files on disk (`DeferredFile`), to be read when the check comes to each: a
   * check then holds one registry file at a time. They are still found readable here, so that a
   * file that is not stops the run before it starts.
   */
  defer?: boolean;
}

export async function loadInputs(paths: readonly string[], cwd?: string): Promise<LoadResult>;
export async function loadInputs(paths: readonly string[], cwd: string, options: LoadOptions): Promise<LoadResult<CheckInput>>;
export async function loadInputs(paths: readonly string[], cwd: string = process.cwd(), options: LoadOptions = {}): Promise<LoadResult<CheckInput>> {
  const files: CheckInput[] = [];
  const readInput = options.defer ? deferInput : loadInput;
  const problems: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) {
      problems.push(`${path}: no such file or directory`);
    } else if (info.isDirectory()) {
      const names = new Set(await readdir(absolute).catch(() => [] as string[]));
      const found = REGISTRY_FILE_NAMES.filter((name) => names.has(name));
      if (found.length === 0) problems.push(`${path}: no registry files (${REGISTRY_FILE_NAMES.join(', ')})`);
      const loaded = await Promise.all(found.map((name) => readInput(join(path, name), cwd, problems)));
      files.push(...loaded.filter((f) => f !== undefined));
    } else if (registryFileKind(path) || POLICY_TEXT.test(path)) {
      // A policy text given among the files is read now: it is the one its registry is checked with.
      const file = await (registryFileKind(path) ? readInput : loadInput)(path, cwd, problems);
      if (file) files.push(file);
    } else {
      problems.push(`${path}: not a registry file (.yaml, .json, .ts) or a policy text (.txt, .md)`);
    }
  }
  // The policy each registry names (`document.source`) is found and read by `attachSources`.
  return { files, problems };
}

async function loadInput(path: string, cwd: string, problems: string[]): Promise<CheckFile | undefined> {
  try {
    return { path, content: await readFile(resolve(cwd, path), 'utf8') };
  } catch (error) {
    problems.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function deferInput(path: string, cwd: string, problems: string[]): Promise<DeferredFile | undefined> {
  const absolutePath = resolve(cwd, path);
  try {
    await access(absolutePath, constants.R_OK);
    return { path, absolutePath };
  } catch (error) {
    problems.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** A file's lines (without their line feeds), read a piece at a time; throws the file system's error. */
export function* fileLines(path: string): Generator<string> {
  let rest = '';
  for (const chunk of textChunks(path)) {
    const text = rest + chunk;
    let from = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
      yield text.slice(from, at);
      from = at + 1;
    }
    rest = text.slice(from);
  }
  yield rest;
}

/** A file's text: as given, or read from disk now; the reason when it cannot be read. */
export function textOf(file: CheckInput): string | { reason: string } {
  if ('content' in file) return file.content;
  try {
    return readFileSync(file.absolutePath, 'utf8');
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Groups files by registry: each directory holds one registry, with the policy texts that name
 * it as their registry's folder (`registryDir`).
 */
export function groupByDirectory<File extends CheckInput>(files: readonly File[]): File[][] {
  const groups = new Map<string, File[]>();
  for (const file of files) {
    const dir = file.registryDir ?? dirname(file.path);
    const group = groups.get(dir);
    if (group) group.push(file);
    else groups.set(dir, [file]);
  }
  return [...groups.values()];
}
