/**
 * Where a clause may stand. Task clauses close a sentence or a paragraph ("…。（A负责）"); a
 * bracket in mid-sentence ("…实施（技工院校内由…负责），…") is a note inside the sentence.
 */

const SENTENCE_END = new Set(['。', '！', '!', '？', '?', '；', ';', '：', ':']);
const AFTER_END = new Set(['。', '！', '!', '？', '?', '；', ';']);

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\r';
}

export type Before = 'start' | 'line' | 'sentence' | 'other';

/** What stands before offset `i`, skipping blanks (a newline counts as a line start). */
export function before(text: string, i: number, extraEnds?: ReadonlySet<number>): Before {
  let j = i - 1;
  while (j >= 0 && isBlank(text[j] as string)) j--;
  if (j < 0) return 'start';
  const ch = text[j] as string;
  if (ch === '\n') return 'line';
  if (SENTENCE_END.has(ch) || extraEnds?.has(j + 1) === true) return 'sentence';
  return 'other';
}

export type After = 'end' | 'line' | 'sentence' | 'other';

/** What follows offset `i` (exclusive end of a clause), skipping blanks. */
export function after(text: string, i: number): After {
  let j = i;
  while (j < text.length && isBlank(text[j] as string)) j++;
  if (j >= text.length) return 'end';
  const ch = text[j] as string;
  if (ch === '\n') return 'line';
  return AFTER_END.has(ch) ? 'sentence' : 'other';
}

const NUMERALS = '〇零一二三四五六七八九十百两';

/**
 * What a glued heading marker is made of, by char code: `headingMarkerAt` is asked at every
 * character of a labelled clause, and a table lookup spares a string per character.
 */
const NUMERAL = 1;
const DIGIT = 2;
const OPEN = 4;
const MARKER_CODES = new Uint8Array(0x10000);
for (const ch of NUMERALS) MARKER_CODES[ch.charCodeAt(0)]! |= NUMERAL;
for (let code = 0x30; code <= 0x39; code++) MARKER_CODES[code]! |= DIGIT;
for (let code = 0xff10; code <= 0xff19; code++) MARKER_CODES[code]! |= DIGIT;
MARKER_CODES[0xff08]! |= OPEN; // （
MARKER_CODES[0x28]! |= OPEN; // (

/** The marker class bits of `text[i]`; 0 outside the text (a NaN code indexes nothing). */
function classAt(text: string, i: number): number {
  return MARKER_CODES[text.charCodeAt(i)] ?? 0;
}

/** Whether a heading marker may open at the char code `code` (cheap test before `headingMarkerAt`). */
export function mayOpenMarker(code: number): boolean {
  return (MARKER_CODES[code] ?? 0) !== 0;
}

/**
 * True when a heading marker glued to the previous text starts at `i`: "（四）", "四、", "2．".
 * A clause on a "负责单位：" line ends there ("…协助（四）健全政府采购机制。").
 */
export function headingMarkerAt(text: string, i: number): boolean {
  const cls = classAt(text, i);
  if (cls & OPEN) {
    let j = i + 1;
    while (j < text.length && j - i <= 5 && (classAt(text, j) & (NUMERAL | DIGIT)) !== 0) j++;
    const close = text.charCodeAt(j);
    return j > i + 1 && (close === 0xff09 || close === 0x29); // ） )
  }
  if (cls & NUMERAL && (classAt(text, i - 1) & NUMERAL) === 0) {
    let j = i;
    while (j < text.length && j - i < 4 && (classAt(text, j) & NUMERAL) !== 0) j++;
    return text.charCodeAt(j) === 0x3001; // 、
  }
  if (cls & DIGIT && (classAt(text, i - 1) & DIGIT) === 0) {
    let j = i;
    while (j < text.length && j - i < 3 && (classAt(text, j) & DIGIT) !== 0) j++;
    const mark = text.charCodeAt(j);
    return mark === 0xff0e || mark === 0x2e || mark === 0x3001; // ． . 、
  }
  return false;
}
