/**
 * Comparator words around a figure, as GOLD-FORMAT.md maps them:
 * 以上/不低于/至少 → gte; 超过/高于/大于 → gt; 以下/不超过/以内 → lte; 低于/少于 → lt;
 * 左右/约/近 → approx; a plain figure → eq. The short forms of running text count as their long
 * ones: "超2600家" is 超过, "不超5%" is 不超过.
 */
import type { Comparator } from '@policyc/model';

/** Words written before a figure, longest first so "不超过" is not read as "超过". */
const PREFIXES: [string, Comparator][] = [
  ['不低于', 'gte'], ['不少于', 'gte'], ['不小于', 'gte'], ['至少', 'gte'], ['起码', 'gte'],
  ['不超过', 'lte'], ['不高于', 'lte'], ['不大于', 'lte'], ['不多于', 'lte'], ['最多', 'lte'], ['不超', 'lte'],
  ['超过', 'gt'], ['超', 'gt'], ['高于', 'gt'], ['大于', 'gt'], ['多于', 'gt'], ['突破', 'gt'], ['逾', 'gt'],
  ['低于', 'lt'], ['少于', 'lt'], ['小于', 'lt'], ['不足', 'lt'], ['不到', 'lt'],
  ['将近', 'approx'], ['接近', 'approx'], ['大约', 'approx'], ['约', 'approx'], ['近', 'approx'],
  // Signs, as indicator tables write them ("<1%", "≥85%").
  ['≤', 'lte'], ['≦', 'lte'], ['≥', 'gte'], ['≧', 'gte'], ['<', 'lt'], ['＜', 'lt'], ['>', 'gt'], ['＞', 'gt'],
];

/** Words written after a figure and its unit. */
const SUFFIXES: [string, Comparator][] = [
  ['及以上', 'gte'], ['以上', 'gte'], ['及以下', 'lte'], ['以下', 'lte'], ['以内', 'lte'], ['之内', 'lte'],
  ['左右', 'approx'],
];

/** Short words that may stand between a prefix comparator and its figure ("至少建设一所"). */
const BRIDGES = ['建设', '建成', '达到', '实现', '完成', '培育', '新增', '保持', '提高到', '提高至', '增长', '为', '达', '在', '到'];

export interface PrefixMatch {
  comparator: Comparator;
  /** The comparator word as written. */
  word: string;
  /** Offset of the comparator word. */
  start: number;
}

function endsWithAt(text: string, word: string, end: number): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}

/**
 * The comparator written just before the figure at `at` (perhaps across one short verb), or null.
 * `after` is the offset just past the quantity: "突破" compares only a figure that ends its phrase
 * ("规模突破1000亿元，"); before a noun it is the verb "break through" ("突破百项关键技术").
 */
export function prefixComparator(text: string, at: number, floor: number, after = -1): PrefixMatch | null {
  const found = prefixBefore(text, at, floor);
  if (found && found.word === '突破' && after >= 0 && /\p{Script=Han}/u.test(text[after] ?? '') && !/^[的以左]/u.test(text[after] ?? '')) {
    return null;
  }
  return found;
}

function prefixBefore(text: string, at: number, floor: number): PrefixMatch | null {
  const direct = prefixEndingAt(text, at, floor);
  if (direct) return direct;
  for (const bridge of BRIDGES) {
    if (!endsWithAt(text, bridge, at) || at - bridge.length < floor) continue;
    const before = prefixEndingAt(text, at - bridge.length, floor);
    if (before) return before;
  }
  // 至少 is an adverb: it bounds the figure of any short verb it opens ("至少办1所", "至少配备2名").
  for (let gap = 1; gap <= 2 && at - gap >= floor; gap++) {
    if (!/\p{Script=Han}/u.test(text[at - gap] ?? '')) break;
    if (endsWithAt(text, '至少', at - gap) && at - gap - 2 >= floor) return { comparator: 'gte', word: '至少', start: at - gap - 2 };
  }
  return null;
}

/**
 * The prefixes by the char code of their last character, in the order above: a figure asks only
 * those that can end before it. By code, not by a one-character string, which `text[i]` would
 * make at every character asked.
 */
const PREFIXES_BY_LAST = new Map<number, [string, Comparator][]>();
for (const entry of PREFIXES) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  PREFIXES_BY_LAST.set(last, [...(PREFIXES_BY_LAST.get(last) ?? []), entry]);
}

function prefixEndingAt(text: string, end: number, floor: number): PrefixMatch | null {
  // Before the text's start the code is NaN, which no prefix ends with.
  const candidates = PREFIXES_BY_LAST.get(text.charCodeAt(end - 1));
  if (candidates === undefined) return null;
  for (const [word, comparator] of candidates) {
    if (!endsWithAt(text, word, end) || end - word.length < floor) continue;
    // "不超过" must not be read as "超过", nor "最低于" as "低于" …
    if ((comparator === 'gt' || comparator === 'lt') && text[end - word.length - 1] === '不') continue;
    return { comparator, word, start: end - word.length };
  }
  return null;
}

export interface SuffixMatch {
  comparator: Comparator;
  /** Offset just past the suffix, inclusion notes included. */
  end: number;
  /** "（含）" → true, "（不含）" → false; null when the text is silent. */
  inclusive: boolean | null;
}

const INCLUDES = ['（含）', '(含)'];
const EXCLUDES = ['（不含）', '(不含)'];

/** Reads an inclusion note ("（含）", "（含5家）") at `at`. */
function inclusionAt(text: string, at: number): { inclusive: boolean; end: number } | null {
  // Every note opens with a bracket: asked after every figure, most of which have none.
  const open = text.charCodeAt(at);
  if (open !== 0xff08 && open !== 0x28) return null; // （ (
  for (const w of INCLUDES) if (text.startsWith(w, at)) return { inclusive: true, end: at + w.length };
  for (const w of EXCLUDES) if (text.startsWith(w, at)) return { inclusive: false, end: at + w.length };
  // "（含5家）": a short parenthesis that opens with 含 and closes within a few characters.
  if ((text[at] === '（' || text[at] === '(') && text[at + 1] === '含') {
    for (let j = at + 2; j < Math.min(text.length, at + 10); j++) {
      if (text[j] === '）' || text[j] === ')') return { inclusive: true, end: j + 1 };
    }
  }
  return null;
}

/** The first characters of SUFFIXES, by char code: the words are only compared where one of these stands. */
const SUFFIX_FIRSTS = new Set(SUFFIXES.map(([word]) => word.charCodeAt(0)));

/** The comparator written right after a figure's unit (at `at`), or null. */
export function suffixComparator(text: string, at: number): SuffixMatch | null {
  let i = at;
  let inclusive: boolean | null = null;
  const before = inclusionAt(text, i);
  if (before) {
    inclusive = before.inclusive;
    i = before.end;
  }
  // Asked after every figure, most of which no suffix follows.
  if (!SUFFIX_FIRSTS.has(text.charCodeAt(i))) return null;
  for (const [word, comparator] of SUFFIXES) {
    if (!text.startsWith(word, i)) continue;
    let end = i + word.length;
    if (word.startsWith('及')) inclusive = true;
    const after = inclusionAt(text, end);
    if (after) {
      inclusive = after.inclusive;
      end = after.end;
    }
    return { comparator, end, inclusive };
  }
  return null;
}
