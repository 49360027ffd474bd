/**
 * Pass one: physical lines, what is markup, and where heading markers could stand.
 */
import { canStartMarker, matchMarker, type MarkerMatch } from './markers.js';

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character before the line ending. */
  end: number;
  /** Offset of the next line (past the line ending). */
  next: number;
}

/** Splits on LF, CRLF and CR, keeping every character accounted for. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      const next = ch === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

const SPACE = /[\s\u3000\ufeff]/;

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

/** Which characters are markup (1) rather than content or white space; null for plain text. */
export type MarkupMask = Uint8Array | null;

/** Offset of the first content character of a line at or after `from` (skipping space and markup). */
export function contentStart(text: string, from: number, end: number, mask: MarkupMask): number {
  let i = from;
  while (i < end && (isSpace(text[i]) || mask?.[i] === 1)) i++;
  return i;
}

/** Offset just past the last content character of [from, end). */
export function contentEnd(text: string, from: number, end: number, mask: MarkupMask): number {
  let i = end;
  while (i > from && (isSpace(text[i - 1]) || mask?.[i - 1] === 1)) i--;
  return i;
}

export interface Candidate extends MarkerMatch {
  start: number;
  end: number;
  line: number;
  /** The marker opens its line (after indentation and markup). */
  atLineStart: boolean;
  /** Content character before a mid-line marker, '' at line start. */
  before: string;
}

/** Punctuation after which a marker may stand inside a line: a sentence or clause has ended. */
const BOUNDARY = new Set([...'。；;！!？?：:）)〕]】」』”']);
const PAREN_OPEN = new Set(['（', '(']);

/**
 * Every place in [from, text.length) where a heading marker could stand: at a line start, or
 * inside a line after a sentence boundary. Parenthesised markers ("（一）") may also be glued
 * straight onto preceding text, as in bodies set as one long line.
 */
export function findCandidates(text: string, lines: Line[], mask: MarkupMask, from: number): Candidate[] {
  const out: Candidate[] = [];
  lines.forEach((line, index) => {
    if (line.end <= from) return;
    const first = contentStart(text, Math.max(line.start, from), line.end, mask);
    let prev = '';
    for (let i = first; i < line.end; i++) {
      const ch = text[i]!;
      if (mask?.[i] === 1) continue;
      const atLineStart = i === first && line.start >= from;
      if (canStartMarker(ch) && (atLineStart || admitsMidLine(prev, ch))) {
        const m = matchMarker(text, i, atLineStart);
        if (m && !citesProvision(text, i, m.value.length)) {
          out.push({ ...m, start: i, end: i + m.value.length, line: index, atLineStart, before: atLineStart ? '' : prev });
          i += m.value.length - 1;
          prev = m.value.at(-1)!;
          continue;
        }
      }
      if (!isSpace(ch)) prev = ch;
    }
  });
  return out;
}

function admitsMidLine(prev: string, ch: string): boolean {
  if (BOUNDARY.has(prev)) return true;
  return PAREN_OPEN.has(ch) && prev !== '第' && !/[0-9０-９]/.test(prev);
}

/** "第（一）项", "（一）款": a citation of a provision, not a heading. */
function citesProvision(text: string, start: number, length: number): boolean {
  return text[start - 1] === '第' || /[项款目]/.test(text[start + length] ?? '');
}
