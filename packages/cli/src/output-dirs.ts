/**
 * Where each input's outputs go under `--out` when there are several inputs: one folder per
 * input, named by its path relative to the inputs' common folder, so that `a/policy.txt` and
 * `b/policy.txt` do not overwrite each other. The extension is dropped unless two inputs differ
 * only by it (`a/policy.txt`, `a/policy.md` → `a/policy-txt`, `a/policy-md`: a folder named
 * `policy.txt` would look like an input to the next glob). Every folder lies inside `--out`.
 */
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The output folder of each input (absolute paths), in the order of `inputs`. */
export function outputDirs(inputs: readonly string[], outDir: string, cwd: string): string[] {
  const out = resolve(cwd, outDir);
  if (inputs.length === 1) return [out];
  const absolute = inputs.map((path) => resolve(cwd, path));
  const root = commonFolder(absolute.map((path) => dirname(path)));
  const parts = absolute.map((path) => relative(root, path).split(sep).filter(Boolean));

  const withoutExtension = parts.map((segments) => withLast(segments, stripExtension));
  const counts = countBy(withoutExtension.map(key));
  const folders = ancestorKeys(withoutExtension);
  const names = parts.map((segments, i) => {
    const short = key(withoutExtension[i]!);
    return counts.get(short)! > 1 || folders.has(short) ? withLast(segments, dashExtension) : withoutExtension[i]!;
  });

  // Whatever still collides (the same input twice, names differing only by case on a
  // case-insensitive disk, `x.txt` beside `x-txt.md`) is told apart by a number; so is a folder
  // that would hold another input's folder (`a.txt` beside `a/b.txt`), which a check of the
  // outer folder would otherwise mix in.
  const safeNames = names.map((segments) => segments.map(safeSegment));
  const ancestors = ancestorKeys(safeNames);
  const taken = new Set<string>();
  return safeNames.map((safe) => {
    let candidate = safe;
    for (let n = 2; taken.has(key(candidate)) || ancestors.has(key(candidate)); n++) candidate = withLast(safe, (last) => `${last}-${n}`);
    taken.add(key(candidate));
    const dir = resolve(out, ...candidate);
    // safeSegment already keeps every segment a plain name; this is the guarantee, not the means.
    const inside = relative(out, dir);
    if (inside.startsWith('..') || isAbsolute(inside)) throw new Error(`output folder ${dir} escapes ${out}`);
    return dir;
  });
}

/** The deepest folder holding all `folders` (absolute paths). */
function commonFolder(folders: string[]): string {
  let common = folders[0]!;
  for (const folder of folders.slice(1)) {
    while (!isWithin(common, folder)) {
      const parent = dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

function isWithin(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
}

/** The folders the names lie in (`a/b/c` → `a`, `a/b`), as keys. */
function ancestorKeys(names: ReadonlyArray<readonly string[]>): Set<string> {
  return new Set(names.flatMap((segments) => segments.slice(1).map((_, i) => key(segments.slice(0, i + 1)))));
}

function stripExtension(name: string): string {
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

function dashExtension(name: string): string {
  const ext = extname(name);
  return ext ? `${name.slice(0, -ext.length)}-${ext.slice(1)}` : name;
}

/**
 * A segment that cannot leave its folder or hide: a name of dots only (`...txt` stripped of its
 * extension is `..`), or an empty one, gets a leading `_`; path separators cannot occur, since
 * the segments come from splitting a path.
 */
function safeSegment(segment: string): string {
  return /^\.*$/u.test(segment) ? `_${segment}` : segment;
}

function withLast(segments: readonly string[], change: (last: string) => string): string[] {
  return segments.length === 0 ? [change('')] : [...segments.slice(0, -1), change(segments.at(-1)!)];
}

/** Compared without case: on a case-insensitive disk `A/x` and `a/x` are one folder. */
function key(segments: readonly string[]): string {
  return segments.join('/').toLowerCase();
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
