/**
 * The text target rules read, folded from the text as written where extraction from PDF (or a
 * typesetter) broke it: spaces around figures ("到 2025 年", "92 %", "不低于 92%") and lines wrapped
 * at a fixed width ("提高到 500 万\n亩以上", "达到 92%以\n上", with a page number between the halves).
 *
 * Positions stay on the source: the folded text carries, for each of its characters, the offset of
 * that character in the text as written (STYLE: normalise values during extraction, never the input).
 * One pass over the spaces and breaks of the text; lines are only joined in a document found to be
 * hard-wrapped.
 */
import { nextInClass, partitionPoint } from '../search.js';
import { isBlankCode, type BlockScan } from './scan.js';

export interface Folded {
  /** The folded text. */
  text: string;
  /** The offset in the text as written of an offset of `text`; its end (and beyond) maps to the source's end. */
  sourceAt(at: number): number;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));
/** Spaces within a line, typographic ones (U+2002–U+200A) included. */
const isSpace = (ch: string | undefined): boolean => ch !== undefined && ch !== '\r' && isBlankCode(ch.charCodeAt(0));
/** CJK text and full-width punctuation: the characters a figure is written between. */
const isWide = (ch: string | undefined): boolean => ch !== undefined && ch.charCodeAt(0) > 0x2000;
const isPercent = (ch: string | undefined): boolean => ch === '%' || ch === '％' || ch === '‰';

/** Display width: a wide character takes two columns, as on the printed page. */
function widthOf(line: string): number {
  return widthIn(line, 0, line.length);
}

/** Display width of `text[from, to)`; a surrogate pair counts once, as a wide character. */
function widthIn(text: string, from: number, to: number): number {
  // One test for the common case (a Chinese character, or an ASCII one), the surrogate test only past it.
  let w = to - from;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) continue;
    w++;
    // A pair counts once, as a wide character: its second half adds nothing.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      w--;
    }
  }
  return w;
}

function trimEnd(line: string): string {
  return line.slice(0, trimmedEnd(line, 0, line.length));
}

/** The end of `text[from, to)` without its trailing spaces. */
function trimmedEnd(text: string, from: number, to: number): number {
  let k = to;
  while (k > from && isBlankCode(text.charCodeAt(k - 1))) k--;
  return k;
}

/** Columns a full line may fall short of the width (justified text, an indent lost in extraction). */
const SLACK = 6;

/**
 * A line holding only a page number ("9", "- 9 -", "— 9 —"). Each run of spaces is matched once: a
 * dash opens the spaces after it, so no two `\s*` can share characters.
 */
const PAGE_NUMBER = /^\s*(?:[-－—–]\s*)?[0-9０-９]{1,4}\s*(?:[-－—–]\s*)?$/u;
const MAX_PAGE_LINE = 16;
/** Marks that end a paragraph; a full line ending in one is not continued. */
const PARAGRAPH_END = '。！？!?；;：:';

/** Whether a space at `i` (a run from `i` to `end`) sits inside a figure's phrase and is dropped. */
function droppedSpace(text: string, i: number, end: number): boolean {
  const before = text[i - 1];
  const after = text[end];
  // "到 2025 年", "不低于 92%", "500 万亩", "92 %"; never between two figures ("85 90").
  if (isWide(before) && isDigit(after)) return true;
  if ((isDigit(before) || isPercent(before)) && (isWide(after) || isPercent(after))) return true;
  return false;
}

/** Where something may be folded, by char code: a space (1) or a line break (2). */
const FOLD_AT = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) if (code !== 10 && isBlankCode(code)) FOLD_AT[code] = 1;
FOLD_AT[10] = 2;
/**
 * The characters where something may be folded, as classes the regex engine seeks: spaces alone
 * (a text not hard-wrapped), or line breaks too. FOLD_AT holds what `\s` matches (see isBlankCode).
 */
const ANY_SPACE = /[^\S\n]/g;
const ANY_FOLD = /\s/g;

