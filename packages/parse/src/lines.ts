/**
 * Pass one: physical lines, what is markup, and where heading markers could stand.
 */
import type { RowRange } from './tables.js';
import type { MarkerStyle } from './types.js';
import { canStartMarkerCode, matchDecimalTitledByMeasure, matchItemBeforeFigure, matchMarker, QUANTITY_WORDS, type MarkerMatch } from './markers.js';
import { toHalfWidthDigits } from './numerals.js';

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character before the line ending. */
  end: number;
  /** Offset of the next line (past the line ending). */
  next: number;
}

/** A line ending: CRLF, CR or LF (the regex engine passes the text between them fastest). */
const LINE_ENDING = /\r\n?|\n/g;
/** An HTML line break in Markdown text ("<br>", "<br/>", "<BR />"). */
const HTML_BREAK = /<br[ \t]{0,2}\/?>/giu;

/** Splits on LF, CRLF and CR, keeping every character accounted for. */
export function splitLines(text: string, markdown = false): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const push = (line: Line) => (markdown ? pushBrokenAtBreaks(text, line, lines) : lines.push(line));
  LINE_ENDING.lastIndex = 0;
  for (let m = LINE_ENDING.exec(text); m !== null; m = LINE_ENDING.exec(text)) {
    push({ start, end: m.index, next: LINE_ENDING.lastIndex });
    start = LINE_ENDING.lastIndex;
  }
  push({ start, end: text.length, next: text.length });
  return lines;
}

/**
 * A Markdown line broken where it holds HTML line breaks ("<br>"), as a page converted to Markdown
 * keeps them: in running text, and in a table of one cell (a whole notice set in a page's cell).
 * In a row of several cells (a pipe row, an HTML table's) a break is inside its cell, and the row
 * stays one line.
 */
function pushBrokenAtBreaks(text: string, line: Line, out: Line[]): void {
  const at = text.slice(line.start, line.end);
  if (!/<br/iu.test(at) || isRowOfCells(at) || /<t[dhr][\s>]/iu.test(at)) {
    out.push(line);
    return;
  }
  let start = line.start;
  HTML_BREAK.lastIndex = 0;
  for (let m = HTML_BREAK.exec(at); m !== null; m = HTML_BREAK.exec(at)) {
    out.push({ start, end: line.start + m.index, next: line.start + HTML_BREAK.lastIndex });
    start = line.start + HTML_BREAK.lastIndex;
  }
  out.push({ start, end: line.end, next: line.next });
}

/** A Markdown table row of two cells or more: three pipes or more ("| 1 | 任务 |"). */
function isRowOfCells(line: string): boolean {
  if (!/^[ \t]{0,3}\|/u.test(line)) return false;
  let pipes = 0;
  for (let i = line.indexOf('|'); i >= 0 && pipes < 3; i = line.indexOf('|', i + 1)) pipes++;
  return pipes >= 3;
}

/**
 * Lines as paragraphs: a physical line set as a whole document (a body pasted as one line, the
 * paragraph breaks of the original surviving only as runs of U+3000) is split into one line per
 * paragraph there, so markers that open a paragraph open a line. A run parts paragraphs when a
 * marker or a run of text follows it, not a spaced-out title ("总　　则"). Where a line is parted
 * so, a lone U+00A0 between two characters is a break too (section breaks of such pages); in
 * other text it is a space between words. Short lines are never split.
 */
