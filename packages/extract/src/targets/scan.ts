/**
 * One pass over a block's characters for what the target readers first ask of every block: where
 * a figure may open (figures.ts), whether it holds a space or a line break the fold could act on
 * (fold.ts), and the display width of each of its lines, which the document's wrap width is
 * decided from (`WrapTally`).
 *
 * These were three scans of every block, and a fourth by the fold's regex; most characters of a
 * Chinese text matter to none of them, and a single loop with one class table per char code
 * passes over them once. A block that holds no space (and, in a text not hard-wrapped, whatever
 * its line breaks) folds to itself, and its figure starts are those found here.
 */
import { MIN_COUNTED, wrapWidthOf } from '@policyc/parse';
import { FIGURE_START } from './figures.js';

/**
 * What `/\s/u` matches, but a line feed, by char code: the fold's spaces and the blanks a line's
 * width is measured without.
 */
export const isBlankCode = (code: number): boolean =>
  code === 32 || code === 9 || code === 11 || code === 12 || code === 13 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

const FIGURE = 1;
/** One display column (a code up to U+00FF); every other code takes two. */
const NARROW = 2;
const BLANK = 4;
const LINE_FEED = 8;
const HIGH_SURROGATE = 16;
/** What a space the fold drops stands next to (see fold.ts, `droppedSpace`): a digit or a percent sign. */
const BY_FIGURE = 32;
const CLASS = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  let cls = FIGURE_START[code] === 1 ? FIGURE : 0;
  if (code <= 0xff) cls |= NARROW;
  if (code === 10) cls |= LINE_FEED;
  else if (isBlankCode(code)) cls |= BLANK;
  if (code >= 0xd800 && code <= 0xdbff) cls |= HIGH_SURROGATE;
  CLASS[code] = cls;
}
for (const ch of '0123456789０１２３４５６７８９%％‰') CLASS[ch.charCodeAt(0)]! |= BY_FIGURE;

export interface BlockScan {
  /** The offsets where a figure may open, in order (`figureStarts`). */
  figureStarts: number[];
  /** The block holds a blank other than a line feed (a space a hard-wrapped line may end with). */
  blank: boolean;
  /**
   * A blank stands right before or after a digit or a percent sign: the only place a space is
   * dropped in a text not hard-wrapped ("到 2025 年", "92 %"). Paragraphs indented with U+3000
   * hold blanks, and most hold none of these.
   */
  blankByFigure: boolean;
  /** The block holds a line feed: a break the fold may join, in a hard-wrapped text. */
  lineFeed: boolean;
}

/**
 * The widths of a document's lines, counted as its blocks are scanned: the width at which it was
 * wrapped, or null when it was not, is then read off the counts (`width`).
 */
export class WrapTally {
  private readonly counts = new Map<number, number>();
  private lines = 0;

  /**
   * Counts the line `text[start, end)`, of which `narrow` codes are one column wide and `pairs`
   * surrogate pairs count once, as a wide character; its trailing blanks are not measured.
   */
  line(text: string, start: number, end: number, narrow: number, pairs: number): void {
    let to = end;
    while (to > start && isBlankCode(text.charCodeAt(to - 1))) if (text.charCodeAt(--to) <= 0xff) narrow--;
    const w = 2 * (to - start) - narrow - 2 * pairs;
    if (w < MIN_COUNTED) return;
    this.lines++;
    this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
  }

  /**
   * The width at which the document's lines were wrapped, or null when they were not: most of its
   * longer lines end within a few columns of one width. A text written a paragraph a line has lines
   * of every length and is never folded.
   */
  width(): number | null {
    return wrapWidthOf(this.counts, this.lines);
  }
}

/** Scans one block (see the module's comment), counting its lines' widths into `tally`. */
export function scanBlock(text: string, tally: WrapTally): BlockScan {
  const starts: number[] = [];
  const n = text.length;
  let seen = 0;
  let lineStart = 0;
  let narrow = 0;
  let pairs = 0;
  let blankByFigure = false;
  for (let i = 0; i < n; i++) {
    const cls = CLASS[text.charCodeAt(i)]!;
    // Most characters (Chinese ones) are none of these: nothing to do.
    if (cls === 0) continue;
    seen |= cls;
    if (cls & FIGURE) starts.push(i);
    // The character before is asked only at a blank or a figure's character, which are few.
    if (cls & (BLANK | BY_FIGURE) && (CLASS[text.charCodeAt(i - 1)]! & (cls & BLANK ? BY_FIGURE : BLANK)) !== 0) blankByFigure = true;
    if (cls & LINE_FEED) {
      tally.line(text, lineStart, i, narrow, pairs);
      lineStart = i + 1;
      narrow = 0;
      pairs = 0;
      continue;
    }
    if (cls & NARROW) narrow++;
    else if (cls & HIGH_SURROGATE && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // The pair's second half is no class of its own: it is passed over as a wide code.
      pairs++;
      i++;
    }
  }
  tally.line(text, lineStart, n, narrow, pairs);
  return { figureStarts: starts, blank: (seen & BLANK) !== 0, blankByFigure, lineFeed: (seen & LINE_FEED) !== 0 };
}
