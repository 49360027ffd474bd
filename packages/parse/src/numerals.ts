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

export function isChineseNumeralChar(ch: string): boolean {
  return ch in DIGITS || ch in SMALL_UNITS || ch in LARGE_UNITS;
}

/**
 * Reads a Chinese numeral ("十一" → 11, "二十五" → 25, "三千" → 3000, "一万二千" → 12000,
 * "二〇二〇" → 2020 read digit by digit). Returns null for anything that is not one.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  for (const ch of text) if (!isChineseNumeralChar(ch)) return null;
  // A run of bare digits with no unit is read positionally ("二〇二〇").
  if ([...text].every((ch) => ch in DIGITS) && text.length > 1) {
    let n = 0;
    for (const ch of text) n = n * 10 + DIGITS[ch]!;
    return n;
  }
  let total = 0; // completed 亿/万 groups
  let section = 0; // the current group below 万
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else {
      const unit = LARGE_UNITS[ch]!;
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