export function splitParagraphs(text: string, lines: Line[]): Line[] {
  const out: Line[] = [];
  // A document that sets a heading on a line of its own is set in lines, not run into one.
  let headingLine: boolean | undefined;
  const setInLines = () => (headingLine ??= lines.some((l) => l.end - l.start < ONE_LINE_DOCUMENT && opensWithMarker(text, l)));
  for (const line of lines) {
    if (line.end - line.start < ONE_LINE_DOCUMENT) {
      out.push(line);
      continue;
    }
    const runs: { at: number; next: number; lone: boolean }[] = [];
    let ideographicBreaks = 0;
    /** Runs of three or more ASCII spaces: a page's paragraph and cell breaks where its converter wrote spaces. */
    const wide: { at: number; next: number }[] = [];
    for (let i = line.start; i < line.end;) {
      if (!isSpaceCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i;
      let ideographic = false;
      let ascii = true;
      while (j < line.end && isSpaceCode(text.charCodeAt(j))) {
        if (text.charCodeAt(j) === 0x3000) ideographic = true;
        if (text.charCodeAt(j) !== 0x20) ascii = false;
        j++;
      }
      const lone = j - i === 1 && text.charCodeAt(i) === 0xa0;
      if (ascii && j - i >= WIDE_RUN && i > line.start && j < line.end) wide.push({ at: i, next: j });
      if (i > line.start && j < line.end && ((ideographic && j - i >= 2) || lone) && opensParagraphAt(text, j, line.end)) {
        runs.push({ at: i, next: j, lone });
        if (!lone) ideographicBreaks++;
      }
      i = j;
    }
    if (ideographicBreaks === 0 && wideRunsPartParagraphs(text, wide)) {
      out.push(...splitAtWideRuns(text, line, wide));
      continue;
    }
    if (ideographicBreaks === 0) {
      const flowed = splitFlowed(text, line, setInLines);
      if (flowed) {
        out.push(...flowed);
        continue;
      }
    }
    let start = line.start;
    for (const run of runs) {
      if (run.lone && ideographicBreaks < PARAGRAPH_BREAKS_MIN) continue;
      // The indentation before the next paragraph belongs to it, as on a physical line.
      out.push({ start, end: run.at, next: run.at });
      start = run.at;
    }
    // A line left whole is the line itself: the parser then knows the lines hold the same
    // candidates as the paragraphs, and finds them once (see parse.ts).
    out.push(start === line.start ? line : { start, end: line.end, next: line.next });
  }
  return out;
}

/**
 * A page whose converter wrote each paragraph and table cell break as a run of ASCII spaces
 * ("…执行。   一、对标先进…   (一)市场准入   1   加快建设…   市市场监管局   2   …"): the runs
 * part paragraphs when they are the line's own breaks, shown so by a run after a sentence's end
 * and a run before a heading's marker. Single spaces (the words a title's line wrap parted, the
 * space between an issuer and the title) stay inside the paragraph.
 */
function wideRunsPartParagraphs(text: string, wide: readonly { at: number; next: number }[]): boolean {
  if (wide.length < WIDE_BREAKS_MIN) return false;
  const afterSentence = wide.some((run) => SENTENCE_END.has(text.charCodeAt(run.at - 1)));
  const beforeMarker = wide.some((run) => canStartMarkerCode(text.charCodeAt(run.next)) && matchMarker(text, run.next, true) !== null);
  return afterSentence && beforeMarker;
}

/**
 * The line parted at those of its wide runs that end a paragraph or a cell, each run the
 * indentation of the paragraph it opens (as with U+3000 runs above). A run ends one after a
 * sentence's end or a closing bracket; before a heading's marker with its title glued on ("一、对标
 * …", "(一)市场准入"), unless all before it is a marker ("一、   总体要求": the run parts the marker
 * from its title); and after a cell (a short piece with no clause marks: "市市场监管局", "2"),
 * unless the run parts a figure from its unit ("3.5   亿元") or a figure set apart inside a sentence
 * follows ("…项目   12   个，"). A run between two characters each standing alone is a title
 * spaced out ("一、总   则", "指   导   思   想"), not a break.
 */
function splitAtWideRuns(text: string, line: Line, wide: readonly { at: number; next: number }[]): Line[] {
  const out: Line[] = [];
  let start = line.start;
  let pieceStart = line.start;
  while (pieceStart < line.end && isSpaceCode(text.charCodeAt(pieceStart))) pieceStart++;
  for (const [k, run] of wide.entries()) {
    const nextEnd = wide[k + 1]?.at ?? line.end;
    const afterEnd = wide[k + 2]?.at ?? line.end;
    if (endsPiece(text, pieceStart, run, nextEnd, wide[k + 1]?.next ?? line.end, afterEnd)) {
      out.push({ start, end: run.at, next: run.at });
      start = run.at;
      pieceStart = run.next;
    }
  }
  out.push({ start, end: line.end, next: line.next });
  return out;
}

/** Whether the wide run `run` ends the piece from `pieceStart`; the next piece ends at `nextEnd`, the one after runs from `afterStart` to `afterEnd`. */
function endsPiece(text: string, pieceStart: number, run: { at: number; next: number }, nextEnd: number, afterStart: number, afterEnd: number): boolean {
  const before = text.charCodeAt(run.at - 1);
  const loneBefore = isIdeographCode(before) && !isIdeographCode(text.charCodeAt(run.at - 2));
  if (loneBefore && nextEnd - run.next === 1) return false;
  // (A bare number is a row's 序号 cell, "1   加快…", no marker waiting for its title.)
  const marker = matchMarker(text, pieceStart, true);
  if (marker !== null && pieceStart + marker.value.length >= run.at && !isDigitCode(text.charCodeAt(run.at - 1))) return false;
  if (SENTENCE_END.has(before) || CLOSING.has(before)) return true;
  const next = canStartMarkerCode(text.charCodeAt(run.next)) ? matchMarker(text, run.next, true) : null;
  if (next !== null && !isSpaceCode(text.charCodeAt(run.next + next.value.length))) return true;
  // A heading's marker ("二、") is no clause mark of its title.
  const words = marker === null ? pieceStart : pieceStart + marker.value.length;
  if (run.at - pieceStart > CELL_MAX || hasClauseMark(text, words, run.at)) return false;
  // A figure and its unit: "3.5   亿元", "12   个".
  if (isDigitCode(before) && MEASURE_START.test(text[run.next] ?? '')) return false;
  // A figure alone, its unit after the next run: "…项目   12   个，".
  const figureNext = nextEnd - run.next <= FIGURE_MAX && isAllDigits(text, run.next, nextEnd);
  return !(figureNext && afterStart < afterEnd && MEASURE_START.test(text[afterStart] ?? ''));
}

function hasClauseMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_MARKS.has(text.charCodeAt(i))) return true;
  return false;
}

function isAllDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigitCode(text.charCodeAt(i)) && text[i] !== '.') return false;
  return to > from;
}

/** Longest piece a wide run parts from the next on evidence of its having no clause marks alone (a title, a cell). */
const CELL_MAX = 80;
/** Longest figure set apart by runs inside a sentence ("12", "3.5"). */
const FIGURE_MAX = 8;
const CLOSING = new Set([...'）)】》”’」'].map((c) => c.charCodeAt(0)));
const CLAUSE_MARKS = new Set([...'，,、；;'].map((c) => c.charCodeAt(0)));
/** Characters a unit of measure opens with, after a figure ("个", "万户", "亿元", "%"): the markers' own list. */
const MEASURE_START = new RegExp(`[${QUANTITY_WORDS}%％‰]`, 'u');

/**
 * PDF text flowed into one line: each printed line joined to the next by one space, so headings
 * and the paragraphs under them run on ("…预案 1 总则 1.1 编制依据 为提高…"). Only the spaces
 * say where a printed line ended. A paragraph opens after one where a marker follows: a decimal
 * marker that continues the decimal numbering read so far (1, 1.1, 1.2, 1.2.1, 2 …; a bare top
 * number only with its first child next), an item marker ("1." "(一)") that keeps its scheme's
 * count, and any other marker after the end of a sentence or a colon. A decimal heading's short
 * title was a printed line of its own: the space after it ends it. A page that ran its paragraphs
 * into one line, a space between them ("…责任分解 一、县长牵头重点工作 1.全县…"), is read the same
 * way, by its items alone. Null for a line where no heading was found.
 */
function splitFlowed(text: string, line: Line, setInLines: () => boolean): Line[] | null {
  const decimals: { at: number; parts: number[]; titleStart: number }[] = [];
  /** Items numbered "1." "(一)" … after a space, before words, by style: the count they keep decides (below). */
  const items = new Map<MarkerStyle, { at: number; ordinal: number }[]>();
  const breaks: number[] = [];
  /** Where the short title of an item after a space ends, at the next space (see flowedTitleEnd); -1 where it runs on. */
  const titleEnds = new Map<number, number>();
  let spaces = 0;
  /** Spaces between two characters of the text: a printed line's end inside a sentence, or a title's end. */
  let wraps = 0;
  for (let i = line.start; i < line.end;) {
    if (!isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < line.end && isSpaceCode(text.charCodeAt(j))) j++;
    if (i === line.start || j === line.end) {
      i = j;
      continue;
    }
    spaces++;
    const code = text.charCodeAt(j);
    if (isIdeographCode(code) && isIdeographCode(text.charCodeAt(i - 1))) wraps++;
    const m = canStartMarkerCode(code) ? matchMarker(text, j, true) : null;
    if (m && m.style === 'decimal' && !m.glued) {
      let t = j + m.value.length;
      while (t < line.end && isSpaceCode(text.charCodeAt(t))) t++;
      // A page number set between dashes ("— 1 —") is no heading: a title is words.
      if (isIdeographCode(text.charCodeAt(t)) && !DASHES.has(text.charCodeAt(i - 1))) {
        decimals.push({ at: i, parts: toHalfWidthDigits(m.value).split(/[.．]/u).map(Number), titleStart: t });
      }
    } else if (m) {
      const item = FLOWED_ITEMS.has(m.style) && isIdeographCode(text.charCodeAt(j + m.value.length));
      const afterSentence = endsSentence(text, i);
      // After a sentence's end any marker opens a paragraph; an item there still counts among its
      // list's items ("…防范化解。 2.经济安全风险" goes on from " 1.政治安全风险").
      if (afterSentence) breaks.push(i);
      if (item) {
        const list = items.get(m.style) ?? [];
        list.push({ at: i, ordinal: m.ordinal });
        items.set(m.style, list);
      }
      if (item || afterSentence) titleEnds.set(i, itemTitleEnd(text, j + m.value.length, line.end));
    }
    i = j;
  }
  // Paragraphs a page ran into one line, one space between them, are longer than printed lines.
  // Only a line that is most of the document, in a document with no heading on a line of its own,
  // is such a page (a long paragraph of any document may hold "…分三个阶段进行 一、动员部署阶段… 二、…"
  // after spaces); there only items that keep a count, each a paragraph's length from the next,
  // part it (a bare decimal number is too often a figure).
  if (spaces * FLOWED_SPACING < line.end - line.start) {
    if ((line.end - line.start) * 2 < text.length || setInLines()) return null;
    decimals.length = 0;
  }
  // "… (一)增强粮食综合生产能力 1.实施… 2.实施…": items after a space that count on from one another
  // (a list may count on across its sections, or start again at 1, 2) were printed lines of their
  // own; a number that keeps no count with the others (a stray "2.", a lone "1.") is no item.
  let taken = 0;
  for (const list of items.values()) {
    // The count: it opens at a 1 that a 2 follows, goes on at each next number, and once open
    // starts again at any 1 (the next section's first item). Items a few characters apart are a
    // list inside a sentence ("重点支持 1.新能源 2.新材料 3.生物医药 等产业"), not printed lines.
    let count = 0;
    for (const [k, item] of list.entries()) {
      const next = list[k + 1];
      if (next !== undefined && next.at - item.at < MIN_FLOWED_ITEM) {
        count = 0;
        continue;
      }
      if (item.ordinal === 1 && (count > 0 || next?.ordinal === 2)) count = 1;
      else if (count > 0 && item.ordinal === count + 1) count++;
      else continue;
      breaks.push(item.at);
      taken++;
    }
  }
  // The next marker of two or more components after each one, for a bare top number to be proved by.
  const nextSub = new Array<number[] | undefined>(decimals.length);
  for (let k = decimals.length - 1; k >= 0; k--) nextSub[k] = k + 1 < decimals.length && decimals[k + 1]!.parts.length > 1 ? decimals[k + 1]!.parts : nextSub[k + 1];
  // The numbering: each decimal marker taken continues the last one taken.
  let last: number[] = [];
  for (const [k, d] of decimals.entries()) {
    if (!continuesNumbering(last, d.parts)) continue;
    const child = nextSub[k];
    if (d.parts.length === 1 && !(child && child.length === 2 && child[0] === d.parts[0] && child[1] === 1)) continue;
    last = d.parts;
    taken++;
    breaks.push(d.at);
    const titleEnd = flowedTitleEnd(text, d.titleStart, line.end);
    if (titleEnd > 0) breaks.push(titleEnd);
  }
  if (taken === 0) return null;
  // "… 二、分类分级化解 今年上级交办…": an item's short title was a paragraph of its own on a page
  // that ran its paragraphs into one line, few spaces inside its sentences. (In a PDF's printed lines
  // run into one, a space ends a printed line wherever it stood: "1.对实施黑土地保护性耕作的地区 给予支持".)
  const paragraphs = wraps * WRAP_SPACING < line.end - line.start;
  for (const at of paragraphs ? [...breaks] : []) {
    const titleEnd = titleEnds.get(at) ?? -1;
    if (titleEnd > 0) breaks.push(titleEnd);
  }
  const out: Line[] = [];
  let start = line.start;
  for (const at of [...new Set(breaks)].sort((a, b) => a - b)) {
    out.push({ start, end: at, next: at });
    start = at;
  }
  out.push({ start, end: line.end, next: line.next });
  return out;
}

