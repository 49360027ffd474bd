/**
 * Reading a policy from disk into a VFile: plain text and Markdown as they are.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { VFile } from 'vfile';

/** The input formats `readPolicy` understands, by file extension. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown'] as const;

export class UnsupportedInputError extends Error {
  constructor(readonly path: string) {
    super(`cannot read ${path}: policyc reads ${INPUT_EXTENSIONS.join(', ')} files`);
    this.name = 'UnsupportedInputError';
  }
}

export async function readPolicy(path: string): Promise<VFile> {
  const ext = extname(path).toLowerCase();
  if (!(INPUT_EXTENSIONS as readonly string[]).includes(ext)) throw new UnsupportedInputError(path);
  return new VFile({ path, value: await readFile(path, 'utf8') });
}
