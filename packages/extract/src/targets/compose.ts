/**
 * Phrases that hold several quantities: which of them are targets and how they relate.
 *
 * - A band that qualifies a counted noun is part of the metric, not a target: "产值10-20亿元企业2户"
 *   is one target (2 户) about firms with an output of 10-20亿元.
 * - One figure distributed over several measures is one target per measure:
 *   "A及B分别达到150个", "种植、收获机械化率均达到45%".
 * - "其中" introduces parts of the total before it: "350万亩（其中人工种植85万亩、野生抚育265万亩）".
 */
import type { TextShape } from './clauses.js';
import type { Quantity } from './figures.js';

/** Coordinators and marks that separate two quantities that are both targets. */
const SEPARATES = /[，,；;。：:、（）()和及与或并]/u;
/** Between a qualifying band and the count it qualifies: a short noun ("企业"), nothing else. */
const MAX_QUALIFIER_GAP = 6;
/** How far a part may follow its total ("…350万亩（其中人工种植85万亩、野生抚育265万亩"). */
const MAX_PART_GAP = 40;

/** Whether quantity `a` only qualifies the counted noun of the next quantity `b`. */
export function qualifiesNext(shape: TextShape, a: Quantity, b: Quantity): boolean {
  if (b.unitClass !== 'count' || a.unitClass === 'count') return false;
  if (b.start - a.end > MAX_QUALIFIER_GAP) return false;
  const gap = shape.text.slice(a.end, b.start);
  return gap.length > 0 && !SEPARATES.test(gap) && !/[0-9０-９]/u.test(gap);
}

/**
 * 及/和/与 join measures only where they are not part of a word: 普及, 涉及, 以及 (a conjunction, but
 * one that joins clauses), 和谐, 参与 … The lists are of common words, not of any document.
 */
const NOT_JOINT_BEFORE: Record<string, string> = { 及: '普涉危惠波顾企触以', 和: '总温缓共柔平饱调', 与: '参给赋授干' };
const NOT_JOINT_AFTER: Record<string, string> = { 及: '时格早', 和: '谐平睦', 与: '会' };

function isJoint(subject: string, i: number): boolean {
  const ch = subject[i]!;
  if (ch === '、') return true;
  const before = NOT_JOINT_BEFORE[ch];
  if (before === undefined) return false;
  const prev = subject[i - 1];
  const next = subject[i + 1];
  return !(prev !== undefined && before.includes(prev)) && !(next !== undefined && NOT_JOINT_AFTER[ch]!.includes(next));
}

/** Splits a subject at its coordinators: "重大原始创新成果及专利申请数量" → two measures. */
export function coordinatedParts(subject: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < subject.length; i++) {
    const ch = subject[i]!;
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && isJoint(subject, i)) {
      if (current) parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

/** Where a distributing adverb ("分别", "均") sits right before the verb of `q`, or -1. */
export function distributorBefore(shape: TextShape, verbStart: number): number {
  const { text } = shape;
  // A comparison with a base year may stand between them: "A和B分别比2015年下降15%".
  const base = /(?:比|较)[0-9０-９]{4}年(?:底|末)?$/u.exec(text.slice(Math.max(0, verbStart - 10), verbStart));
  if (base) verbStart -= base[0].length;
  for (const w of ['分别', '均']) {
    const at = verbStart - w.length;
    if (at < 0 || !text.startsWith(w, at)) continue;
    // 年均, 人均, 平均 … are averages, not distribution.
    if (w === '均' && /[年人平户生亩日月]/u.test(text[at - 1] ?? '')) continue;
    return at;
  }
  return -1;
}

/** Whether `part` follows `total` as one of its parts ("…350万亩（其中人工种植85万亩…", "…，其中…"). */
/** A unit without the alternatives a bracket adds ("台（套）" → "台"): a part counts as its total does. */
function measureWord(unit: string): string {
  const open = unit.search(/[（(]/u);
  return open > 0 ? unit.slice(0, open) : unit;
}

export function isPartOf(shape: TextShape, total: Quantity, part: Quantity): boolean {
  if (total.unit === null || part.unit === null || measureWord(total.unit) !== measureWord(part.unit)) return false;
  if (total.unitClass === 'percent' || total.unitClass === 'points' || total.unitClass === 'multiple') return false;
  if (part.start - total.end > MAX_PART_GAP) return false;
  const between = shape.text.slice(total.end, part.start);
  const k = between.indexOf('其中');
  if (k < 0) return false;
  // Nothing but the opening of the 其中 phrase, or of the sentence it opens, may separate the total from it.
  return /^[（(，,。；;]?$/u.test(between.slice(0, k));
}
