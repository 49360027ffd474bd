/**
 * What `policyc compile` is given, as the list of documents to compile: files as they are,
 * folders searched recursively for the formats `readPolicy` reads, and glob patterns (for shells
 * that do not expand them, or patterns quoted so that they reach policyc whole).
 *
 * The order is the arguments' order, and within a folder or a pattern the paths' code-point
 * order: a run's messages and its index come out the same on every machine, whatever order the
 * file system lists entries in. A document a folder or pattern finds again is compiled once.
 */
import { stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { INPUT_EXTENSIONS } from '@policyc/core';
import type * as Tinyglobby from 'tinyglobby';

export interface Input {
  /** The path as the user wrote it, or (for a file found in a folder or by a pattern) relative to the working folder. */
  path: string;
  absolute: string;
}

export interface Expanded {
  inputs: Input[];
  /**
   * A one-line reason per argument that named nothing to compile (an empty folder, a pattern
   * that matches nothing), with the number of inputs before it: printed in the arguments' order.
   */
  problems: Array<{ at: number; reason: string }>;
  /** True when an argument was a folder or a pattern: the run is a batch even if it found one document. */
  batch: boolean;
}

/** Folders never searched: dependencies and hidden folders (.git, .cache …) hold no policies of the user's. */
const IGNORED = ['**/node_modules/**'];
/** `**\/*.{txt,md,…}`: every extension `readPolicy` reads, in either case. */
const EXTENSIONS_PATTERN = `**/*.{${INPUT_EXTENSIONS.map((ext) => ext.slice(1)).join(',')}}`;

export async function expandInputs(args: readonly string[], cwd: string): Promise<Expanded> {
  const inputs: Input[] = [];
  const problems: Expanded['problems'] = [];
  const seen = new Set<string>();
  let batch = false;
  /** A file a folder or a pattern found is skipped when already an input; one named twice is compiled twice, as asked. */
  const add = (path: string, absolute: string, found: boolean) => {
    if (found && seen.has(absolute)) return;
    seen.add(absolute);
    inputs.push({ path, absolute });
  };
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    const kind = await stat(absolute).then((st) => (st.isDirectory() ? 'folder' : 'file'), () => 'missing' as const);
    if (kind === 'folder') {
      batch = true;
      const found = await search(EXTENSIONS_PATTERN, absolute);
      if (found.length === 0) problems.push({ at: inputs.length, reason: `cannot read ${arg}: a folder with no policy file (${INPUT_EXTENSIONS.join(' ')}) in it` });
      for (const file of found) add(shown(file, cwd), file, true);
    } else if (kind === 'missing' && (await tinyglobby()).isDynamicPattern(arg)) {
      batch = true;
      const found = (await search(arg, cwd)).filter(hasInputExtension);
      if (found.length === 0) problems.push({ at: inputs.length, reason: `cannot read ${arg}: no policy file matches the pattern` });
      for (const file of found) add(shown(file, cwd), file, true);
    } else {
      // A file, or a name that is not there: reading it reports why, in the document's own line.
      add(arg, absolute, false);
    }
  }
  return { inputs, problems, batch };
}

/** tinyglobby (and picomatch with it), loaded for a folder or a pattern: a single file needs neither. */
function tinyglobby(): Promise<typeof Tinyglobby> {
  return import('tinyglobby');
}

async function search(pattern: string, cwd: string): Promise<string[]> {
  const found = await (await tinyglobby()).glob(pattern, { cwd, absolute: true, dot: false, ignore: IGNORED, onlyFiles: true, caseSensitiveMatch: false, expandDirectories: false });
  return found.map((path) => resolve(path)).sort(byCodePoint);
}

function hasInputExtension(path: string): boolean {
  const lower = path.toLowerCase();
  return INPUT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Relative to the working folder when inside it, with the platform's separators. */
function shown(absolute: string, cwd: string): string {
  const inside = relative(cwd, absolute);
  return inside && !inside.startsWith(`..${sep}`) && inside !== '..' ? inside : absolute;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
