/**
 * Chinese and full-width numerals: the one place policyc reads them.
 *
 * Every function here runs in time linear in its input and never throws.
 */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that can make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '〇零一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

/** By UTF-16 code (every numeral is one code unit): asked of most characters of a document. */
const NUMERAL_CHAR_CODES = new Uint8Array(0x10000);
for (const ch of CHINESE_NUMERAL_CHARS) NUMERAL_CHAR_CODES[ch.charCodeAt(0)] = 1;

export function isChineseNumeralChar(ch: string): boolean {
  return typeof ch === 'string' && ch.length === 1 && NUMERAL_CHAR_CODES[ch.charCodeAt(0)] === 1;
}

// The same tables by UTF-16 code (every numeral character is one code unit): long runs are read
// with index loops and integer lookups, with no string made per character.
const byCode = (table: Record<string, number>): Map<number, number> =>
  new Map(Object.entries(table).map(([ch, v]) => [ch.charCodeAt(0), v]));
const DIGIT_CODES = byCode(DIGITS);
const SMALL_CODES = byCode(SMALL_UNITS);
const LARGE_CODES = byCode(LARGE_UNITS);
const NUMERAL_CODES = new Set([...CHINESE_NUMERAL_CHARS].map((ch) => ch.charCodeAt(0)));

/** The value of the Chinese digit at `i` ("三" → 3), or -1. */
function digitAt(text: string, i: number): number {
  return DIGIT_CODES.get(text.charCodeAt(i)) ?? -1;
}

/** Whether every character of `text` is a Chinese digit (no 十百千万亿). */
function allChineseDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (digitAt(text, i) < 0) return false;
  return true;
}

/**
 * Reads a Chinese numeral ("十一" → 11, "二十五" → 25, "三千" → 3000, "一万二千" → 12000,
 * "二〇二〇" → 2020 read digit by digit). Returns null for anything that is not one.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  for (let i = 0; i < text.length; i++) if (!NUMERAL_CODES.has(text.charCodeAt(i))) return null;
  // A run of bare digits with no unit is read positionally ("二〇二〇").
  if (text.length > 1 && allChineseDigits(text)) {
    let n = 0;
    for (let i = 0; i < text.length; i++) n = n * 10 + digitAt(text, i);
    return n;
  }
  let total = 0; // completed 亿/万 groups
  let section = 0; // the current group below 万
  let digit: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const d = DIGIT_CODES.get(code);
    const small = SMALL_CODES.get(code);
    if (d !== undefined) {
      digit = d;
    } else if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
    } else {
      const unit = LARGE_CODES.get(code)!;
      section += digit ?? 0;
      digit = null;
      if (section === 0 && total === 0) section = 1;
      total = unit > 1e4 ? (total + section) * unit : total + section * unit;
      section = 0;
    }
  }
  return total + section + (digit ?? 0);
}

/** Full-width digits, full stop and comma to ASCII, leaving every other character alone. */
export function toHalfWidthDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : ch === '．' ? '.' : ch === '，' ? ',' : ch;
  }
  return out;
}

/** Reads an ordinal written in Arabic (ASCII or full-width) or Chinese numerals; null if neither. */
export function parseOrdinal(text: string): number | null {
  const ascii = toHalfWidthDigits(text);
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(text);
}

// ---------------------------------------------------------------------------------------------
// Figures inside running text

/** A number read from running text (see `readNumeral`). */
export interface NumeralRead {
  /** Offset of the first character read. */
  start: number;
  /** Offset just past the figure proper, before any trailing multiplier. */
  end: number;
  /**
   * The figure in the magnitude it is written in: "350万" → 350, "三百万" → 300, "1.5万" → 1.5,
   * "一万二千" → 12000, "百分之十五" → 15, "一半" → 0.5. May be Infinity for absurdly long digit runs.
   */
  value: number;
  /** Upper figure of a vague pair ("两三" → 2 and 3, "十七八" → 17 and 18); null otherwise. */
  upper: number | null;
  /**
   * A trailing 万/亿 (or 千万, 万亿 …) that scales the figure, as written; '' if none. Policy texts
   * state values in such a unit ("175亿元" is 175 in 亿元), so callers usually keep it in the unit.
   */
  multiplier: string;
  /** Offset just past the multiplier (equals `end` when there is none). */
  multiplierEnd: number;
  /** Written with Chinese numerals (which are common in names and set phrases). */
  chinese: boolean;
  /** Written as 百分之N: a percentage with no sign after it. */
  percent: boolean;
}

