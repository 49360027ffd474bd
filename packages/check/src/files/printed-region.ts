/**
 * Where a `registry.json` or `registry.ts` on disk differs from what policyc prints for the
 * primary's data, found without holding the file (issue 8: memory). A hand edit to one task makes
 * the file's digest differ from the printing's, and reading it whole costs its text (tens of MB)
 * and its data (some 150 MB for a 20 MB policy); yet all but a few of its items are the printing's.
 * The file is streamed against the printing from the front to its first difference, and compared
 * piece by piece from the back (each piece of the printing reduced to its length and digest) to
 * its last; when both fall in items of one top-level list, the file is the printing with those
 * items replaced by the bytes between, the region `item-view.ts` reads and judges alone.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ListItem } from '@policyc/emit';

/** The items of a file that differ from the printing, and where they are. */
export interface PrintedRegion {
  /** The top-level list whose items differ (`tasks` …). */
  list: string;
  /** The index of the first item replaced, and how many of the printing's items are replaced. */
  from: number;
  replaced: number;
  /** The file's size when compared, and the bytes the region spans in it (from an item's start to an item's end). */
  size: number;
  byteStart: number;
  byteEnd: number;
  /** Where the region starts in the file's text: UTF-16 offset, 0-based count of line breaks before it, and column (1-based). */
  start: number;
  breaks: number;
  column: number;
  /** UTF-16 length and line breaks of the printing's items replaced (the text from the first's start to the last's end). */
  printedLength: number;
  printedBreaks: number;
  /** For `registry.ts`: the printing with every item left out, the region's items excepted (see `compactFrame`). */
  frame?: CompactFrame;
}

/**
 * The printing around the region with the items of its lists left out, line by line (each item
 * left out with its indent and comma, whole lines): `before` + the region's text + `after` is the
 * file with only the region's items in its lists, a small text that declares what the file
 * declares. Each segment of it maps to the printing's text at `printed` (UTF-16 offset) after
 * `breaks` line breaks.
 */
export interface CompactFrame {
  before: FramePart;
  after: FramePart;
}

export interface FramePart {
  text: string;
  segments: Array<{ at: number; printed: number; breaks: number }>;
}

/** Regions larger than this part of the file are read whole: the view would save little. */
const LARGEST_PART = 8;
const HASH_BYTES = 32;
const READ_CHUNK = 1 << 20;

/**
 * Compares the file at `path` with the printing `pieces` (strings, and the items of top-level
 * lists): 'same' when its bytes are the printing's UTF-8; the region when the two differ only in
 * items of one list (at most an eighth of the file); undefined otherwise, or when the file cannot
 * be read. With `frame`, the printing around the region is kept (`CompactFrame`).
 */
