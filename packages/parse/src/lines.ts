/**
 * Pass one: physical lines, what is markup, and where heading markers could stand.
 */
import { canStartMarkerCode, matchItemBeforeFigure, matchMarker, type MarkerMatch } from './markers.js';

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

/** White space by char code: ASCII space and controls, NBSP, the ideographic space, BOM, Unicode spaces. */
export function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0x3000 || code === 0xa0 || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x1680 || code === 0x85;
}

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && isSpaceCode(ch.charCodeAt(0));
}

/** Which characters are markup (1) rather than content or white space; null for plain text. */
export type MarkupMask = Uint8Array | null;

/** Offset of the first content character of a line at or after `from` (skipping space and markup). */
export function contentStart(text: string, from: number, end: number, mask: MarkupMask): number {
  let i = from;
  while (i < end && (isSpaceCode(text.charCodeAt(i)) || mask?.[i] === 1)) i++;
  return i;
}

/** Offset just past the last content character of [from, end). */
export function contentEnd(text: string, from: number, end: number, mask: MarkupMask): number {
  let i = end;
  while (i > from && (isSpaceCode(text.charCodeAt(i - 1)) || mask?.[i - 1] === 1)) i--;
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
  /** White space stands between the marker and the content before it. */
  afterSpace: boolean;
  /**
   * The marker read as an item number before a figure ("3.5G…" as "3."), for parse.ts to choose;
   * when it is the candidate's own reading, the candidate stands only if it continues the items.
   */
  asItem?: MarkerMatch;
}

/** Punctuation after which a marker may stand inside a line: a sentence or clause has ended. */
const BOUNDARY = new Set([...'。；;！!？?：:）)〕]】」』”'].map((c) => c.charCodeAt(0)));
const PAREN_OPEN = new Set([0xff08, 0x28]); // （ (
const FIRST = 0x7b2c; // 第
const isDigitCode = (code: number) => (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);

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
    let prev = 0; // char code of the last content character, 0 at line start
    for (let i = first; i < line.end; i++) {
      const code = text.charCodeAt(i);
      if (mask?.[i] === 1) continue;
      const atLineStart = i === first && line.start >= from;
      if (canStartMarkerCode(code) && (atLineStart || admitsMidLine(prev, code))) {
        const marker = matchMarker(text, i, atLineStart);
        const asItem = atLineStart && (marker === null || (marker.style === 'decimal' && marker.level === 2)) ? matchItemBeforeFigure(text, i) : null;
        const m = marker ?? asItem;
        if (m && !citesProvision(text, i, m.value.length, prev)) {
          const before = atLineStart || prev === 0 ? '' : String.fromCharCode(prev);
          const afterSpace = i > line.start && isSpaceCode(text.charCodeAt(i - 1));
          const candidate: Candidate = { style: m.style, value: m.value, ordinal: m.ordinal, level: m.level, start: i, end: i + m.value.length, line: index, atLineStart, before, afterSpace };
          if (asItem) candidate.asItem = asItem;
          out.push(candidate);
          i += m.value.length - 1;
          prev = m.value.charCodeAt(m.value.length - 1);
          continue;
        }
      }
      if (!isSpaceCode(code)) prev = code;
    }
  });
  return out;
}

function admitsMidLine(prev: number, code: number): boolean {
  if (BOUNDARY.has(prev)) return true;
  return PAREN_OPEN.has(code) && prev !== FIRST && !isDigitCode(prev);
}

const PROVISION = new Set([...'项款目'].map((c) => c.charCodeAt(0)));

/**
 * "第（一）项", "第四条（一）项规定": a citation of a provision, not a heading. A marker that
 * opens a line or follows punctuation heads its text even when a word such as 项目 or 目标
 * follows it ("1.目标。", "（三）项目管理"); only one that runs on from a word cites.
 */
function citesProvision(text: string, start: number, length: number, prev: number): boolean {
  if (text.charCodeAt(start - 1) === FIRST) return true;
  return PROVISION.has(text.charCodeAt(start + length)) && PAREN_OPEN.has(text.charCodeAt(start)) && prev !== 0 && isWordCode(prev);
}

/** A CJK ideograph or an ASCII/full-width letter or digit: text that runs on, not punctuation. */
function isWordCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
