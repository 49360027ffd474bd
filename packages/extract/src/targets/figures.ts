/**
 * Finds every quantity written in a text: a figure (or a range of two), its unit, and the
 * comparator or vagueness written after it. Whether a quantity is a target is decided later;
 * this module only reads what is there.
 *
 * One left-to-right pass: each numeral run is read once and the scan resumes after it, so the
 * whole scan is linear in the text.
 */
import type { Comparator } from '@policyc/model';
import { CHINESE_NUMERAL_CHARS, isArabicDigitAt, isChineseNumeralChar, readNumeral, type NumeralRead } from './numerals.js';
import { suffixComparator } from './comparators.js';
import { matchUnit, normalizeUnit, type UnitClass } from './units.js';

export interface Quantity {
  /** Offset of the first character of the figure. */
  start: number;
  /** Offset just past the numerals proper, before any multiplier ("三百万亩": after 百). */
  numeralEnd: number;
  /** Offset just past the figure's numerals and multiplier (before the unit). */
  figureEnd: number;
  /** Offset just past the unit (equals `figureEnd` when there is none). */
  unitEnd: number;
  /** Offset just past everything read: unit, comparator suffix, inclusion note. */
  end: number;
  value: number | null;
  min: number | null;
  max: number | null;
  /** The unit as written with its multiplier, NFKC ("亿元", "%", "万亩"); null for a bare figure. */
  unit: string | null;
  unitClass: UnitClass | null;
  /** The comparator written after the figure or implied by its vagueness; null when none is. */
  comparator: Comparator | null;
  inclusive: boolean | null;
  /** Written with Chinese numerals. */
  chinese: boolean;
  /** "一半": a half with no unit. */
  half: boolean;
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\u3000' || ch === '\u00a0';

/** What joins the bounds of a range, one character each: asked after every figure, by char code. */
const RANGE_MARKS = new Set(['-', '—', '–', '－', '~', '～', '〜', '至', '到'].map((m) => m.charCodeAt(0)));
/** Characters after a figure that make it vague: "10多个", "100余家", "十来个". */
const VAGUE = '多余来';

/** The characters a figure can open with, by UTF-16 code: the scan asks it of every character (scan.ts too). */
export const FIGURE_START = new Uint8Array(0x10000);
for (const ch of `0123456789０１２３４５６７８９${CHINESE_NUMERAL_CHARS}半百`) FIGURE_START[ch.charCodeAt(0)] = 1;


/** A figure followed by its unit, before any range or suffix is considered. */
interface Reading {
  numeral: NumeralRead;
  /** Lower bound of a vague reading ("十几" → 11). */
  low: number;
  /** Upper bound of a vague reading; equals `low` for a plain figure. */
  high: number;
  vague: boolean;
  multiplier: string;
  figureEnd: number;
  unit: string | null;
  unitClass: UnitClass | null;
  unitEnd: number;
}

/** What parts an amount from what it is per: a slash, or 每 written out ("29微克每立方米"). */
const PER_MARKS = new Set(['/', '／', '每'].map((m) => m.charCodeAt(0)));
const PER_WORD_MARK = '每'.charCodeAt(0);
/** What may follow a unit per measure written with 每: the phrase's end, or a bound on the figure. */
const PHRASE_END = /^(?:$|[，,。；;、）)\s]|以上|以下|以内|左右)/u;
/** What an amount may be per: a head, a household, an area, a weight, a volume (a concentration, "34微克/立方米"). */
const PER_WORD = /^(?:人|户|亩|平方米|公顷|吨|床|立方米|升|m3|m³|L)/u;
/**
 * A time an amount may be per, after a slash only ("40万吨/年"; "万吨每年" is rare, and 每 opens
 * phrases); not the start of a date after it ("5万亩/年底前": the slash parts two goals' terms).
 */
const PER_TIME = /^(?:年|月|日|天|小时)(?![底末初前内中])/u;

