/**
 * Finding registries below a folder: `policyc compile --out DIR` with several inputs writes one
 * folder per input, nested as the inputs were, and `policyc check DIR` checks them all.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { REGISTRY_FILE_NAMES } from './load.js';

/** Folders never searched: installed packages and hidden folders (.git, .cache …) hold no registries of the user's. */
const SKIPPED = /^(?:node_modules$|\.)/u;

/**
 * The inputs with each folder replaced by the folders at or below it that hold registry files,
 * in sorted order. A folder holding none anywhere is kept as given, so that the loader reports it;
 * files and missing paths are kept as given too. Symbolic links to folders are not followed (a
 * link loop would never end), and the walk keeps its own stack (no recursion to overflow).
 */
export async function registryFolders(paths: readonly string[], cwd: string = process.cwd()): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(resolve(cwd, path)).catch(() => undefined);
    if (!info?.isDirectory()) {
      out.push(path);
      continue;
    }
    const found = await foldersWithRegistries(path, cwd);
    out.push(...(found.length === 0 ? [path] : found));
  }
  return out;
}

async function foldersWithRegistries(root: string, cwd: string): Promise<string[]> {
  const found: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const folder = stack.pop()!;
    const entries: Dirent[] = await readdir(resolve(cwd, folder), { withFileTypes: true }).catch(() => []);
    if (entries.some((entry) => !entry.isDirectory() && REGISTRY_FILE_NAMES.includes(entry.name))) found.push(folder);
    const children = entries.filter((entry) => entry.isDirectory() && !SKIPPED.test(entry.name)).map((entry) => join(folder, entry.name));
    // Pushed in reverse so that folders are visited, and found, in name order.
    stack.push(...children.sort().reverse());
  }
  return found.sort();
}
