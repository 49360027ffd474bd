/**
 * Whether the text commits to a quantity: the evidence that separates a goal ("建设50所…",
 * "达到70%") from a figure that describes, allocates or regulates ("比例为90%", "给予6个月的过渡期").
 *
 * Two kinds of evidence:
 * - a commitment verb in the figure's clause (建设, 达到, 新增, 压缩至 …), and
 * - a goal context: the section (or an ancestor) is titled as goals (目标, 指标), or a deadline
 *   lead-in ("到2020年，") or a goal label ("具体指标：") opened the running text before the figure.
 * Figures whose unit rarely states a goal (durations, money, multiples, frequencies) need more.
 */
import type { Comparator } from '@policyc/model';
import type { TextShape } from './clauses.js';
import type { Quantity } from './figures.js';

/** Verbs that commit to reaching a quantity. Longer first where one contains another. */
const COMMIT_VERBS = [
  '达到', '超过', '突破', '实现', '完成', '建设', '建立', '建成', '新建', '创建', '培育', '打造', '形成',
  '研制', '开发', '新增', '增加到', '增加至', '增至', '增长', '提高', '提升', '扩大', '降低', '降至', '下降',
  '减少', '减至', '压缩', '压减', '缩短', '控制在', '稳定在', '保持在', '力争', '培养', '引进', '推动',
  '遴选', '精选', '评选', '认定', '组建', '设立', '布局', '带动', '吸引', '惠及', '覆盖', '扶持', '孵化',
  '招引', '储备', '新招', '培训', '支持建设', '争创', '创成', '翻', '制定', '开拓', '推出', '改造',
];
/** Verbs that compare a measure with a figure rather than make the things counted. */
const COMPARATIVE_VERBS = new Set(['达到', '超过', '突破', '实现', '完成', '增长', '提高', '提升', '降低', '下降', '减少', '达']);
/** One-character verbs, which count only right before the figure ("规模达1000亿元"). */
const ADJACENT_VERBS = ['达'];
/** Verbs that shorten or cap a duration: the only way a time span is a goal outside a goal context. */
const REDUCE_VERBS = [
  '压缩至', '压缩到', '压缩在', '压减至', '压减到', '缩短至', '缩短到', '缩减至', '缩减到', '减至', '减少至',
  '减少到', '降至', '降低至', '降低到', '控制在',
];
/** Labels in running text that open a list of goals. */
const GOAL_LABELS = ['目标：', '指标：', '目标:', '指标:', '目标为：', '目标是：'];
/** Section titles that hold goals ("发展目标", "主要指标"); a long run-in title merely mentions them. */
const GOAL_TITLE = /目标|指标/u;
const MAX_GOAL_TITLE = 16;

export interface VerbHit {
  verb: string;
  start: number;
  end: number;
}

const WINDOW = 40;

/** The commitment verb nearest before `at` in its clause (within a bounded window), or null. */
export function commitVerbBefore(shape: TextShape, at: number): VerbHit | null {
  const from = Math.max(shape.clauseStart[at] ?? 0, at - WINDOW);
  const left = shape.text.slice(from, at);
  let best: VerbHit | null = null;
  for (const verb of COMMIT_VERBS) {
    const k = left.lastIndexOf(verb);
    if (k >= 0 && (!best || from + k > best.start)) best = { verb, start: from + k, end: from + k + verb.length };
  }
  // Overlapping verbs are one word: "压减至" holds 压减 and 减至.
  if (best) {
    for (const verb of COMMIT_VERBS) {
      const k = left.lastIndexOf(verb, best.start - from);
      if (k >= 0 && from + k < best.start && from + k + verb.length > best.start) {
        best = { verb: shape.text.slice(from + k, best.end), start: from + k, end: best.end };
      }
    }
  }
  for (const verb of ADJACENT_VERBS) {
    if (left.endsWith(verb) && (!best || from + left.length - verb.length > best.start)) {
      best = { verb, start: at - verb.length, end: at };
    }
  }
  return best;
}

export function reduceVerbBefore(shape: TextShape, at: number): boolean {
  const from = Math.max(shape.clauseStart[at] ?? 0, at - WINDOW);
  const left = shape.text.slice(from, at);
  return REDUCE_VERBS.some((v) => left.includes(v));
}

export function isGoalTitle(title: string): boolean {
  return title.length <= MAX_GOAL_TITLE && GOAL_TITLE.test(title);
}

/** Section titles that review the past or the present ("发展基础", "主要成效", "面临的形势"). */
const PAST_TITLE = /现状|成效|成就|进展|回顾|发展基础|工作基础|取得|形势/u;
const EXPECTED = /预期|目标|指标/u;

/** Whether a section reports facts rather than goals: its figures are baselines, not targets. */
export function isPastTitle(title: string): boolean {
  return title.length <= 24 && PAST_TITLE.test(title) && !EXPECTED.test(title);
}

/** Offset just past the first goal label in the text, or -1. */
export function goalLabelEnd(text: string): number {
  let best = -1;
  for (const label of GOAL_LABELS) {
    const k = text.indexOf(label);
    if (k >= 0 && (best < 0 || k + label.length < best)) best = k + label.length;
  }
  return best;
}

export interface Context {
  shape: TextShape;
  /** Whether the figure stands in goal context (see the module comment). */
  inGoalContext: (at: number) => boolean;
}

/**
 * Whether the text commits to `q`. `prefixStart` is where a prefix comparator begins (or q.start),
 * `comparator` the one finally read (prefix or suffix), `verb` the commitment verb before it.
 */
export function isCommitted(ctx: Context, q: Quantity, prefixStart: number, comparator: Comparator | null, verb: VerbHit | null): boolean {
  const { shape } = ctx;
  const { text } = shape;
  const goal = ctx.inGoalContext(q.start);
  const adjacent = verb !== null && q.start - verb.end <= 2;
  // A figure that qualifies a noun ("60％以上的产业优势", "6个月的过渡期", "超过1亿元的企业")
  // describes it, unless a verb that makes things right before makes it the object counted
  // ("建设10个左右的科技创新平台").
  const counted = adjacent && q.unitClass === 'count' && !COMPARATIVE_VERBS.has(verb.verb);
  if (text[q.end] === '的' && !counted) return false;
  // "X的50%" is a share of something else: a rule ("返还…的50%"), unless a verb commits to it.
  if (text[q.start - 1] === '的' && !verb) return false;
  const coverage = q.unitClass === 'percent' && /^全?覆盖/u.test(text.slice(q.end, q.end + 3));
  const reduced = q.unitClass === 'duration' && reduceVerbBefore(shape, q.start);
  // Chinese numerals fill names and set phrases ("三年滚动计划", "上一轮"); they count only right
  // after a verb, bounded by a comparator in goal context, or as a shortened time ("减至半个月").
  // A compound numeral ("一万二千", "三十五") is a plain figure; single characters are the risk.
  const compound = q.chinese && q.figureEnd - q.start >= 2 && (q.value ?? q.min ?? 0) >= 10;
  if (q.chinese && !q.half && !reduced && !compound) return adjacent || (goal && comparator !== null);
  switch (q.unitClass) {
    case 'duration':
      return reduced || goal;
    case 'frequency':
    case 'score':
      return goal;
    case 'money':
    case 'multiple':
      return goal || (verb !== null && verb.verb !== '推动');
    default:
      // "一半" is a goal only as a bounded share ("占…一半以上", "超过一半"), never as "压缩一半".
      if (q.half) return goal && (comparator !== null || text[prefixStart - 1] === '占');
      return goal || verb !== null || coverage;
  }
}
