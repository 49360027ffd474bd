/**
 * Hard-wrapped text. A policy copied out of a PDF keeps the PDF's line breaks: every line of a
 * paragraph ends at one width, whatever its words, and only a paragraph's last line is shorter. A
 * heading's title wrapped so goes on past its line ("一、健全城市社区治理体系，加强社区服务设施建设的
 * 统" / "筹推进"). The width is read off the lengths of the longer lines: most end within a few
 * columns of it. Widths are display columns: a Chinese character takes two, a code up to U+00FF
 * one ("2019 年" is narrower than four Chinese characters).
 */
import { isSpaceCode, type Line } from './lines.js';

/** Lines shorter than this are headings, page numbers or paragraph ends, never the wrap width. */
export const MIN_WRAP = 30;
/** The share of the longer lines that must sit at one width for the text to count as hard-wrapped. */
const WRAPPED_SHARE = 0.45;
/** Fewer longer lines than this say nothing about a width. */
const MIN_LINES = 20;
/** How far from the width a line may end and still be wrapped there (a wide character moved on, a narrow one left). */
export const WRAP_SLACK = 3;
/**
 * Lines measured at most: a text wrapped by its PDF is wrapped throughout, so its first lines
 * decide, and the measure costs the same on a long document as on a short one.
 */
const MAX_MEASURED = 2000;

/**
 * The width (in display columns) most of a text's longer lines were wrapped at, given how many
 * lines of each width were seen (`counts`) and how many were counted in all; null when the text was
 * not hard-wrapped. A text written a paragraph a line has lines of every length.
 */
export function wrapWidthOf(counts: ReadonlyMap<number, number>, lines: number): number | null {
  if (lines < MIN_LINES) return null;
  let best = 0;
  let width = 0;
  for (const w of counts.keys()) {
    let near = 0;
    for (let d = -WRAP_SLACK; d <= WRAP_SLACK; d++) near += counts.get(w + d) ?? 0;
    if (near > best || (near === best && w > width)) {
      best = near;
      width = w;
    }
  }
  if (width < MIN_WRAP || best / lines < WRAPPED_SHARE) return null;
  // A printed line is never wider than the page: a text with lines well past the width (a list
  // of fields a line, "责任单位：…" longer than the headings around it) was not wrapped there.
  let wider = 0;
  for (const [w, n] of counts) if (w > width + WRAP_SLACK) wider += n;
  return wider / lines <= MAX_WIDER_SHARE ? width : null;
}

/** The share of lines that may stand wider than the width (a table of contents with its dot leaders, a table's rows). */
const MAX_WIDER_SHARE = 0.2;

/** The display width of `text[start, end)`, its trailing blanks not measured. */
export function lineWidth(text: string, start: number, end: number): number {
  let to = end;
  while (to > start && isSpaceCode(text.charCodeAt(to - 1))) to--;
  let w = 0;
  for (let i = start; i < to; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one wide character: its high half counts it, its low half nothing.
    w += code <= 0xff ? 1 : code >= 0xdc00 && code <= 0xdfff ? 0 : 2;
  }
  return w;
}

/** Narrower lines are not counted towards a width at all (a blank line, a page number). */
export const MIN_COUNTED = MIN_WRAP / 3;

/**
 * The width the lines of `text` were hard-wrapped at, or null when they were not (see
 * `wrapWidthOf`). `lines`, when the caller has split them already; else the text's line feeds part them.
 */
export function wrapWidth(text: string, lines?: readonly Pick<Line, 'start' | 'end'>[]): number | null {
  const counts = new Map<number, number>();
  let counted = 0;
  const count = (start: number, end: number): void => {
    // A line too short in characters is too short in columns: not measured.
    if (2 * (end - start) < MIN_COUNTED) return;
    const w = lineWidth(text, start, end);
    if (w < MIN_COUNTED) return;
    counted++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  if (lines !== undefined) {
    for (let k = 0; k < lines.length && k < MAX_MEASURED; k++) count(lines[k]!.start, lines[k]!.end);
  } else {
    let start = 0;
    for (let k = 0; k < MAX_MEASURED && start <= text.length; k++) {
      const feed = text.indexOf('\n', start);
      const end = feed < 0 ? text.length : feed;
      count(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      if (feed < 0) break;
      start = feed + 1;
    }
  }
  return wrapWidthOf(counts, counted);
}

/** What a line ends with when its sentence or title ends there, not at the wrap. */
const ENDS_ITS_SENTENCE = new Set(['。', '；', ';', '：', ':', '！', '!', '？', '?']);

/**
 * Whether the line `text[start, end)` of a text hard-wrapped at `wrap` runs on into the line after
 * it: it reaches the width (within the slack a moved character leaves, and no wider) and ends no
 * sentence, and the next line opens no paragraph of its own (an indent) nor a label ("完成时限：").
 */
export function runsOn(text: string, start: number, end: number, wrap: number): boolean {
  let to = end;
  while (to > start && isSpaceCode(text.charCodeAt(to - 1))) to--;
  if (to === start || ENDS_ITS_SENTENCE.has(text[to - 1] as string)) return false;
  const width = lineWidth(text, start, to);
  if (width < wrap - WRAP_SLACK || width > wrap + WRAP_SLACK) return false;
  // Past the line's trailing blanks and its break, to where the next line opens.
  let next = end;
  while (next < text.length && TRAILING_BLANK.has(text.charCodeAt(next))) next++;
  if (text.charCodeAt(next) === 13) next++;
  if (text.charCodeAt(next) === 10) next++;
  return next < text.length && !isSpaceCode(text.charCodeAt(next)) && !LABEL_OPENING.test(text.slice(next, next + LABEL_MAX + 1));
}

const TRAILING_BLANK = new Set([32, 9, 0x3000, 0xa0]);
/** A label opening a line: a few characters and a colon ("责任单位：", "完成时限:"). */
const LABEL_OPENING = /^[\u4e00-\u9fff]{2,8}[：:]/u;
const LABEL_MAX = 9;