function readWithUnit(text: string, at: number): Reading | null {
  const numeral = readNumeral(text, at);
  if (!numeral || !Number.isFinite(numeral.value)) return null;
  let j = numeral.multiplierEnd;
  let multiplier = numeral.multiplier;
  if (!multiplier && !numeral.chinese && isSpace(text[j]) && (text[j + 1] === '万' || text[j + 1] === '亿')) {
    // "500 万千瓦": a scale written after a space still scales the figure.
    j++;
    while (text[j] === '万' || text[j] === '亿') multiplier += text[j++];
  }
  let low = numeral.value;
  let high = numeral.upper ?? numeral.value;
  let vague = false;
  if (numeral.chinese && text[j] === '几' && multiplier === '' && numeral.value % 10 === 0 && numeral.value > 0) {
    // "十几个" → 11 to 19
    low = numeral.value + 1;
    high = numeral.value + 9;
    j++;
  } else if (j < text.length && VAGUE.includes(text[j]!) && !numeral.percent) {
    vague = true;
    j++;
    while (text[j] === '万' || text[j] === '亿') multiplier += text[j++];
  }
  const figureEnd = j;
  if (numeral.percent) {
    return { numeral, low, high, vague, multiplier: '', figureEnd, unit: '%', unitClass: 'percent', unitEnd: j };
  }
  // Text extracted from PDFs and web pages often has a space before the unit ("500 万千瓦").
  const unitAt = isSpace(text[j]) && !isSpace(text[j + 1]) && matchUnit(text, j + 1) ? j + 1 : j;
  const unit = matchUnit(text, unitAt);
  if (unit) {
    // "7万元/人", "800公斤/亩", "34微克/立方米", "29微克每立方米": an amount per head, area or volume is one unit.
    const mark = text.charCodeAt(unit.end);
    const after = text.slice(unit.end + 1, unit.end + 4);
    // "40万吨/年", "3万元/月": after a slash, a time too is what the amount is per (a rate of output or pay).
    let per = (unit.cls === 'money' || unit.cls === 'measure') && PER_MARKS.has(mark) ? PER_WORD.exec(after) ?? (mark === PER_WORD_MARK ? null : PER_TIME.exec(after)) : null;
    // 每 is also the word that opens the next phrase ("2万亩每亩投入…", "3000万元每户…"): it makes the
    // unit a rate only where the phrase ends with the per word, and that word is no measure of the amount.
    if (per !== null && mark === PER_WORD_MARK && (!PHRASE_END.test(text.slice(unit.end + 1 + per[0].length, unit.end + 3 + per[0].length)) || text.slice(unitAt, unit.end).includes(per[0]))) per = null;
    const unitEnd = per ? unit.end + 1 + per[0].length : unit.end;
    return {
      numeral, low, high, vague, multiplier, figureEnd,
      unit: normalizeUnit(multiplier + text.slice(unitAt, unitEnd)), unitClass: unit.cls, unitEnd,
    };
  }
  // "1.5万" with nothing after: the multiplier is the unit.
  return {
    numeral, low, high, vague, multiplier, figureEnd,
    unit: multiplier ? multiplier : null, unitClass: multiplier ? 'measure' : null, unitEnd: j,
  };
}

/** Reads "A-B unit" after a first reading that ended at `at`; null when no range follows. */
function readRangeTail(text: string, first: Reading): Reading | null {
  const at = first.unitEnd;
  if (!RANGE_MARKS.has(text.charCodeAt(at)) || text.startsWith('——', at)) return null;
  const second = readWithUnit(text, at + 1);
  if (!second || second.numeral.chinese !== first.numeral.chinese) return null;
  // The bounds share one unit: written twice ("10％－70％") or once, after the upper bound, the
  // lower keeping its scale ("200亿—500亿元").
  const scaleOnly = first.multiplier !== '' && first.unit === first.multiplier && second.multiplier === first.multiplier;
  if (first.unit !== null && first.unit !== second.unit && !scaleOnly) return null;
  if (second.unit === null) return null;
  if (!(first.low < second.high)) return null;
  return second;
}

