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
 * undecodable, empty) is refused with a one-line reason.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { decodeText, type EncodingSource } from './decode.js';
import { renderTable, type SourceCell } from './tables.js';

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
    let text: string;
    try {
      text = await docxToText(bytes);
    } catch {
      return refuse('not a Word (.docx) document');
    }
    return withText(path, text, 'docx', null, refuse);
  }
  const html = ext === '.html' || ext === '.htm';
  const decoded = decodeText(bytes, { encoding: options.encoding, html });
  if (!decoded.ok) return refuse(decoded.reason);
  const encoding = { name: decoded.encoding, by: decoded.by };
  return withText(path, html ? htmlToText(decoded.text) : decoded.text, html ? 'html' : null, encoding, refuse);
}

function withText(path: string, value: string, from: 'html' | 'docx' | null, encoding: { name: string; by: EncodingSource } | null, refuse: (reason: string) => ReadResult): ReadResult {
  // A file of blanks (or an HTML page with no text) would compile to an empty registry that looks like a success.
  if (value.trim() === '') return refuse(from === null ? 'empty file: no text' : 'empty document: no text');
  const file = new VFile({ path, value });
  if (from !== null) file.data.extractedFrom = from;
  if (encoding !== null) file.data.encoding = encoding;
  return { ok: true, file };
}

/** The text a browser would show for an HTML policy: block elements on lines of their own, tables a row a line. */
export function htmlToText(html: string): string {
  const tree = unified().use(rehypeParse).parse(html);
  replaceTables(tree);
  const body = tree.children.find((n) => n.type === 'element' && n.tagName === 'html');
  return toText(body ?? tree, { whitespace: 'normal' }).replace(/\n{3,}/gu, '\n\n');
}

/**
 * Puts each data table's rows, as text, in place of the table: a `pre` element, so that the
 * innerText algorithm keeps their tabs and line breaks and still sets them apart as a block.
 * Only innermost tables are read so: a table holding tables lays out a page, and is left to
 * innerText around the tables it holds. Returns whether `parent` holds a table.
 */
function replaceTables(parent: Root | Element): boolean {
  let holdsTable = false;
  parent.children.forEach((child, i) => {
    if (child.type !== 'element') return;
    const nested = replaceTables(child);
    if (child.tagName !== 'table') {
      holdsTable ||= nested;
      return;
    }
    holdsTable = true;
    const text = nested ? null : htmlTableText(child);
    if (text !== null) parent.children[i] = { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: text }] };
  });
  return holdsTable;
}

function htmlTableText(table: Element): string | null {
  const rows: SourceCell[][] = [];
  let caption = '';
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'caption') caption ||= toText(child, { whitespace: 'normal' });
      else if (child.tagName === 'tr') rows.push(child.children.filter(isCell).map(htmlCell));
      else visit(child); // thead, tbody, tfoot, and stray wrappers of malformed markup
    }
  };
  visit(table);
  return renderTable(rows, caption);
}

function isCell(node: ElementContent): node is Element {
  return node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th');
}

function htmlCell(cell: Element): SourceCell {
  return { text: toText(cell, { whitespace: 'normal' }), colSpan: Number(cell.properties.colSpan ?? 1), rowSpan: Number(cell.properties.rowSpan ?? 1) };
}

/** The paragraphs of a Word document, one a line; its tables a row a line. */
export async function docxToText(buffer: Buffer): Promise<string> {
  return (await docxWithTables(buffer) ?? (await mammoth.extractRawText({ buffer })).value).replace(/\n{2,}/gu, '\n');
}

/**
 * Mammoth's raw text, but for tables. Mammoth reads the document into its own model (paragraphs,
 * runs, tables with their merged cells already resolved to colSpan / rowSpan) and exposes it
 * only through `transformDocument`; walking that model the way `extractRawText` does keeps the
 * text outside tables exactly as before. Null if mammoth could not read the model (then the raw
 * text is used).
 */
async function docxWithTables(buffer: Buffer): Promise<string | null> {
  const read: { model?: DocxElement } = {};
  try {
    await mammoth.convertToHtml({ buffer }, {
      transformDocument: (model: DocxElement) => (read.model = model),
      // The HTML is thrown away: do not encode images for it.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
  } catch {
    // Only the model is needed: if mammoth read it before failing on the HTML, it still serves.
  }
  return read.model === undefined ? null : docxText(read.model);
}

/** An element of mammoth's document model, as far as text goes. */
interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
  colSpan?: number;
  rowSpan?: number;
}

/** Mammoth's raw text of an element (a paragraph ends with a blank line), its tables as tables. */
function docxText(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'table') {
    const text = docxTableText(element);
    if (text !== null) return `${text}\n\n`;
  }
  const tail = element.type === 'paragraph' ? '\n\n' : '';
  return (element.children ?? []).map(docxText).join('') + tail;
}

/**
 * As for HTML, only innermost tables are read as tables: a table holding tables lays out a page,
 * and keeps mammoth's raw text around the tables it holds.
 */
function docxTableText(table: DocxElement): string | null {
  if ((table.children ?? []).some(holdsTable)) return null;
  const rows = (table.children ?? []).filter((r) => r.type === 'tableRow').map((r) =>
    (r.children ?? []).filter((c) => c.type === 'tableCell').map((c): SourceCell => ({
      text: (c.children ?? []).map(docxText).join(''),
      colSpan: c.colSpan ?? 1,
      rowSpan: c.rowSpan ?? 1,
    })),
  );
  return renderTable(rows);
}

function holdsTable(element: DocxElement): boolean {
  return element.type === 'table' || (element.children ?? []).some(holdsTable);
}
