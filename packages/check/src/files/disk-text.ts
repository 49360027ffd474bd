/**
 * A file's text as a locator reads it: held, or read again from disk a few lines at a time. A
 * registry.yaml read in pieces is some 80 MB as a string (two bytes a character) for a 20 MB
 * policy, held only to place the few values a check reports on: the line starts (in characters
 * and in bytes) find those lines in the file instead.
 */
import { fileBytes } from './hash.js';
import { lastAtOrBefore, lowerBound } from './lines.js';

/** What a locator reads of a text: its lines around a value, or (rarely) the whole. */
export interface TextAccess {
  /** The offset of the first line feed at or after `at`; -1 when there is none. */
  lineFeedFrom(at: number): number;
  /** The start of the line holding `at`. */
  lineStartOf(at: number): number;
  /** The text in [from, to), `from` a line start; undefined when the file no longer reads as it did. */
  slice(from: number, to: number): string | undefined;
  /** The whole text; undefined when the file no longer reads as it did. */
  whole(): string | undefined;
}

/** A text's offsets as 1-based lines and columns, as the `yaml` package's `LineCounter` gives them. */
export interface LinePositions {
  linePos(offset: number): { line: number; col: number };
}

export function heldText(text: string): TextAccess {
  return {
    lineFeedFrom: (at) => text.indexOf('\n', at),
    lineStartOf: (at) => text.lastIndexOf('\n', at - 1) + 1,
    slice: (from, to) => text.slice(from, to),
    whole: () => text,
  };
}

/** `LineCounter.linePos` over line starts (ascending, the first 0) in a typed array: a quarter of a list of numbers. */
export function linePositions(starts: Int32Array): LinePositions {
  return {
    linePos(offset) {
      const low = lowerBound(starts, offset);
      if (low < starts.length && starts[low] === offset) return { line: low + 1, col: 1 };
      if (low === 0) return { line: 0, col: offset };
      return { line: low, col: offset - starts[low - 1]! + 1 };
    },
  };
}

/**
 * The text of the file at `path` (just read as `text`, whose line starts are `starts`), read
 * again from disk when asked: the text itself is not held. Undefined when the file's bytes are
 * not the UTF-8 of `text` (invalid bytes read as U+FFFD, a file changed since), where offsets in
 * characters could not be turned into offsets in bytes.
 */
export function diskText(path: string, text: string, starts: Int32Array): TextAccess | undefined {
  const bytes = new Int32Array(starts.length + 1);
  let byte = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) byte += 1;
    else if (code < 0x800) byte += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      byte += 4;
      i++;
    } else byte += 3;
    if (code === 0x0a) {
      if (starts[line] !== i + 1) return undefined;
      bytes[line++] = byte;
    }
  }
  if (line !== starts.length || byte > 0x7fffffff) return undefined;
  bytes[starts.length] = byte;
  const total = text.length;
  const size = byte;
  // A file no longer the size its text says (changed since it was read) is not read again.
  if (fileBytes(path, 0, 0, size) === undefined) return undefined;
  const lineOf = (at: number) => lastAtOrBefore(starts, at);
  /** The lines [first, last] read from disk; undefined when they no longer read as they did. */
  const readLines = (first: number, last: number): string | undefined => {
    const length = bytes[last + 1]! - bytes[first]!;
    const chars = (last + 1 < starts.length ? starts[last + 1]! : total) - starts[first]!;
    const read = fileBytes(path, bytes[first]!, length, size);
    const lines = read?.toString('utf8');
    // A file changed since it was read: a guess from it would place values anywhere.
    if (lines === undefined || lines.length !== chars || (last + 1 < starts.length && !lines.endsWith('\n'))) return undefined;
    return lines;
  };
  return {
    lineFeedFrom: (at) => {
      const next = lineOf(at) + 1;
      return next < starts.length ? starts[next]! - 1 : -1;
    },
    // As `lastIndexOf('\n', at - 1) + 1`, which at 0 looks at the first character.
    lineStartOf: (at) => (at > 0 ? starts[lineOf(at)]! : starts[1] === 1 ? 1 : 0),
    slice: (from, to) => {
      if (to <= from) return '';
      const lines = readLines(lineOf(from), lineOf(to - 1));
      return lines?.slice(from - starts[lineOf(from)]!, to - starts[lineOf(from)]!);
    },
    whole: () => readLines(0, starts.length - 1),
  };
}
