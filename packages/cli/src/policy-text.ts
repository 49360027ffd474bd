/**
 * Reading a policy back as `policyc compile` read it (for `policyc check` and the HTML report), and
 * the SHA-256 the outputs' record and the registry's `document.source.sha256` hold. Light on
 * purpose: `compile` loads this module, and the readers of HTML and Word only when a policy is read.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SourceFile } from '@policyc/model';
import { ioCause } from './io-errors.js';

/** SHA-256 (hex) of bytes, or of a text's UTF-8. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

export type PolicyText = { ok: true; text: string; sha256: string } | { ok: false; reason: string; missing?: boolean };

/**
 * Reads a policy's bytes once and decodes them as `compile` did: in the encoding the registry
 * recorded (detected again if the file no longer decodes so), HTML and Word documents as their
 * text, the reader chosen by the file's extension. The hash is of the bytes.
 */
export async function readPolicyText(path: string, ref: Pick<SourceFile, 'encoding'>): Promise<PolicyText> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: ioCause(error), missing: (error as NodeJS.ErrnoException).code === 'ENOENT' };
  }
  // Loaded on demand: the HTML and Word readers are needed only when a policy is read (and the
  // checker, which both callers have loaded by then).
  const [{ INPUT_EXTENSIONS, readPolicyBytes, UnsupportedInputError }, { sourceFormatOf }] = await Promise.all([import('@policyc/core'), import('@policyc/check')]);
  if (!(INPUT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase())) return { ok: false, reason: new UnsupportedInputError(path).reason };
  const kind = sourceFormatOf(path);
  let read = await readPolicyBytes(bytes, kind, ref.encoding === null ? { path } : { path, encoding: ref.encoding });
  if (!read.ok && ref.encoding !== null) read = await readPolicyBytes(bytes, kind, { path });
  if (!read.ok) return { ok: false, reason: read.reason };
  return { ok: true, text: String(read.file.value), sha256: sha256(bytes) };
}