/** Whether a line opens with a heading's marker (after indentation). */
function opensWithMarker(text: string, line: Line): boolean {
  let i = line.start;
  while (i < line.end && isSpaceCode(text.charCodeAt(i))) i++;
  return i < line.end && canStartMarkerCode(text.charCodeAt(i)) && matchMarker(text, i, true) !== null;
}

/** `next` follows `last` in an outline: its next sibling, an ancestor's next sibling, or its first child. */
function continuesNumbering(last: number[], next: number[]): boolean {
  if (last.length === 0) return next.at(-1) === 1 && next.length <= 2;
  if (next.length === last.length + 1) return next.at(-1) === 1 && last.every((n, k) => n === next[k]);
  if (next.length > last.length) return false;
  return next.every((n, k) => (k < next.length - 1 ? n === last[k] : n === last[k]! + 1));
}

/**
 * Where an item's title ends in flowed text, at the space after it, as a decimal heading's does
 * (flowedTitleEnd): a short title with no punctuation, followed by words, a year or the next marker
 * (splitFlowed asks only on a page of paragraphs, not in a PDF's printed lines run into one). -1
 * where the title runs on.
 */
function itemTitleEnd(text: string, from: number, end: number): number {
  // "第一条 总则 为贯彻…": a marker may stand apart from its title.
  let start = from;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  const at = flowedTitleEnd(text, start, end);
  if (at < 0 || at - start > ITEM_TITLE_MAX) return -1;
  let next = at;
  while (next < end && isSpaceCode(text.charCodeAt(next))) next++;
  const code = text.charCodeAt(next);
  // After the title: words, a year that opens the text ("整理汇总数据 2009年10月1日进入…"), or the
  // next marker ("加快提振市场信心 (一)全面促进…"); not a figure ("完成投资 3000万元"), a Latin word
  // ("推广应用 BIM 技术") or a quotation ("实施 “百村示范”工程"), which go on with the title's words.
  if (isIdeographCode(code)) return at;
  if (isDigitCode(code)) return YEAR_OPENING.test(text.slice(next, next + 5)) ? at : -1;
  return canStartMarkerCode(code) && matchMarker(text, next, true) !== null ? at : -1;
}
const YEAR_OPENING = /^[0-9]{4}年/u;

/**
 * Whether a sentence ends right before the space at `at`: its mark, or a full stop typed as the
 * ASCII period after a character of the text ("…稳控类 9 个. (一)分类化解"), not after a figure.
 */
function endsSentence(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return SENTENCE_END.has(before) || (before === 0x2e && isIdeographCode(text.charCodeAt(at - 2)));
}

/**
 * Where a decimal heading's title ends in flowed text: at the first space, when the words before
 * it are a title (short, no punctuation) and text follows; -1 otherwise (the title runs on).
 */