export function findPrintedRegion(path: string, pieces: Iterable<string | ListItem>, options: { frame?: boolean } = {}): PrintedRegion | 'same' | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const printing = walkPrinting(fd, pieces, options.frame ?? false);
    if (printing.firstDifference === undefined && size === printing.length) return 'same';
    return regionOf(fd, size, printing);
  } catch {
    // An unreadable file, or a printing that cannot be made: read whole, which says what is wrong.
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The printing as pieces: each item, and the text between two items (or before the first, or
 * after the last) as one piece. For each, where it starts (bytes, UTF-16, line breaks before it,
 * UTF-16 offset of its line's start) and the SHA-256 of its bytes; for an item, its list and index.
 */
interface Printing {
  byteStarts: number[];
  starts: number[];
  breaks: number[];
  lineStarts: number[];
  lists: Array<string | undefined>;
  indexes: number[];
  hashes: Buffer;
  /** The text of each piece between items (kept with `frame`); '' for items. */
  texts: string[];
  keepFrame: boolean;
  /** Total bytes, UTF-16 length and line breaks. */
  length: number;
  length16: number;
  breakCount: number;
  /** The byte of the printing where the file first differs; undefined when the file starts with the whole printing. */
  firstDifference: number | undefined;
}

/** Walks the printing once, comparing it with the file from the front up to the first difference. */
function walkPrinting(fd: number, pieces: Iterable<string | ListItem>, keepFrame: boolean): Printing {
  const printing: Printing = {
    byteStarts: [], starts: [], breaks: [], lineStarts: [], lists: [], indexes: [], hashes: Buffer.alloc(HASH_BYTES * 1024), texts: [], keepFrame,
    length: 0, length16: 0, breakCount: 0, firstDifference: undefined,
  };
  const file = forwardReader(fd);
  let scratch = Buffer.allocUnsafe(1 << 16);
  let lineStart = 0;
  let between: string[] = [];
  const add = (text: string, item: ListItem | undefined) => {
    const count = printing.byteStarts.length;
    printing.byteStarts.push(printing.length);
    printing.starts.push(printing.length16);
    printing.breaks.push(printing.breakCount);
    printing.lineStarts.push(lineStart);
    printing.lists.push(item?.list);
    printing.indexes.push(item?.index ?? -1);
    printing.texts.push(keepFrame && !item ? text : '');
    // Encoded into one buffer reused for every piece: a buffer each (a hundred thousand of them
    // for a 20 MB policy) was memory outside the heap, let go only when V8 next collected.
    const size = Buffer.byteLength(text, 'utf8');
    if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
    const bytes = scratch.subarray(0, scratch.write(text, 0, 'utf8'));
    if (printing.hashes.length < (count + 1) * HASH_BYTES) {
      const grown = Buffer.alloc(printing.hashes.length * 2);
      printing.hashes.copy(grown);
      printing.hashes = grown;
    }
    createHash('sha256').update(bytes).digest().copy(printing.hashes, count * HASH_BYTES);
    if (printing.firstDifference === undefined) {
      const differs = file.compare(bytes);
      if (differs !== undefined) printing.firstDifference = printing.length + differs;
    }
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      printing.breakCount += 1;
      lineStart = printing.length16 + at + 1;
    }
    printing.length += bytes.length;
    printing.length16 += text.length;
  };
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      between.push(piece);
      continue;
    }
    add(between.join(''), undefined);
    between = [];
    add(piece.text, piece);
  }
  add(between.join(''), undefined);
  // The file longer than the printing: it differs where the printing ends.
  if (printing.firstDifference === undefined && !file.ended()) printing.firstDifference = printing.length;
  return printing;
}

/**
 * The region between the first difference and the last (found from the back, piece by piece),
 * widened to whole items of one list; undefined when either falls outside the items of one list.
 */
function regionOf(fd: number, size: number, printing: Printing): PrintedRegion | undefined {
  const { byteStarts, lists, indexes } = printing;
  const count = byteStarts.length;
  const pieceEnd = (piece: number) => (piece + 1 < count ? byteStarts[piece + 1]! : printing.length);
  const difference = printing.firstDifference ?? Math.min(size, printing.length);
  // The last item starting at or before the first difference: the file is the printing up to its start.
  let first = -1;
  for (let piece = 0; piece < count && byteStarts[piece]! <= difference; piece++) if (lists[piece] !== undefined) first = piece;
  if (first < 0) return undefined;
  // From the back, whole pieces the same as the printing's; the first that is not (after `first`) ends the region.
  const file = backwardReader(fd, size);
  let suffix = 0;
  let last = first;
  for (let piece = count - 1; piece > first; piece--) {
    const length = pieceEnd(piece) - byteStarts[piece]!;
    if (suffix + length > size - byteStarts[first]! || !file.hash(size - suffix - length, size - suffix).equals(printing.hashes.subarray(piece * HASH_BYTES, (piece + 1) * HASH_BYTES))) {
      // A piece that differs (or would reach back into the region): the region ends with it, or,
      // for text between items, with the item after it.
      last = lists[piece] !== undefined ? piece : piece + 1;
      break;
    }
    suffix += length;
  }
  if (last >= count || lists[last] !== lists[first]) return undefined;
  const list = lists[first]!;
  const byteStart = byteStarts[first]!;
  const byteEnd = size - (printing.length - pieceEnd(last));
  if (byteEnd < byteStart || (byteEnd - byteStart) * LARGEST_PART > size) return undefined;
  const start = printing.starts[first]!;
  const end16 = last + 1 < count ? printing.starts[last + 1]! : printing.length16;
  const endBreaks = last + 1 < count ? printing.breaks[last + 1]! : printing.breakCount;
  const region: PrintedRegion = {
    list, from: indexes[first]!, replaced: indexes[last]! - indexes[first]! + 1, size, byteStart, byteEnd,
    start, breaks: printing.breaks[first]!, column: start - printing.lineStarts[first]! + 1,
    printedLength: end16 - start, printedBreaks: endBreaks - printing.breaks[first]!,
  };
  if (printing.keepFrame) {
    const frame = compactFrame(printing, first, last);
    if (!frame) return undefined;
    region.frame = frame;
  }
  return region;
}

