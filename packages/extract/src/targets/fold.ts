/**
 * The text target rules read, folded from the text as written where extraction from PDF (or a
 * typesetter) broke it: spaces around figures ("到 2025 年", "92 %", "不低于 92%") and lines wrapped
 * at a fixed width ("提高到 500 万\n亩以上", "达到 92%以\n上", with a page number between the halves).
 *
 * Positions stay on the source: the folded text carries, for each of its characters, the offset of
 * that character in the text as written (STYLE: normalise values during extraction, never the input).
 * One pass over the text; lines are only joined in a document found to be hard-wrapped.
 */

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each offset of `text` (and its end), the offset in the text as written. */
  source: Int32Array;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));
/** Spaces within a line, typographic ones (U+2002–U+200A) included. */
const isSpace = (ch: string | undefined): boolean => ch !== undefined && ch !== '\n' && ch !== '\r' && /\s/u.test(ch);
/** CJK text and full-width punctuation: the characters a figure is written between. */
const isWide = (ch: string | undefined): boolean => ch !== undefined && ch.charCodeAt(0) > 0x2000;
const isPercent = (ch: string | undefined): boolean => ch === '%' || ch === '％' || ch === '‰';

/** Display width: a wide character takes two columns, as on the printed page. */
function widthOf(line: string): number {
  let w = 0;
  for (const ch of line) w += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
}

function trimEnd(line: string): string {
  let k = line.length;
  while (k > 0 && (isSpace(line[k - 1]) || line[k - 1] === '\r')) k--;
  return line.slice(0, k);
}

/** Lines shorter than this are headings, page numbers or paragraph ends, never the wrap width. */
const MIN_WRAP = 30;
/** Columns a full line may fall short of the width (justified text, an indent lost in extraction). */
const SLACK = 6;
/** The share of the longer lines that must sit at one width for the text to count as hard-wrapped. */
const WRAPPED_SHARE = 0.45;
const MIN_LINES = 20;

/**
 * The width at which the document's lines were wrapped, or null when they were not: most of its
 * longer lines end within a few columns of one width. A text written a paragraph a line has lines
 * of every length and is never folded.
 */
export function wrapWidth(texts: string[]): number | null {
  const counts = new Map<number, number>();
  let lines = 0;
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const w = widthOf(trimEnd(line));
      if (w < MIN_WRAP / 3) continue;
      lines++;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  if (lines < MIN_LINES) return null;
  let best = 0;
  let width = 0;
  for (const w of counts.keys()) {
    let near = 0;
    for (let d = -3; d <= 3; d++) near += counts.get(w + d) ?? 0;
    if (near > best || (near === best && w > width)) {
      best = near;
      width = w;
    }
  }
  return width >= MIN_WRAP && best / lines >= WRAPPED_SHARE ? width : null;
}

/** A line holding only a page number ("9", "- 9 -", "— 9 —"). */
const PAGE_NUMBER = /^[\s\u3000]*[-－—–]?[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*[-－—–]?[\s\u3000]*$/u;
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

/** Folds one block; `width` is the document's wrap width (null: lines are kept). */
export function foldText(text: string, width: number | null): Folded {
  const out: string[] = [];
  const source: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (isSpace(ch) || ch === '\r') {
      let end = i;
      while (end < n && (isSpace(text[end]) || text[end] === '\r')) end++;
      // Spaces ending a line that the next one continues go with the break.
      const joinedBreak = text[end] === '\n' && width !== null && continuation(text, end, width) > end;
      if (!joinedBreak && !droppedSpace(text, i, end)) for (let k = i; k < end; k++) {
        out.push(text[k]!);
        source.push(k);
      }
      i = end;
      continue;
    }
    if (ch === '\n' && width !== null) {
      const joined = continuation(text, i, width);
      if (joined > i) {
        i = joined;
        continue;
      }
    }
    out.push(ch);
    source.push(i);
    i++;
  }
  source.push(n);
  return { text: out.join(''), source: Int32Array.from(source) };
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