function flowedTitleEnd(text: string, from: number, end: number): number {
  for (let i = from; i < end && i - from <= FLOWED_TITLE_MAX; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) return i - from >= 2 ? i : -1;
    if (TITLE_STOPS.has(code)) return -1;
  }
  return -1;
}

/** Fewest characters from one flowed item to the next: an item's words fill a printed line or more. */
const MIN_FLOWED_ITEM = 16;
/** Item schemes whose markers, after a space and counting on, open printed lines (or paragraphs) in flowed text. */
const FLOWED_ITEMS = new Set<MarkerStyle>(['cn-comma', 'arabic-dot', 'cn-paren', 'arabic-paren']);
/** Most characters per space in text flowed from print (a printed line is some 30 characters). */
const FLOWED_SPACING = 80;
/** Longest title a flowed decimal heading is set on. */
const FLOWED_TITLE_MAX = 24;
/** Longest title of an item that was a paragraph of its own. */
const ITEM_TITLE_MAX = 20;
/** Fewest characters per space between two characters of the text on a page of paragraphs run into one line. */
const WRAP_SPACING = 60;
const DASHES = new Set([...'—–-－―'].map((c) => c.charCodeAt(0)));
export const SENTENCE_END = new Set([...'。；;！!？?：:'].map((c) => c.charCodeAt(0)));
const TITLE_STOPS = new Set([...'。，,；;：:、！!？?'].map((c) => c.charCodeAt(0)));
export const isIdeographCode = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/** A paragraph opens at `at`: a heading marker or an attachment label, or a run of text. */
function opensParagraphAt(text: string, at: number, end: number): boolean {
  if (canStartMarkerCode(text.charCodeAt(at)) && matchMarker(text, at, true) !== null) return true;
  if (text.startsWith('附件', at)) return true;
  let k = at;
  while (k < end && !isSpaceCode(text.charCodeAt(k))) k++;
  return k - at >= PARAGRAPH_TEXT_MIN;
}

/** Fewest characters of text after a run of spaces for it to open a paragraph. */
const PARAGRAPH_TEXT_MIN = 8;
/** Fewest U+3000 breaks in a line for its lone U+00A0 to be breaks too. */
const PARAGRAPH_BREAKS_MIN = 3;

/** Fewest ASCII spaces in a run that may part paragraphs (one or two are spaces between words). */
const WIDE_RUN = 3;
/** Fewest wide runs in a line for them to be its paragraph breaks. */
const WIDE_BREAKS_MIN = 3;

/** Shortest line read as a document set on one line. */
const ONE_LINE_DOCUMENT = 400;

/** White space by char code: ASCII space and controls, NBSP, the ideographic space, BOM, Unicode spaces. */
export function isSpaceCode(code: number): boolean {
  if (code > 0x3000) return code === 0xfeff; // most characters of a Chinese text: one comparison
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
  /** For a mid-line marker, the character right after it ("项" in "(三)项规定": an item cited). */
  next?: string;
  /**
   * The marker read as an item number before a figure ("3.5G…" as "3."), for parse.ts to choose;
   * when it is the candidate's own reading, the candidate stands only if it continues the items.
   */
  asItem?: MarkerMatch;
  /** A decimal heading whose title opens with a measure's character ("7.1人员返回"): one only where it continues the numbering. */
  titledByMeasure?: boolean;
  /** A table row's cells (a numbered row, or a group row inside a table). */
  row?: RowRange;
  /** A division without a number ("总则" over the 节 before 第一章): its value is ''. */
  unnumbered?: boolean;
  /** A rule's first division glued on the rule's title ("某某管理办法第一条为…"): depth.ts places it. */
  onRuleTitle?: boolean;
}

/**
 * Punctuation after which a marker may stand inside a line: a sentence or clause has ended. A
 * table by char code: it is asked at every character that may open a marker (every numeral).
 */
const BOUNDARY = new Uint8Array(0x10000);
for (const ch of '。；;！!？?：:）)〕]】」』”') BOUNDARY[ch.charCodeAt(0)] = 1;
const isParenOpen = (code: number): boolean => code === 0xff08 || code === 0x28; // （ (
const FIRST = 0x7b2c; // 第
const isDigitCode = (code: number) => (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);

/**
 * Every place in [from, text.length) where a heading marker could stand: at a line start, or
 * inside a line after a sentence boundary. Parenthesised markers ("（一）") may also be glued
 * straight onto preceding text, as in bodies set as one long line.
 */
export function findCandidates(text: string, lines: Line[], mask: MarkupMask, from: number): Candidate[] {
  const out: Candidate[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (lines[index]!.end > from) lineCandidates(text, lines, index, mask, from, out);
  }
  return out;
}

/**
 * `findCandidates(text, lines, mask, from)` given `all`, the candidates of the same lines from
 * 0: a line wholly after `from` holds the same candidates either way, so only the line `from`
 * falls inside is read again. Saves the parser a second scan of every character.
 */
