/**
 * Reading a check's inputs from disk: directories (their `registry.*` files and the policy text
 * they name) and single files. The only module of the checker that touches the file system.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { CheckFile } from '../types.js';
import { registryFileKind } from './registry-file.js';

/** The file names `policyc compile` writes, in the order they are read. */
export const REGISTRY_FILE_NAMES = ['registry.yaml', 'registry.yml', 'registry.json', 'registry.ts', 'registry.schema.json'];

/** Extensions of policy texts a check can read alongside a registry. */
const POLICY_TEXT = /\.(?:txt|md|markdown)$/iu;

export interface LoadResult {
  files: CheckFile[];
  /** Inputs that could not be read, as sentences for the user. */
  problems: string[];
}

export async function loadInputs(paths: readonly string[], cwd: string = process.cwd()): Promise<LoadResult> {
  const files: CheckFile[] = [];
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
      files.push(...loaded.filter((f): f is CheckFile => f !== undefined));
    } else if (registryFileKind(path) || POLICY_TEXT.test(path)) {
      const file = await readInput(path, cwd, problems);
      if (file) files.push(file);
    } else {
      problems.push(`${path}: not a registry file (.yaml, .json, .ts) or a policy text (.txt, .md)`);
    }
  }
  // The policy each registry names (`document.source`) is found and read by `attachSources`.
  return { files, problems };
}

async function readInput(path: string, cwd: string, problems: string[]): Promise<CheckFile | undefined> {
  try {
    return { path, content: await readFile(resolve(cwd, path), 'utf8') };
  } catch (error) {
    problems.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Groups files by directory: each directory holds one registry (and its policy text). */
export function groupByDirectory(files: readonly CheckFile[]): CheckFile[][] {
  const groups = new Map<string, CheckFile[]>();
  for (const file of files) {
    const dir = dirname(file.path);
    groups.set(dir, [...(groups.get(dir) ?? []), file]);
  }
  return [...groups.values()];
}