const ARABIC_ZERO = 0x30;
const FULL_ZERO = 0xff10;

/** The value of an Arabic digit (ASCII or full-width) at `i`, or -1. */
function arabicDigit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= ARABIC_ZERO && c <= ARABIC_ZERO + 9) return c - ARABIC_ZERO;
  if (c >= FULL_ZERO && c <= FULL_ZERO + 9) return c - FULL_ZERO;
  return -1;
}

export function isArabicDigitAt(text: string, i: number): boolean {
  return arabicDigit(text, i) >= 0;
}

/** 千 in 千瓦 / 千米 / 千克 … and 百 in 百分点 begin a unit; they do not scale the figure. */
const UNIT_WORDS_OF_MULTIPLIER_CHARS = ['千瓦', '千米', '千克', '千伏', '千卡', '千帕', '千兆', '千字', '百分点', '十分'];

function startsUnitWord(text: string, i: number): boolean {
  for (const w of UNIT_WORDS_OF_MULTIPLIER_CHARS) if (text.startsWith(w, i)) return true;
  return false;
}

/** Reads the run of 十百千万亿 after Arabic digits ("5千万" → "千万"), stopping where a unit begins. */
function readMultiplier(text: string, i: number): number {
  let j = i;
  while (j < text.length && '十百千万亿'.includes(text[j]!) && !startsUnitWord(text, j)) j++;
  // Only 万 and 亿 (alone or after 十百千) end a multiplier: "5千" is a figure, "5千万" scales it.
  while (j > i && !'万亿'.includes(text[j - 1]!)) j--;
  return j;
}

function readArabic(text: string, start: number): NumeralRead | null {
  let i = start;
  let digits = '';
  while (i < text.length) {
    const d = arabicDigit(text, i);
    if (d >= 0) {
      digits += String(d);
      i++;
      continue;
    }
    // A thousands separator: "1,000" (exactly three digits follow, then no further digit).
    if (text[i] === ',' && digits.length > 0 && arabicDigit(text, i + 1) >= 0 && arabicDigit(text, i + 2) >= 0
      && arabicDigit(text, i + 3) >= 0 && arabicDigit(text, i + 4) < 0) {
      i++;
      continue;
    }
    break;
  }
  if (digits.length === 0) return null;
  // A decimal part: "1.5", "1．5". Not an item marker before a year: "3．2020年底前" is item 3.
  if ((text[i] === '.' || text[i] === '．') && arabicDigit(text, i + 1) >= 0) {
    let j = i + 1;
    let fraction = '';
    while (j < text.length && arabicDigit(text, j) >= 0) fraction += String(arabicDigit(text, j++));
    if (!(fraction.length === 4 && text[j] === '年')) {
      digits += `.${fraction}`;
      i = j;
    }
  }
  const end = i;
  const multiplierEnd = readMultiplier(text, end);
  return {
    start, end, value: Number(digits), upper: null,
    multiplier: text.slice(end, multiplierEnd), multiplierEnd, chinese: false, percent: false,
  };
}

/** The end of the run of Chinese numeral characters from `i`. */
function chineseRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && NUMERAL_CODES.has(text.charCodeAt(j))) j++;
  return j;
}

/** Reads "三点五" style decimals after a Chinese whole part; returns the fraction and its end. */
function readChineseDecimal(text: string, i: number): { fraction: string; end: number } | null {
  if (text[i] !== '点') return null;
  let j = i + 1;
  let fraction = '';
  while (j < text.length && digitAt(text, j) >= 0) fraction += String(digitAt(text, j++));
  return fraction ? { fraction, end: j } : null;
}

/**
 * Finds a vague pair of neighbouring digits in a Chinese run ("两三", "三四", "三五"), the way
 * Chinese writes "two or three". Returns the index of the pair's first digit, or -1.
 */