export function candidatesFrom(all: readonly Candidate[], text: string, lines: Line[], mask: MarkupMask, from: number): Candidate[] {
  const out: Candidate[] = [];
  let k = 0;
  while (k < all.length && lines[all[k]!.line]!.start < from) k++;
  const straddling = lines.findIndex((line) => line.start < from && line.end > from);
  if (straddling >= 0) lineCandidates(text, lines, straddling, mask, from, out);
  for (; k < all.length; k++) out.push(all[k]!);
  return out;
}

/** The candidates of one line from `from` on, pushed onto `out`. */
function lineCandidates(text: string, lines: Line[], index: number, mask: MarkupMask, from: number, out: Candidate[]): void {
  const line = lines[index]!;
  const first = contentStart(text, Math.max(line.start, from), line.end, mask);
  // Only a character that can open a marker is looked at; the one before it is sought back from
  // there when one is found (a few characters), rather than tracked through every character of
  // the line: every character of a document passes here, and few open a marker.
  for (let i = first; i < line.end; i++) {
    const code = text.charCodeAt(i);
    if (!canStartMarkerCode(code) || (mask !== null && mask[i] === 1)) continue;
    const atLineStart = i === first && line.start >= from;
    const prev = atLineStart ? 0 : contentBefore(text, i, first, mask); // 0 when nothing stands before it on the line
    const afterSpace = i > line.start && isSpaceCode(text.charCodeAt(i - 1));
    const admitted = atLineStart || admitsMidLine(prev, code);
    // An item glued on its heading's short title is one; a division of a rule run into one line is
    // tried further below, once its marker is read; any other mark inside a line is none.
    const gluedItem = !admitted && isDigitCode(code) ? itemGluedOnTitle(text, i, prev, out, index) : null;
    if (!admitted && code !== FIRST && gluedItem === null) continue;
    const plain = gluedItem ?? matchMarker(text, i, atLineStart);
    const acrossMarkup = plain === null && atLineStart && mask !== null ? readAcrossMarkup(text, i, line.end, mask) : null;
    const read = plain ?? acrossMarkup;
    if (!admitted && gluedItem === null && !(read !== null && opensRunTogetherRule(text, read, i, first, prev, afterSpace))) continue;
    const titledByMeasure = atLineStart && read === null ? matchDecimalTitledByMeasure(text, i) : null;
    const marker = read ?? titledByMeasure;
    const asItem = atLineStart && (marker === null || (marker.style === 'decimal' && marker.level === 2)) ? matchItemBeforeFigure(text, i) : null;
    const m = marker ?? asItem;
    // "29.51KB", "24 页" on a page's own line (a file's size and length on a sharing site): a
    // number that only a unit follows is a figure, not a heading's marker.
    if (m && atLineStart && m.style === 'decimal' && onlyUnitAfter(text, i + m.value.length, line.end)) continue;
    // "1.业务技术部部门职能 篇一": a 范文 site's list of the pieces it collects, no heading of the text.
    if (m && atLineStart && COLLECTION_ENTRY.test(text.slice(Math.max(i, line.end - COLLECTION_ENTRY_TAIL), line.end))) continue;
    if (m && !citesProvision(text, i, m.value.length, prev)) {
      const before = atLineStart || prev === 0 ? '' : String.fromCharCode(prev);
      // A marker markup splits ends where its last character stands, past the markup inside it.
      const end = acrossMarkup !== null && m === acrossMarkup ? acrossMarkup.end : i + m.value.length;
      // An item glued on its heading's title opens a line the copy lost: it counts as a line's opening.
      const candidate: Candidate = { style: m.style, value: m.value, ordinal: m.ordinal, level: m.level, start: i, end, line: index, atLineStart: atLineStart || gluedItem !== null, before, afterSpace };
      if (!atLineStart) candidate.next = text[end] ?? '';
      if (asItem) candidate.asItem = asItem;
      if (titledByMeasure) candidate.titledByMeasure = true;
      if (m.glued) candidate.glued = true;
      if (!atLineStart && gluedOnRuleTitle(text, m, i)) candidate.onRuleTitle = true;
      out.push(candidate);
      i = end - 1;
    }
  }
}

/**
 * A piece's number in a 范文 site's collection ("篇一", "第2篇"): it closes a line of the site's list
 * of pieces ("1.业务技术部部门职能 篇一"), and opens a piece's title before a colon ("第一篇：…", header.ts).
 */
export const COLLECTION_PIECE = '(?:篇[一二三四五六七八九十0-9０-９]{1,3}|第[一二三四五六七八九十0-9０-９]{1,3}篇)';
const COLLECTION_ENTRY = new RegExp(`[ \u3000]${COLLECTION_PIECE}\\s*$`, 'u');
/** The line's last characters asked for it: the number, the space before it, trailing spaces. */
const COLLECTION_ENTRY_TAIL = 12;