/**
 * Folds one block; `width` is the document's wrap width (null: lines are kept). The folded text is
 * the source with some stretches left out: the kept runs are copied whole, and only their starts
 * are kept to map offsets back (most blocks fold nothing, and map as they are). `scan` is the
 * block's `scanBlock`, when the caller has it: a block it finds nothing to fold in is not sought
 * through again.
 */
export function foldText(text: string, width: number | null, scan?: BlockScan): Folded {
  const n = text.length;
  if (scan !== undefined && (width === null ? !scan.blankByFigure : !scan.blank && !scan.lineFeed)) return unfolded(text);
  // Line breaks are only folded in a hard-wrapped text.
  const events = width === null ? 1 : 3;
  const kept: string[] = [];
  /** Where each kept run starts, in the folded text and in the source. */
  const foldedStarts: number[] = [];
  const sourceStarts: number[] = [];
  let length = 0;
  let runStart = 0;
  const skip = (from: number, to: number): void => {
    if (from > runStart) {
      kept.push(text.slice(runStart, from));
      foldedStarts.push(length);
      sourceStarts.push(runStart);
      length += from - runStart;
    }
    runStart = to;
  };
  const anyFold = events === 1 ? ANY_SPACE : ANY_FOLD;
  let i = 0;
  while (i < n) {
    // To the next place where something may be folded: most characters are none.
    i = nextInClass(anyFold, text, i);
    if (i >= n) break;
    const at = FOLD_AT[text.charCodeAt(i)]! & events;
    if (at === 1) {
      let end = i;
      while (end < n && text.charCodeAt(end) !== 10 && isBlankCode(text.charCodeAt(end))) end++;
      // Spaces ending a line that the next one continues go with the break.
      const joinedBreak = text[end] === '\n' && width !== null && continuation(text, end, width) > end;
      if (joinedBreak || droppedSpace(text, i, end)) skip(i, end);
      i = end;
      continue;
    }
    // A break: only sought in a hard-wrapped text.
    const joined = continuation(text, i, width!);
    if (joined > i) {
      skip(i, joined);
      i = joined;
      continue;
    }
    i++;
  }
  skip(n, n);
  if (length === n) return unfolded(text);
  const folded = kept.join('');
  return {
    text: folded,
    sourceAt: (at) => {
      if (!(at < length)) return n;
      // The last kept run starting at or before `at` (the first run starts at 0).
      const run = Math.max(0, partitionPoint(foldedStarts.length, (i) => foldedStarts[i]! <= at) - 1);
      return sourceStarts[run]! + (at - foldedStarts[run]!);
    },
  };
}

/** A text that folds nothing: every offset maps to itself. */
function unfolded(text: string): Folded {
  const n = text.length;
  return { text, sourceAt: (at) => (at < n ? at : n) };
}

/**
 * Where the next line continues the line ending at the break `at` (past any blank or page-number
 * lines and the continuation's leading spaces), or `at` when the break ends a paragraph.
 */
function continuation(text: string, at: number, width: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = trimEnd(text.slice(lineStart, at));
  if (line === '' || PARAGRAPH_END.includes(line[line.length - 1]!) || widthOf(line) < width - SLACK) return at;
  let next = at + 1;
  // Page furniture between the halves of a wrapped sentence: blank lines and a page number.
  for (let hops = 0; hops < 4 && next < text.length; hops++) {
    const end = text.indexOf('\n', next);
    const candidate = text.slice(next, end < 0 ? text.length : end);
    if (end < 0 || (trimEnd(candidate) !== '' && !(candidate.length <= MAX_PAGE_LINE && PAGE_NUMBER.test(candidate)))) break;
    next = end + 1;
  }
  while (next < text.length && isSpace(text[next])) next++;
  // A continuation holds text: at the end of the block, or before another break, keep the break.
  return next < text.length && text[next] !== '\n' ? next : at;
}
