/**
 * The heading-marker table: every numbering scheme policyc recognises, in one place.
 *
 * Each entry matches at one position (sticky regexes with bounded repetition, so a scan over
 * a whole document stays linear). Which matches are headings, and how deep, is decided later
 * from the document as a whole (see structure.ts).
 */
import { parseOrdinal, toHalfWidthDigits } from './numerals.js';
import type { MarkerStyle } from './types.js';

export interface MarkerMatch {
  style: MarkerStyle;
  /** The marker as written. */
  value: string;
  ordinal: number;
  /** For decimal markers, the number of components ("4.2.2" → 3); 1 otherwise. */
  level: number;
  /** A bare top number glued to a short title line ("1总则"): a heading only where "1.1" follows (see parse.ts). */
  glued?: boolean;
}

// Most markers are written alike in both scripts; the traditional forms that differ (節, 條, 編,
// and the measure words 萬, 個 …) are listed where they are used.
const CN = '[一二三四五六七八九十百零〇两]{1,5}';
const AR = '[0-9０-９]{1,3}';
const AR4 = '[0-9０-９]{4}';
/** What follows a figure rather than a heading title: magnitudes, measure words, time units. */
export const QUANTITY_WORDS = '万亿千百倍个元年月日号次项家人吨亩米件所户台套辆座条萬億個號項噸畝戶輛條';
const NOT_FIGURE = '(?![0-9０-９%％.．])';
/** A character's pinyin in brackets, as a page with ruby text leaves it inline ("(yī)", "（èr）"). */
export const PINYIN_GLOSS = '[(（][a-z\\u00e0-\\u00fc\\u0101-\\u01dc]{1,6}[)）]';
/** The same gloss where it stands: after the Chinese character it reads ("医(yī)"). */
export const PINYIN_GLOSS_AFTER_HAN = `(?<=[\\u4e00-\\u9fff])${PINYIN_GLOSS}`;
/** Spaces inside a marker, as text extracted from PDF leaves them ("三 、", "第 2 条", "（ 一 ）"). */
const SP = '[ \\u3000\\u00a0]{0,2}';
/** Any single space between a marker and its title: ASCII, ideographic, NBSP, the U+2000 range. */
const GAP = '[ \\t\\u3000\\u00a0\\u2000-\\u200a\\u202f\\u205f]';
/**
 * A marker's title after it: a word, not a figure's unit. A unit word stands right after its
 * figure or one space on ("1.5万亩", "1.5 万亩"); after a wide gap (two spaces, an ideographic
 * space) a title may open with one ("2.2  日常工作机构").
 */
const TITLE_AFTER = `(?:(?:${GAP}{2,}|\\u3000)[^\\s]|${GAP}*[^\\s0-9０-９%％.．${QUANTITY_WORDS}])`;

interface MarkerRule {
  style: MarkerStyle;
  pattern: RegExp;
  /** Only recognised at the start of a line (after indentation and Markdown markup). */
  lineStartOnly?: boolean;
  /** Marks its matches `glued`. */
  glued?: boolean;
}

/** Longest title a glued bare top number ("1总则") heads. */
const GLUED_TITLE_MAX = 16;