/** Whether all a line holds after `at` is a unit: a file's size ("KB") or one measure character ("页"). */
function onlyUnitAfter(text: string, at: number, end: number): boolean {
  const rest = text.slice(at, end).trim();
  return rest !== '' && rest.length <= UNIT_AFTER_MAX && (LATIN_UNIT_RE.test(rest) || (rest.length === 1 && PAGE_UNITS.has(rest)));
}
const UNIT_AFTER_MAX = 4;
/** A file's size ("29.51KB"): a heading's short Latin title ("2 GIS", "3 PPP") is no unit. */
const LATIN_UNIT_RE = /^(?:[KMGT]?B|[KMGT])$/iu;
/** Measure characters a number alone on a page's line counts by (pages, words, views, downloads). */
const PAGE_UNITS = new Set([...'页頁字次人个份篇本张']);

/** How far into a line markup may split a marker: "**1** **.** **" is a dozen characters. */
const MARKER_ACROSS_MARKUP_SPAN = 24;

/**
 * A marker a Markdown page splits with emphasis ("**1** **.** **开展…。**", "**1**.开展"), as a
 * converter leaves a numeral and its point set in runs of their own: read on the content alone,
 * markup and the spaces beside it left out. Its `end` is where its last character stands in the
 * text. Null when no markup stands inside the marker (the marker was read, or there is none).
 */
function readAcrossMarkup(text: string, at: number, lineEnd: number, mask: Uint8Array): (MarkerMatch & { end: number }) | null {
  const stop = Math.min(lineEnd, at + MARKER_ACROSS_MARKUP_SPAN);
  let content = '';
  const offsets: number[] = [];
  for (let k = at; k < stop; k++) {
    if (mask[k] === 1) continue;
    // A space is the page's own only between two content characters; beside markup it parts runs.
    if (isSpaceCode(text.charCodeAt(k)) && (mask[k - 1] === 1 || mask[k + 1] === 1 || isSpaceCode(text.charCodeAt(k - 1)) || isSpaceCode(text.charCodeAt(k + 1)))) continue;
    content += text[k];
    offsets.push(k);
  }
  const projected = content + text.slice(stop, Math.min(lineEnd, stop + MARKER_ACROSS_MARKUP_SPAN));
  const read = matchMarker(projected, 0, true);
  // Digits on both sides of the point, split by markup, are an item whose first words are a figure
  // ("**1**.**80**周岁以上的老年人"), not a decimal heading.
  const m = read?.style === 'decimal' ? matchItemBeforeFigure(projected, 0) : read;
  if (m === null || m.value.length > offsets.length) return null;
  const end = offsets[m.value.length - 1]! + 1;
  // Only a marker markup stands inside: one it does not split was read as written.
  return mask.subarray(at, end).includes(1) ? { ...m, end } : null;
}

/** What a heading inside a line may stand after for an item glued on its title to count: a sentence's end. */
const SENTENCE_END_BEFORE = /^[。；;！!？?]$/u;
/** Longest heading title an item may be glued on. */
const GLUED_ON_TITLE_MAX = 30;

/**
 * An item a copy glued on the short title of the heading its line opens with, the line break
 * between them lost ("一、明确目标任务，促进学前教育快速发展1、学前三年教育发展目标。"): "1、" (or "1.")
 * after a Chinese character, the title before it free of sentence marks, words after it. Whether it
 * keeps the count is left to the outline, as for any item.
 */
function itemGluedOnTitle(text: string, at: number, prev: number, out: readonly Candidate[], index: number): MarkerMatch | null {
  if (!isIdeographCode(prev)) return null;
  const opening = out.at(-1);
  // (The heading may itself stand inside the line after a sentence's end, where a page lost the
  // breaks of every line: "…氛围。二、基本原则1.街镇主体，部门参与。")
  // (Or a bracketed heading glued on what precedes it, "…联络人:某某主任(二)职责及分工1.督导室。": its
  // brackets mark it, the item glued on its title with no space between, as the page lost the break.)
  const bracketedGlued = opening?.style === 'cn-paren' && isIdeographCode(text.charCodeAt(at - 1));
  if (opening === undefined || opening.line !== index || !(opening.atLineStart || SENTENCE_END_BEFORE.test(opening.before) || bracketedGlued) || opening.style === 'arabic-dot') return null;
  if (at - opening.end > GLUED_ON_TITLE_MAX || /[。；;！!？?：:]/u.test(text.slice(opening.end, at))) return null;
  const m = matchMarker(text, at, true);
  return m !== null && m.style === 'arabic-dot' && isIdeographCode(text.charCodeAt(at + m.value.length)) ? m : null;
}

/** The code of the last content character before `i` on its line (from `first`, not space or markup), or 0. */
function contentBefore(text: string, i: number, first: number, mask: MarkupMask): number {
  for (let k = i - 1; k >= first; k--) {
    if (mask !== null && mask[k] === 1) continue;
    const code = text.charCodeAt(k);
    if (!isSpaceCode(code)) return code;
  }
  return 0;
}

/** Whether a marker may open inside a line after `prev`: after a sentence's end, or a bracketed one glued on. */
function admitsMidLine(prev: number, code: number): boolean {
  if (BOUNDARY[prev] === 1) return true;
  return isParenOpen(code) && prev !== FIRST && !isDigitCode(prev);
}

