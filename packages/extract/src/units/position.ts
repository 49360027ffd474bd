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

function isNumeral(ch: string | undefined): boolean {
  return ch !== undefined && NUMERALS.includes(ch);
}
function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));
}

/**
 * True when a heading marker glued to the previous text starts at `i`: "（四）", "四、", "2．".
 * A clause on a "负责单位：" line ends there ("…协助（四）健全政府采购机制。").
 */
export function headingMarkerAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '（' || ch === '(') {
    let j = i + 1;
    while (j < text.length && j - i <= 5 && (isNumeral(text[j]) || isDigit(text[j]))) j++;
    return j > i + 1 && (text[j] === '）' || text[j] === ')');
  }
  if (isNumeral(ch) && !isNumeral(text[i - 1])) {
    let j = i;
    while (j < text.length && j - i < 4 && isNumeral(text[j])) j++;
    return text[j] === '、';
  }
  if (isDigit(ch) && !isDigit(text[i - 1])) {
    let j = i;
    while (j < text.length && j - i < 3 && isDigit(text[j])) j++;
    return text[j] === '．' || text[j] === '.' || text[j] === '、';
  }
  return false;
}
