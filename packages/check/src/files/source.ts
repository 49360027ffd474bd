/**
 * Finding the policy text a registry was compiled from: `document.source.path` is relative to the
 * registry's folder (schema 3); a registry of schema 2 holds a bare file name, which resolves the
 * same way. The text is read as `policyc compile` read it, and its bytes are hashed so that the
 * source-file rule can tell a policy changed since compiling.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, resolve } from 'node:path';
import type { SourceFile } from '@policyc/model';
import { coerceRegistry } from '../coerce.js';
import type { CheckFile, ReadSource } from '../types.js';
import { groupByDirectory } from './load.js';
import { readRegistryFile } from './read.js';
import { registryFileKind } from './registry-file.js';

export interface AttachOptions {
  /** How to read a policy text (default `readSourceText`: `.txt` and `.md` in their recorded encoding). */
  read?: ReadSource | undefined;
  cwd?: string;
}

/**
 * The files with, for each registry folder, the policy text its `document.source` names: added
 * when missing, or read again (decoded and hashed) when it was read as plain UTF-8 (by the loader,
 * or given among the files). A policy text given in the registry's own folder under another name is
 * the one the user wants, and is kept as given. A source that exists but cannot be read is added
 * with the reason (`unread`), so that the source-file rule can say why; a missing one is left out.
 */
export async function attachSources(files: readonly CheckFile[], options: AttachOptions = {}): Promise<CheckFile[]> {
  const read = options.read ?? readSourceText;
  const cwd = options.cwd ?? process.cwd();
  const attached: CheckFile[] = [];
  // Registries compiled from one policy (into several --out folders) share one read of it.
  const reads = new Map<string, ReturnType<ReadSource>>();
  for (const group of groupByDirectory(files)) {
    const ref = namedSource(group);
    if (!ref) continue;
    const registryDir = dirname(group[0]!.path);
    const path = join(registryDir, ref.path);
    if (group.some((file) => !registryFileKind(file.path) && normalize(file.path) !== path)) continue;
    if (!reads.has(path)) reads.set(path, read(resolve(cwd, path), ref).catch((error: unknown) => ({ ok: false as const, reason: String(error) })));
    const result = await reads.get(path)!;
    if (result.ok) attached.push({ path, content: result.text, sha256: result.sha256, registryDir });
    else if (!result.missing) attached.push({ path, content: '', registryDir, unread: result.reason });
  }
  // Each attached text replaces the same file read before, wherever it stood among the inputs.
  const paths = new Set(attached.map((file) => file.path));
  const kept = files.filter((file) => registryFileKind(file.path) || !paths.has(normalize(file.path)));
  return [...kept, ...attached];
}

/**
 * The `document.source` of the folder's registry. registry.json is read first, with a plain
 * `JSON.parse`: the files agree (the agreement rule says when not), and parsing a large YAML or
 * TypeScript file a second time only for this would double a check's time.
 */
function namedSource(group: readonly CheckFile[]): SourceFile | null {
  const json = group.find((file) => registryFileKind(file.path) === 'json');
  if (json) {
    try {
      const source = coerceRegistry(JSON.parse(json.content)).document.source;
      if (source && source.path !== '') return source;
    } catch {
      // Unparseable JSON: the YAML or the TypeScript may still name the source.
    }
  }
  for (const kind of ['yaml', 'ts'] as const) {
    const file = group.find((f) => registryFileKind(f.path) === kind);
    const data = file && readRegistryFile(file.path, file.content)?.data;
    const source = data === undefined ? null : coerceRegistry(data).document.source;
    if (source && source.path !== '') return source;
  }
  return null;
}

/**
 * Reads a plain-text or Markdown policy in the encoding the registry recorded (UTF-8 when it
 * recorded none). HTML and Word policies need policyc's readers, which the CLI passes in.
 */
export async function readSourceText(path: string, ref: SourceFile): ReturnType<ReadSource> {
  if (ref.format === 'html' || ref.format === 'docx') return { ok: false, reason: `reading a .${ref.format} policy needs policyc's reader` };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, reason: missing ? 'no such file' : String((error as Error).message), missing };
  }
  // An encoding this runtime does not know (a hand-edited registry) reads as UTF-8.
  const decode = (encoding: string): string | null => {
    try {
      return new TextDecoder(encoding).decode(bytes);
    } catch {
      return null;
    }
  };
  return { ok: true, text: decode(ref.encoding ?? 'utf-8') ?? decode('utf-8')!, sha256: sha256(bytes) };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