/**
 * A rule's division inside a line where a copy ran the rule's lines into one: "第…条" or "第…章"
 * after a space, a space for each break ("某市某某规定 第一条 为…。 第二条 …"), or an article glued
 * on its chapter's short title ("第一章总则第一条为了…"). Not a provision the text cites: one after
 * a title or a word that cites (》, 依照, 根据 …), or followed by what a citation goes on with
 * ("第一章 的规定", "第三条 规定的条件").
 */
function opensRunTogetherRule(text: string, marker: MarkerMatch, at: number, first: number, prev: number, afterSpace: boolean): boolean {
  if (marker.style !== 'article' && marker.style !== 'chapter') return false;
  if (marker.style === 'article') {
    const from = Math.max(first, at - CHAPTER_HEAD_MAX);
    const chapter = CHAPTER_TITLE_BEFORE.exec(text.slice(from, at));
    const chapterAt = chapter === null ? -1 : from + chapter.index;
    // The chapter opens the line; or the rule's first article on its first chapter's title, glued in
    // turn on the rule's title ("某某办法第一章 总则第一条 …").
    if (chapterAt === first) return true;
    if (chapterAt >= 0 && marker.ordinal === 1 && FIRST_NUMERAL.test(chapter![1]!) && RULE_TITLE_BEFORE.test(text.slice(Math.max(0, chapterAt - RULE_TITLE_TAIL), chapterAt))) return true;
  }
  if (gluedOnRuleTitle(text, marker, at)) return true;
  if (!afterSpace || CITING_BEFORE.has(prev)) return false;
  return !CITATION_GOES_ON.test(text.slice(at + marker.value.length, at + marker.value.length + 4));
}
/**
 * The last character of a word that cites the provision after it ("《…》", "依照", "根据", "按照"):
 * not 定 or 法, which end a rule's title as often ("某市某某规定 第一条") as "本规定" citing it.
 */
const CITING_BEFORE = new Set([...'》照据按依'].map((c) => c.charCodeAt(0)));
/** What follows a provision cited in running text: "…的规定", "…规定的", "…所称", "…第二款", "…、第四条". */
export const CITATION_GOES_ON = /^[\s\u3000]*[的之规所第中款项和及至、]/u;

/**
 * The rule's first division glued on its title ("某区某某管理办法第一条为…", "…办法（暂行）第一章总则"),
 * no citation going on after it ("本办法第一条规定的…").
 */
function gluedOnRuleTitle(text: string, marker: MarkerMatch, at: number): boolean {
  if ((marker.style !== 'article' && marker.style !== 'chapter') || marker.ordinal !== 1) return false;
  // (Sought on the marker's line before it, wherever a reading started: a header that read the
  // title ends at the division. The pattern holds no line break, so it stays on the line.)
  return RULE_TITLE_BEFORE.test(text.slice(Math.max(0, at - RULE_TITLE_TAIL), at)) && !CITATION_GOES_ON.test(text.slice(at + marker.value.length, at + marker.value.length + 4));
}
/**
 * A rule's title closing: its genre word, perhaps a closing 》 and notes in brackets ("（暂行）",
 * "（征求意见稿）"). (A citation, "根据本办法第一条，", is no heading: the next article of its scheme
 * is its first again, not a second — depth.ts asks for one.)
 */
const RULE_TITLE_BEFORE = /(?:办法|辦法|条例|條例|规定|規定|细则|細則|规则|規則|章程|准则|準則)(?:[（(][\u4e00-\u9fff]{1,6}[）)])?》?(?:[（(][\u4e00-\u9fff]{1,6}[）)])?$/u;
/** How far back from the marker a rule's title closing is sought: a genre word and two notes. */
const RULE_TITLE_TAIL = 24;
/** Longest chapter marker and title an article may be glued on ("第一百二十章" and twelve characters). */
const CHAPTER_HEAD_MAX = 20;
/**
 * A chapter's marker and short title right before an article glued on, where a copy ran the lines
 * together with nothing between ("第一章 总则第一条 为…"): the article opens there. Sought in the
 * CHAPTER_HEAD_MAX characters before the article only.
 */
const CHAPTER_TITLE_BEFORE = /第([一二三四五六七八九十百零〇0-9０-９]{1,4})章[\s\u3000]*[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{0,11}$/u;
/** The numeral of a first division. */
const FIRST_NUMERAL = /^[一1１]$/u;

const PROVISION = new Set([...'项款目'].map((c) => c.charCodeAt(0)));

/**
 * "第（一）项", "第四条（一）项规定": a citation of a provision, not a heading. A marker that
 * opens a line or follows punctuation heads its text even when a word such as 项目 or 目标
 * follows it ("1.目标。", "（三）项目管理"); only one that runs on from a word cites.
 */
function citesProvision(text: string, start: number, length: number, prev: number): boolean {
  if (text.charCodeAt(start - 1) === FIRST) return true;
  return PROVISION.has(text.charCodeAt(start + length)) && isParenOpen(text.charCodeAt(start)) && prev !== 0 && isWordCode(prev);
}

/** A CJK ideograph or an ASCII/full-width letter or digit: text that runs on, not punctuation. */
function isWordCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
