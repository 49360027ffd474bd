/**
 * SHA-256 digests: of a policy's bytes (the source-file rule compares it with the registry's
 * record), and of a registry file's text without holding it, to tell that a `registry.json`
 * says exactly what the primary registry says without reading it into memory. And a registry
 * file read a piece at a time: its text in chunks, or a range of its bytes.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { ListItem } from '@policyc/emit';

/**
 * The bytes [position, position + length) of the file at `path`, when the file is still `size`
 * bytes long; undefined when it is not, or cannot be read: a file changed since it was read, where
 * offsets found in it would place values anywhere.
 */
export function fileBytes(path: string, position: number, length: number, size: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    if (fstatSync(fd).size !== size) return undefined;
    const bytes = Buffer.allocUnsafe(length);
    for (let read = 0; read < length;) {
      const n = readSync(fd, bytes, read, length - read, position + read);
      if (n === 0) return undefined;
      read += n;
    }
    return bytes;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** SHA-256 (hex) of bytes, or of a text's UTF-8. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Bytes read at a time: each piece decoded is a string small enough for V8's young generation,
 * collected as soon as it is hashed or split (a piece of a megabyte is a large object, kept until
 * a full collection: streaming a 78 MB registry.ts left as much garbage beside a check's peak).
 */
const READ_CHUNK = 1 << 15;

/**
 * A file's text as read in UTF-8 (what `readFile(path, 'utf8')` gives, invalid bytes replaced, a
 * BOM kept), a piece at a time; throws the file system's error. Stopping early closes the file.
 */
export function* textChunks(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    for (let read = readSync(fd, buffer, 0, READ_CHUNK, null); read > 0; read = readSync(fd, buffer, 0, READ_CHUNK, null)) {
      yield decoder.write(buffer.subarray(0, read));
    }
    yield decoder.end();
  } finally {
    closeSync(fd);
  }
}

/** SHA-256 (hex) of the UTF-8 of a text given in pieces. */
function chunksDigest(chunks: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
}

/** SHA-256 (hex) of a file's text as read in UTF-8, read a piece at a time; undefined when it cannot be read. */
export function fileTextDigest(path: string): string | undefined {
  try {
    return chunksDigest(textChunks(path));
  } catch {
    return undefined;
  }
}

/**
 * SHA-256 (hex) of `JSON.stringify(data, null, 2)` and a final newline, the layout of
 * `registry.json`, printed a list item at a time; undefined when `data` holds a value JSON does
 * not give back as it was (undefined, -0, a non-finite number, anything but plain objects and
 * lists), so that equal digests mean equal data.
 */
export function jsonTextDigest(data: unknown): string | undefined {
  const hash = createHash('sha256');
  try {
    for (const piece of jsonPieces(data)) hash.update(typeof piece === 'string' ? piece : piece.text);
  } catch (error) {
    if (error instanceof NotPrintable) return undefined;
    throw error;
  }
  return hash.digest('hex');
}

/** Data whose JSON printing would not read back as the data: `jsonPieces` stops with it. */
export class NotPrintable extends Error {}

/**
 * The text `jsonTextDigest` hashes, in pieces: each item of a top-level list on its own (a
 * `ListItem`, its text without the indent and comma around it), the text around the items as
 * strings. Throws `NotPrintable` where a value would not read back as it is.
 */
export function* jsonPieces(data: unknown): Generator<string | ListItem> {
  if (!isPlainObject(data)) throw new NotPrintable();
  const entries = Object.entries(data);
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      if (!roundTrips(value)) throw new NotPrintable();
      yield indented(JSON.stringify(value, null, 2), '  ');
      continue;
    }
    yield '[';
    for (const [j, item] of value.entries()) {
      // A hole in a list reads back as null.
      if (!(j in value) || !roundTrips(item)) throw new NotPrintable();
      yield `${j === 0 ? '' : ','}\n    `;
      yield { list: key, index: j, text: indented(JSON.stringify(item, null, 2), '    ') };
    }
    yield '\n  ]';
  }
  yield entries.length === 0 ? '}\n' : '\n}\n';
}

/** JSON strings hold no raw line break: every one in a printed value is the printer's, between lines. */
function indented(text: string, pad: string): string {
  return text.replaceAll('\n', `\n${pad}`);
}

/** Whether `JSON.parse(JSON.stringify(value))` is `value` again, in a walk that keeps its own stack. */
function roundTrips(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === null || typeof next === 'string' || typeof next === 'boolean') continue;
    if (typeof next === 'number') {
      if (!Number.isFinite(next) || Object.is(next, -0)) return false;
      continue;
    }
    if (Array.isArray(next)) {
      for (let i = 0; i < next.length; i++) {
        if (!(i in next)) return false;
        stack.push(next[i]);
      }
      continue;
    }
    if (!isPlainObject(next)) return false;
    for (const child of Object.values(next)) stack.push(child);
  }
  return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
