/**
 * Reading a policy from disk into a VFile.
 *
 * Plain text and Markdown are read as they are, so every position points into the file.
 * HTML and Word documents are first turned into text (HTML by the innerText algorithm, so block
 * elements become lines; .docx by mammoth, a paragraph a line); positions then point into that
 * text, which `file.data.extractedFrom` marks. Their tables are read as tables, one row a line and
 * cells separated by tabs (see tables.ts), so that a task-division table keeps its columns.
 *
 * Text and HTML files may come in any of the encodings Chinese policies travel in (see decode.ts);
 * the encoding found is kept in `file.data.encoding`. Input that is no policy text (binary,
 * undecodable, empty), too large, or a .docx that would inflate too far is refused with a
 * one-line reason.
 *
 * The HTML and Word readers (rehype, mammoth, yauzl) are imported only when such a file is read:
 * they take longer to load than a text policy takes to compile.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { VFile } from 'vfile';
import { decodeText, type EncodingSource } from './decode.js';
import type { DocxLimits } from './docx-limits.js';

/** The input formats `readPolicy` understands, by file extension. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;

/** Thrown by `readPolicy` when a file cannot be read as a policy: an unknown format, or bytes that are no text. */
export class UnsupportedInputError extends Error {
  constructor(readonly path: string, readonly reason = `policyc reads ${INPUT_EXTENSIONS.join(', ')} files`) {
    super(`cannot read ${path}: ${reason}`);
    this.name = 'UnsupportedInputError';
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The format the text was extracted from, when the file was not plain text or Markdown. */
    extractedFrom: 'html' | 'docx';
    /** The encoding a text or HTML file was decoded from (WHATWG name), and how it was settled. */
    encoding: { name: string; by: EncodingSource };
  }
}

export interface ReadOptions {
  /** Decode text and HTML files with this encoding (a WHATWG label: `gbk`, `gb18030`, `big5`, `utf-16le` …) instead of detecting it. */
  encoding?: string;
  /** Refuse files larger than this many bytes (default `MAX_INPUT_BYTES`). */
  maxBytes?: number;
  /** Refuse a .docx whose parts inflate beyond this many bytes in all (default 256 MB). */
  maxInflatedBytes?: number;
}

/** A policy read from disk, or the one-line reason it could not be (`empty file`, `not text: 37% NUL bytes` …). */
export type ReadResult = { ok: true; file: VFile } | { ok: false; path: string; reason: string };

/**
 * Reads a policy. Throws `UnsupportedInputError`, its message one line, when the file is of another
 * format or holds no policy text; a file that cannot be opened throws the file system's error.
 */
export async function readPolicy(path: string, options: ReadOptions = {}): Promise<VFile> {
  if (!isInputExtension(path)) throw new UnsupportedInputError(path);
  const tooLarge = await sizeReason(path, options);
  if (tooLarge !== null) throw new UnsupportedInputError(path, tooLarge);
  const result = await policyFromBytes(path, await readFile(path), options);
  if (result.ok) return result.file;
  throw new UnsupportedInputError(path, result.reason);
}

/** Reads a policy, never throwing: a file that is missing, unreadable, of another format or no text gives its reason. */
export async function tryReadPolicy(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  if (!isInputExtension(path)) return { ok: false, path, reason: new UnsupportedInputError(path).reason };
  let bytes: Buffer;
  try {
    const tooLarge = await sizeReason(path, options);
    if (tooLarge !== null) return { ok: false, path, reason: tooLarge };
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, path, reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message };
  }
  return policyFromBytes(path, bytes, options);
}

/** The kinds of input `readPolicyBytes` decodes, each as a file of that extension would be. */
export const INPUT_KINDS = ['txt', 'md', 'html', 'docx'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export interface BytesOptions extends ReadOptions {
  /** The file's path, for messages and the registry's source record; none for bytes from a pipe. */
  path?: string;
}

/**
 * Reads a policy from bytes that came with no file name (standard input, an upload), decoding them
 * as a file of `kind` would be. Never throws on the bytes: a reason comes back instead.
 */
export async function readPolicyBytes(bytes: Uint8Array, kind: InputKind, options: BytesOptions = {}): Promise<ReadResult> {
  const { path, ...read } = options;
  // The kind, not the path, decides the reader: a pipe has no extension to go by.
  const result = await policyFromBytes(`input.${kind}`, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), read);
  if (!result.ok) return { ok: false, path: path ?? '-', reason: result.reason };
  const { value, data } = result.file;
  return { ok: true, file: path === undefined ? new VFile({ value, data }) : new VFile({ path, value, data }) };
}