const RULES: MarkerRule[] = [
  // "第一部分 整体工作安排", "第二部份：…": a work plan's parts, its top divisions as a regulation's
  // chapters are, their title after a space or a colon (not "第一部分所列任务…", "第一部分，总体要求；").
  { style: 'chapter', pattern: new RegExp(`第${SP}(${CN}|${AR})${SP}(?:[章编編]|部[分份](?=[ \u3000\t：:\r\n]|$))`, 'y') },
  { style: 'section', pattern: new RegExp(`第${SP}(${CN}|${AR})${SP}[节節]`, 'y') },
  { style: 'article', pattern: new RegExp(`第${SP}(${CN}|${AR})${SP}[条條]`, 'y') },
  // A pinyin gloss copied inline after the numeral ("一(yī)、", from a page with ruby text).
  { style: 'cn-comma', pattern: new RegExp(`(${CN})(?:${PINYIN_GLOSS})?${SP}[、．.]`, 'y') },
  { style: 'cn-paren', pattern: new RegExp(`[（(]${SP}(${CN})${SP}[）)]`, 'y') },
  // Not three digits with a leading zero: a telephone's area code ("(028)86604546"), not an item
  // ("(01)", zero-padded, is one).
  { style: 'arabic-paren', pattern: new RegExp(`[（(]${SP}(?![0０][0-9０-９]{2})(${AR})${SP}[）)]`, 'y') },
  // "1.1 目的", "４．２．２范围"; not a figure that opens a line ("1.5万个…", "2.5倍").
  { style: 'decimal', pattern: new RegExp(`([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){1,4})(?=${TITLE_AFTER})`, 'y'), lineStartOnly: true },
  // "3．2020年底前…": a year may follow the dot; any other digit makes a decimal ("1.5").
  { style: 'arabic-dot', pattern: new RegExp(`(${AR})(?:[.．﹒、]${NOT_FIGURE}|[.．﹒](?=${AR4}年))`, 'y') },
  // One character for a whole marker: ①…⑳, ⑴…⒇, ⒈…⒛ and ㈠…㈩ (see ENCLOSED).
  { style: 'circled', pattern: /([\u2460-\u249b\u3220-\u3229])/y },
  // A bare top number of a decimal scheme ("1 总则" over "1.1 …"); kept only where the document
  // also numbers "1.1" (see parse.ts).
  { style: 'decimal', pattern: new RegExp(`([0-9]{1,2})(?=${GAP}+[^\\s0-9０-９%％.．${QUANTITY_WORDS}])`, 'y'), lineStartOnly: true },
  // The same glued to its title ("1总则"), when the title is the whole line: a few characters of
  // a name, no punctuation of a sentence.
  { style: 'decimal', pattern: new RegExp(`([0-9]{1,2})(?=(?![${QUANTITY_WORDS}])[\\u4e00-\\u9fff][^\\s。；;，,：:、.．（）()0-9０-９]{0,${GLUED_TITLE_MAX - 1}}[ \\t\\u3000]*$)`, 'ym'), lineStartOnly: true, glued: true },
];

/**
 * The words a plan numbers its parts by in a task table's group rows ("行动一：", "专项二："): a
 * closed class, for "步骤一：", "方式二：" and "每周一、" open the text of a cell, not a group.
 */
const NAMED_ORDINAL = new RegExp(`(?:专项行动|重点任务|行动|任务|工程|专项|板块)(${CN})[：:、]`, 'y');

/**
 * A task table's group row numbered by a word and an ordinal ("行动一：再造发展新极行动"), or null:
 * read only where a table's rows are (tables.ts), where the numbered rows after it show it a group.
 */
export function matchNamedOrdinal(text: string, index: number): MarkerMatch | null {
  NAMED_ORDINAL.lastIndex = index;
  const m = NAMED_ORDINAL.exec(text);
  const ordinal = m === null ? null : parseOrdinal(m[1]!);
  return m !== null && ordinal !== null ? { style: 'named', value: m[0], ordinal, level: 1 } : null;
}

/**
 * A decimal heading whose title opens with a measure's character ("7.1人员返回", "3.2项目管理"),
 * which TITLE_AFTER reads as a figure, as it does "1.5人": only a title's shape (the whole line,
 * short, no mark of a sentence) tells it from a figure a line wrapped onto ("2.2万人以上的，…").
 * parse.ts keeps it only where it continues the decimal numbering around it.
 */
const DECIMAL_TITLED_BY_MEASURE = new RegExp(`([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){1,4})(?=[${QUANTITY_WORDS}][\\u4e00-\\u9fff][^\\s。；;，,：:、]{0,${GLUED_TITLE_MAX - 2}}[ \\t\\u3000]*$)`, 'ym');

export function matchDecimalTitledByMeasure(text: string, index: number): MarkerMatch | null {
  DECIMAL_TITLED_BY_MEASURE.lastIndex = index;
  const m = DECIMAL_TITLED_BY_MEASURE.exec(text);
  if (!m) return null;
  return decimalMarker(m[1]!, m[0]);
}

/** A decimal marker read from its number ("4.2.2": ordinal 2, level 3) and the marker as written. */
function decimalMarker(number: string, value: string): MarkerMatch {
  const parts = toHalfWidthDigits(number).split(/[.．]/u);
  return { style: 'decimal', value, ordinal: Number(parts[parts.length - 1]), level: parts.length };
}

/**
 * An item number whose title opens with a figure ("11.121人才梯队项目", "3.5G网络全覆盖", "2.2025 年底
 *前…"); a figure alone on its line ("4.42", a table's cell) has no title after it, and is no item.
 */
const ITEM_BEFORE_FIGURE = new RegExp(`(${AR})[.．](?=[0-9０-９]{1,6}(?:[.．][0-9０-９]{1,6})?[ \\t\\u3000]*[^\\s0-9０-９.．])`, 'y');