function vaguePairAt(run: string): number {
  // A run of bare digits longer than two is positional ("二〇二三"), never a pair.
  if (run.length > 2 && allChineseDigits(run)) return -1;
  for (let k = 0; k + 1 < run.length; k++) {
    const x = digitAt(run, k);
    const y = digitAt(run, k + 1);
    if (x < 0 || y < 0 || digitAt(run, k + 2) >= 0) continue;
    if (x === 0 || y === 0) continue;
    // "三五" (three to five) stands alone; other pairs are neighbours ("七八", "十七八").
    if (y === x + 1 || (x === 3 && y === 5 && run.length === 2)) return k;
  }
  return -1;
}

/** Whether a run (no pair in it) is a well-formed numeral: no two digits in a row unless all are digits. */
function wellFormed(run: string): boolean {
  if (allChineseDigits(run)) return true;
  for (let k = 0; k + 1 < run.length; k++) if (digitAt(run, k) >= 0 && digitAt(run, k + 1) >= 0) return false;
  return true;
}

function readChinese(text: string, start: number): NumeralRead | null {
  // 半 is a figure only as "一半" or "半个…" (half a month); elsewhere it is a word (半导体, 上半年).
  if (text[start] === '半') {
    return text[start + 1] === '个'
      ? { start, end: start + 1, value: 0.5, upper: null, multiplier: '', multiplierEnd: start + 1, chinese: true, percent: false }
      : null;
  }
  if (text[start] === '一' && text[start + 1] === '半') {
    return { start, end: start + 2, value: 0.5, upper: null, multiplier: '', multiplierEnd: start + 2, chinese: true, percent: false };
  }
  const runEnd = chineseRunEnd(text, start);
  if (runEnd === start) return null;
  let run = text.slice(start, runEnd);
  // A trailing 万/亿 belongs to the unit, as with Arabic figures ("三百万亩" → 300 万亩).
  let headEnd = run.length;
  while (headEnd > 0 && (run[headEnd - 1] === '万' || run[headEnd - 1] === '亿')) headEnd--;
  if (headEnd === 0) return null; // "万", "亿" alone are words (万众, 亿万)
  const multiplier = run.slice(headEnd);
  run = run.slice(0, headEnd);
  const pair = vaguePairAt(run);
  let value: number | null;
  let upper: number | null = null;
  if (pair >= 0) {
    value = parseChineseNumeral(run.slice(0, pair + 1) + run.slice(pair + 2));
    upper = parseChineseNumeral(run.slice(0, pair) + run.slice(pair + 1));
  } else {
    if (!wellFormed(run)) return null;
    value = parseChineseNumeral(run);
  }
  if (value === null) return null;
  let end = start + run.length;
  let multiplierEnd = runEnd;
  if (!multiplier && upper === null) {
    const dec = readChineseDecimal(text, end);
    if (dec) {
      value = Number(`${value}.${dec.fraction}`);
      end = dec.end;
      const mEnd = chineseRunEnd(text, end);
      const tail = text.slice(end, mEnd);
      multiplierEnd = /^[万亿]+$/.test(tail) ? mEnd : end;
      return { start, end, value, upper, multiplier: text.slice(end, multiplierEnd), multiplierEnd, chinese: true, percent: false };
    }
  }
  return { start, end, value, upper, multiplier, multiplierEnd, chinese: true, percent: false };
}

/**
 * Reads the figure that starts at `start`: Arabic (ASCII or full-width, with decimals and
 * thousands separators, optionally scaled by 万/亿: "1.5万"), Chinese ("三千", "一万二千",
 * "三点五", vague "两三"), 百分之N, and halves ("一半", "半个"). Returns null when no figure starts
 * there. Callers scanning a text should resume after `multiplierEnd` so every run is read once.
 */
export function readNumeral(text: string, start: number): NumeralRead | null {
  if (start < 0 || start >= text.length) return null;
  if (arabicDigit(text, start) >= 0) return readArabic(text, start);
  if (text.startsWith('百分之', start)) {
    const at = start + 3;
    const inner = arabicDigit(text, at) >= 0 ? readArabic(text, at) : readChinese(text, at);
    if (!inner || inner.multiplier || inner.upper !== null) return null;
    return { ...inner, start, multiplier: '', multiplierEnd: inner.end, percent: true };
  }
  return readChinese(text, start);
}