function isInputExtension(path: string): boolean {
  return (INPUT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/**
 * The largest policy read, in bytes (64 MB: the longest plans with their annexes are a few MB).
 * Past it a file is refused in a line rather than read into memory whole.
 */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

async function policyFromBytes(path: string, bytes: Buffer, options: ReadOptions): Promise<ReadResult> {
  const ext = extname(path).toLowerCase();
  const refuse = (reason: string): ReadResult => ({ ok: false, path, reason });
  const limit = options.maxBytes ?? MAX_INPUT_BYTES;
  if (bytes.length > limit) return refuse(`too large: ${megabytes(bytes.length)} (policyc reads up to ${megabytes(limit)})`);
  try {
    return await readBytes(path, ext, bytes, options, refuse);
  } catch (error) {
    // A document nested deeper than the HTML or Word readers recurse (thousands of <div>s).
    if (error instanceof RangeError) return refuse('nested too deeply to read');
    throw error;
  }
}

/** Why a file is too large to read, from its size on disk (before reading it), or null. */
async function sizeReason(path: string, options: ReadOptions): Promise<string | null> {
  const limit = options.maxBytes ?? MAX_INPUT_BYTES;
  const { size, isFile } = await stat(path).then((st) => ({ size: st.size, isFile: st.isFile() }));
  return isFile && size > limit ? `too large: ${megabytes(size)} (policyc reads up to ${megabytes(limit)})` : null;
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

async function readBytes(path: string, ext: string, bytes: Buffer, options: ReadOptions, refuse: (reason: string) => ReadResult): Promise<ReadResult> {
  if (ext === '.docx') {
    if (bytes.length === 0) return refuse('empty file');
    // Loaded only for Word documents: yauzl and mammoth are of no use to text, Markdown or HTML.
    const { openDocx, DocxLimitError } = await import('./docx-limits.js');
    const opened = await openDocx(bytes, { maxInflatedBytes: options.maxInflatedBytes });
    if (!opened.ok) return refuse(opened.reason);
    let text: string;
    try {
      text = await (await import('./docx.js')).docxText(opened.zip);
    } catch (error) {
      return refuse(error instanceof DocxLimitError ? error.message : 'not a Word (.docx) document');
    }
    return withText(path, bytes, text, 'docx', null, refuse);
  }
  const html = ext === '.html' || ext === '.htm';
  const decoded = decodeText(bytes, { encoding: options.encoding, html });
  if (!decoded.ok) return refuse(decoded.reason);
  const encoding = { name: decoded.encoding, by: decoded.by };
  return withText(path, bytes, html ? await htmlToText(decoded.text) : decoded.text, html ? 'html' : null, encoding, refuse);
}

function withText(path: string, bytes: Uint8Array, value: string, from: 'html' | 'docx' | null, encoding: { name: string; by: EncodingSource } | null, refuse: (reason: string) => ReadResult): ReadResult {
  // A file of blanks (or an HTML page with no text) would compile to an empty registry that looks like a success.
  if (value.trim() === '') return refuse(from === null ? 'empty file: no text' : 'empty document: no text');
  const file = new VFile({ path, value });
  if (from !== null) file.data.extractedFrom = from;
  if (encoding !== null) file.data.encoding = encoding;
  // Kept so that compile can record their hash: `policyc check` then tells a policy changed since.
  file.data.bytes = bytes;
  return { ok: true, file };
}

/**
 * The text a browser would show for an HTML policy: block elements on lines of their own, tables a
 * row a line. Asynchronous because rehype is loaded only when HTML is read.
 */
export async function htmlToText(html: string): Promise<string> {
  return (await import('./html.js')).htmlText(html);
}

/**
 * The paragraphs of a Word document, one a line; its tables a row a line. Throws, its message one
 * line, when the bytes are no .docx or would inflate beyond `limits` (see docx-limits.ts).
 */
export async function docxToText(buffer: Buffer, limits: DocxLimits = {}): Promise<string> {
  const opened = await (await import('./docx-limits.js')).openDocx(buffer, limits);
  if (!opened.ok) throw new Error(opened.reason);
  return (await import('./docx.js')).docxText(opened.zip);
}
