/**
 * Reading a policy from disk into a VFile.
 *
 * Plain text and Markdown are read as they are, so every position points into the file.
 * HTML and Word documents are first turned into text (HTML by the innerText algorithm, so block
 * elements become lines; .docx by mammoth, a paragraph a line); positions then point into that
 * text, which `file.data.extractedFrom` marks.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { toText } from 'hast-util-to-text';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';

/** The input formats `readPolicy` understands, by file extension. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;

export class UnsupportedInputError extends Error {
  constructor(readonly path: string) {
    super(`cannot read ${path}: policyc reads ${INPUT_EXTENSIONS.join(', ')} files`);
    this.name = 'UnsupportedInputError';
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The format the text was extracted from, when the file was not plain text or Markdown. */
    extractedFrom: 'html' | 'docx';
  }
}

export async function readPolicy(path: string): Promise<VFile> {
  const ext = extname(path).toLowerCase();
  switch (ext) {
    case '.txt':
    case '.md':
    case '.markdown':
      return new VFile({ path, value: await readFile(path, 'utf8') });
    case '.html':
    case '.htm':
      return extracted(path, htmlToText(await readFile(path, 'utf8')), 'html');
    case '.docx':
      return extracted(path, await docxToText(await readFile(path)), 'docx');
    default:
      throw new UnsupportedInputError(path);
  }
}

/** The text a browser would show for an HTML policy: block elements on lines of their own. */
export function htmlToText(html: string): string {
  const tree = unified().use(rehypeParse).parse(html);
  const body = tree.children.find((n) => n.type === 'element' && n.tagName === 'html');
  return toText(body ?? tree, { whitespace: 'normal' }).replace(/\n{3,}/gu, '\n\n');
}

/** The paragraphs of a Word document, one a line. */
export async function docxToText(buffer: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer });
  return value.replace(/\n{2,}/gu, '\n');
}

function extracted(path: string, value: string, from: 'html' | 'docx'): VFile {
  const file = new VFile({ path, value });
  file.data.extractedFrom = from;
  return file;
}