/**
 * The offsets in `text` where a figure may open, in order: a year mention opens at one too (see
 * `findTimeMentions`). A block's characters are looked at once, here, rather than once by each
 * reader: most characters open nothing, and passing over them was a reader's main cost.
 */
export function figureStarts(text: string): readonly number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (FIGURE_START[text.charCodeAt(i)] === 1) out.push(i);
  return out;
}

/**
 * Every quantity in `text`, in order. Never throws; linear in the length of `text`. `starts` are
 * its `figureStarts`, when the caller has them already.
 */
export function scanQuantities(text: string, starts: readonly number[] = figureStarts(text)): Quantity[] {
  const out: Quantity[] = [];
  const n = text.length;
  let i = 0;
  let k = 0;
  while (i < n) {
    // To the next character a figure can open with.
    while (k < starts.length && starts[k]! < i) k++;
    if (k >= starts.length) break;
    i = starts[k]!;
    const first = readWithUnit(text, i);
    if (!first) {
      // Skip the rest of this numeral run so it is not re-read from each of its characters.
      let j = i + 1;
      while (j < text.length && (isArabicDigitAt(text, j) || isChineseNumeralChar(text[j]!))) j++;
      i = j;
      continue;
    }
    const second = readRangeTail(text, first);
    const last = second ?? first;
    const suffix = suffixComparator(text, last.unitEnd);
    const isRange = second !== null || first.low !== first.high;
    let comparator: Comparator | null = suffix?.comparator ?? null;
    if (isRange) comparator = 'range';
    else if (!comparator && first.vague) comparator = 'approx';
    const half = first.numeral.chinese && first.numeral.value === 0.5 && last.unit === null;
    out.push({
      start: i,
      numeralEnd: first.numeral.end,
      figureEnd: last.figureEnd,
      unitEnd: last.unitEnd,
      end: suffix?.end ?? last.unitEnd,
      value: isRange ? null : first.low,
      min: isRange ? first.low : null,
      max: isRange ? (second ? second.high : first.high) : null,
      unit: last.unit,
      unitClass: last.unitClass,
      comparator,
      inclusive: suffix?.inclusive ?? null,
      chinese: first.numeral.chinese,
      half,
    });
    i = Math.max(i + 1, last.unitEnd);
  }
  shareElidedUnits(text, out);
  shareTrailingBounds(text, out);
  return out;
}

/** How far apart two figures of a list may stand: their joint and a space or two around it. */
const MAX_JOINT_GAP = 4;
/** The comparators written after a figure, which a list of figures writes once, after its last. */
const TRAILING_BOUNDS = new Set<Comparator>(['approx', 'gte', 'lte']);

/**
 * Gives the figures of a list the bound written once after its last: "分别增长7%、8%左右" is about
 * 7% and about 8%; "368万亩、127万吨以上" is at least each. From the end, so that a bound reaches
 * back along the whole list; a figure with a bound of its own keeps it.
 */
function shareTrailingBounds(text: string, out: Quantity[]): void {
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (a.comparator !== null || b.comparator === null || !TRAILING_BOUNDS.has(b.comparator) || a.min !== null) continue;
    // The joint alone between them, spaces aside ("7%、 8%左右"); looked at only when they stand close.
    if (b.start - a.end > MAX_JOINT_GAP) continue;
    const between = text.slice(a.end, b.start).trim();
    if (between.length !== 1 || !JOINTS.has(between)) continue;
    a.comparator = b.comparator;
    a.inclusive = b.inclusive;
  }
}

/** Joints between two figures that share a unit written once: "31.1个和26.3个百分点". */
const JOINTS = new Set(['和', '、', '或', '与', '及']);

/** Gives the first of two joined figures the fuller unit of the second ("个" → "个百分点"). */
function shareElidedUnits(text: string, out: Quantity[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (a.unit === null || b.unit === null || a.unit === b.unit || !b.unit.startsWith(a.unit)) continue;
    if (b.start - a.end !== 1 || !JOINTS.has(text[a.end]!)) continue;
    a.unit = b.unit;
    a.unitClass = b.unitClass;
  }
}
