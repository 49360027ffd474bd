/**
 * Finding the policy text a registry was compiled from: `document.source.path` is relative to the
 * registry's folder (schema 3); a registry of schema 2 holds a bare file name, which resolves the
 * same way. The text is read as `policyc compile` read it, and its bytes are hashed so that the
 * source-file rule can tell a policy changed since compiling.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, resolve } from 'node:path';
import type { SourceFile } from '@policyc/model';
import { coerceRegistry } from '../coerce.js';
import type { CheckFile, CheckInput, ReadSource } from '../types.js';
import { sha256, textChunks } from './hash.js';
import { jsonMember } from './json-member.js';
import { groupByDirectory, textOf } from './load.js';
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
export async function attachSources<File extends CheckInput>(files: readonly File[], options: AttachOptions = {}): Promise<Array<File | CheckFile>> {
  const read = options.read ?? readSourceText;
  const cwd = options.cwd ?? process.cwd();
  const attached: CheckFile[] = [];
  // Registries compiled from one policy (into several --out folders) share one read of it.
  const reads = new Map<string, ReturnType<ReadSource>>();
  for (const group of groupByDirectory(files)) {
    const ref = namedSource(group);
    if (!ref) continue;
    const registryDir = group[0]!.registryDir ?? dirname(group[0]!.path);
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
 * TypeScript file a second time only for this would double a check's time. A registry.json left on
 * disk is read only as far as its `document`, a piece at a time.
 */
function namedSource(group: readonly CheckInput[]): SourceFile | null {
  const json = group.find((file) => registryFileKind(file.path) === 'json');
  if (json && !('content' in json)) {
    let document: unknown;
    try {
      document = jsonMember(textChunks(json.absolutePath), 'document');
    } catch {
      // Unreadable: the YAML or the TypeScript may still name the source.
    }
    const source = document === undefined ? null : coerceRegistry({ document }).document.source;
    if (source && source.path !== '') return source;
  } else if (json) {
    try {
      const source = coerceRegistry(JSON.parse(json.content)).document.source;
      if (source && source.path !== '') return source;
    } catch {
      // Unparseable JSON: the YAML or the TypeScript may still name the source.
    }
  }
  for (const kind of ['yaml', 'ts'] as const) {
    const file = group.find((f) => registryFileKind(f.path) === kind);
    const text = file && textOf(file);
    const data = typeof text === 'string' ? readRegistryFile(file!.path, text)?.data : undefined;
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