/**
 * Reads "N." at `index` as an item number although a digit follows it. Alone it cannot tell
 * "3.5G网络" (item 3) from "1.5万亩" (a figure); parse.ts keeps it only where it continues the
 * items before it.
 */
export function matchItemBeforeFigure(text: string, index: number): MarkerMatch | null {
  ITEM_BEFORE_FIGURE.lastIndex = index;
  const m = ITEM_BEFORE_FIGURE.exec(text);
  if (!m) return null;
  const ordinal = Number(toHalfWidthDigits(m[1]!));
  return ordinal > 0 ? { style: 'arabic-dot', value: m[0], ordinal, level: 1 } : null;
}

/**
 * The marker characters Unicode encloses a number in, by block: each reads as the scheme written
 * out in full would ("㈠" as "（一）", "⒈" as "1."), so that a document typed with them nests and
 * numbers the same way. NFKC would spell them out, but markers are read on the text as written.
 */
const ENCLOSED: ReadonlyArray<{ first: number; last: number; style: MarkerStyle }> = [
  { first: 0x2460, last: 0x2473, style: 'circled' }, // ①…⑳
  { first: 0x2474, last: 0x2487, style: 'arabic-paren' }, // ⑴…⒇
  { first: 0x2488, last: 0x249b, style: 'arabic-dot' }, // ⒈…⒛
  { first: 0x3220, last: 0x3229, style: 'cn-paren' }, // ㈠…㈩
];

function enclosedMarker(code: number): { style: MarkerStyle; ordinal: number } {
  const block = ENCLOSED.find((b) => code >= b.first && code <= b.last)!;
  return { style: block.style, ordinal: code - block.first + 1 };
}

/** The first characters of markers, by UTF-16 code: asked of every character of a document. */
const STARTERS = new Uint8Array(0x10000);
for (const ch of '第一二三四五六七八九十百（(0123456789０１２３４５６７８９') STARTERS[ch.charCodeAt(0)] = 1;
for (const { first, last } of ENCLOSED) for (let code = first; code <= last; code++) STARTERS[code] = 1;

/** Whether a marker can begin with this char code: a cheap test before trying the table. */
export function canStartMarkerCode(code: number): boolean {
  return STARTERS[code] === 1;
}

/**
 * Whether `text` opens, after white space, with a heading marker written as at a line's start, one
 * that needs no other line to be one: for readers that see a heading's number before the parser
 * does (a bold run in a page).
 */
export function opensWithMarker(text: string): boolean {
  return openingMarker(text) !== null;
}

/**
 * The heading marker that opens `text` (white space before it allowed), as written, or null: what
 * `opensWithMarker` asks, with the marker's extent, so that a caller can tell a run holding a
 * marker and its title ("一、总体要求") from one holding the marker alone ("第三条 ").
 */
export function openingMarker(text: string): string | null {
  const start = text.length - text.trimStart().length;
  if (!canStartMarkerCode(text.charCodeAt(start))) return null;
  const marker = matchMarker(text, start, true);
  // A bare number ("3 大工程", "3大工程") is a heading's only beside a decimal scheme (parse.ts): alone, a figure.
  return marker !== null && !marker.glued && !(marker.style === 'decimal' && marker.level === 1) ? marker.value : null;
}

/** Matches a heading marker at `index`; `atLineStart` admits the line-start-only schemes. */
export function matchMarker(text: string, index: number, atLineStart: boolean): MarkerMatch | null {
  for (const rule of RULES) {
    if (rule.lineStartOnly && !atLineStart) continue;
    rule.pattern.lastIndex = index;
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const value = m[0];
    const number = m[1]!;
    if (rule.style === 'decimal') {
      const match = decimalMarker(number, value);
      if (rule.glued) match.glued = true;
      return match;
    }
    if (rule.style === 'circled') return { ...enclosedMarker(number.charCodeAt(0)), value, level: 1 };
    const ordinal = parseOrdinal(number);
    if (ordinal === null || ordinal === 0) continue;
    return { style: rule.style, value, ordinal, level: 1 };
  }
  return null;
}

/** A key that tells marker schemes apart for nesting: decimal markers nest by component count. */
export function styleKey(match: Pick<MarkerMatch, 'style' | 'level' | 'value'>): string {
  if (match.style === 'decimal') return `decimal-${match.level}`;
  // A table's rows numbered "(1)" "(2)" number apart from its rows numbered "1" "2": a 序号 column
  // may run both, the bracketed ones under the bare ("1 大力提振消费" over "(8)", "(9)").
  if (match.style === 'row' && /^[（(]/u.test(match.value)) return 'row-paren';
  return match.style;
}
