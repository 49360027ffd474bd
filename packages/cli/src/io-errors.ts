/**
 * File-system failures as the one-line cause a user can act on, instead of Node's message
 * ("EISDIR: illegal operation on a directory, read") or a stack trace.
 */
import { isAbsolute, relative } from 'node:path';

const CAUSES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file of that name is in the way (give a folder)',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many symbolic links (a loop?)',
  EMFILE: 'too many open files',
  EBUSY: 'file is busy',
};

/** The cause of `error`, in a few words: the code's meaning, else the message's first line. */
export function ioCause(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && Object.hasOwn(CAUSES, code)) return CAUSES[code]!;
  const line = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
  // Node's system errors end with the call and the path ("EIO: i/o error, write '/x'"): the
  // caller names the path itself.
  const comma = line.lastIndexOf(', ');
  return (code && line.startsWith(`${code}:`) && comma > 0 ? line.slice(0, comma) : line) || 'unknown error';
}

/** The path a failure happened at, as the user would write it: relative to `cwd` when inside it. */
export function displayPath(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}