/**
 * The printing of `registry.ts` with the items of its lists left out but those from piece `first`
 * to piece `last` (the region), as policyc lays a list out: `    item,\n` a line or more each, so
 * that an item left out takes its indent from the piece before it and its comma and line break from
 * the piece after it. Undefined when the printing is not laid out so.
 */
function compactFrame(printing: Printing, first: number, last: number): CompactFrame | undefined {
  const { lists, texts } = printing;
  const parts = { before: { chunks: [] as string[], length: 0, segments: [] as FramePart['segments'] }, after: { chunks: [] as string[], length: 0, segments: [] as FramePart['segments'] } };
  const dropped = (piece: number) => piece >= 0 && piece < lists.length && lists[piece] !== undefined && (piece < first || piece > last);
  for (let piece = 0; piece < lists.length; piece++) {
    // Items, and the text between two items of the region (part of it), are not the frame's.
    if (lists[piece] !== undefined || (piece > first && piece < last)) continue;
    let text = texts[piece]!;
    let skip = 0;
    if (dropped(piece - 1)) {
      if (!text.startsWith(',\n')) return undefined;
      text = text.slice(2);
      skip = 2;
    }
    if (dropped(piece + 1)) {
      if (!text.endsWith('    ')) return undefined;
      text = text.slice(0, -4);
    }
    if (text === '') continue;
    const part = piece < first ? parts.before : parts.after;
    part.segments.push({ at: part.length, printed: printing.starts[piece]! + skip, breaks: printing.breaks[piece]! + (skip > 0 ? 1 : 0) });
    part.chunks.push(text);
    part.length += text.length;
  }
  return {
    before: { text: parts.before.chunks.join(''), segments: parts.before.segments },
    after: { text: parts.after.chunks.join(''), segments: parts.after.segments },
  };
}

/** The file read from the front, compared with the printing's bytes a piece at a time. */
function forwardReader(fd: number): { compare(bytes: Buffer): number | undefined; ended(): boolean } {
  const buffer = Buffer.allocUnsafe(READ_CHUNK);
  let from = 0;
  let to = 0;
  let eof = false;
  const fill = () => {
    if (from < to || eof) return;
    to = readSync(fd, buffer, 0, READ_CHUNK, null);
    from = 0;
    eof = to === 0;
  };
  return {
    // The offset in `bytes` of the first byte the file does not share with them; undefined when it has them all next.
    compare(bytes) {
      let at = 0;
      while (at < bytes.length) {
        fill();
        if (eof) return at;
        const n = Math.min(bytes.length - at, to - from);
        if (!bytes.subarray(at, at + n).equals(buffer.subarray(from, from + n))) {
          let i = 0;
          while (bytes[at + i] === buffer[from + i]) i++;
          return at + i;
        }
        at += n;
        from += n;
      }
      return undefined;
    },
    ended() {
      fill();
      return eof;
    },
  };
}

/** The file read from the back: the SHA-256 of a range of its bytes, read through a window that moves toward the start. */
function backwardReader(fd: number, size: number): { hash(from: number, to: number): Buffer } {
  const window = Buffer.allocUnsafe(READ_CHUNK);
  let windowStart = size;
  let windowEnd = size;
  const load = (end: number) => {
    windowStart = Math.max(0, end - READ_CHUNK);
    windowEnd = end;
    let read = 0;
    while (read < windowEnd - windowStart) {
      const n = readSync(fd, window, read, windowEnd - windowStart - read, windowStart + read);
      if (n === 0) throw new Error('file shrank while read');
      read += n;
    }
  };
  return {
    hash(from, to) {
      const hash = createHash('sha256');
      // Ranges come from the back, each before the last: hashed from their end in window-sized parts, then in order.
      const parts: Buffer[] = [];
      let end = to;
      while (end > from) {
        if (end > windowEnd || end <= windowStart) load(end);
        const start = Math.max(from, windowStart);
        parts.unshift(Buffer.from(window.subarray(start - windowStart, end - windowStart)));
        end = start;
      }
      for (const part of parts) hash.update(part);
      return hash.digest();
    },
  };
}
