/**
 * What a target measures, as worded: the metric phrase, the kind of target, how it aggregates
 * over time, and the baseline it is measured against.
 */
import type { Aggregation, TargetKind } from '@policyc/model';
import type { TextShape } from './clauses.js';
import type { VerbHit } from './evidence.js';
import type { Quantity } from './figures.js';

/** Words that open a clause without belonging to its subject. */
const LEADING = /^(?:其中[，,]?|并且|并|且|同时|以及|另外|此外|和|及|要|将|使|推动|促进|确保|力争)+/u;
/**
 * A heading's number opening the phrase: a figure in an item's own title line ("2.新建200个农村公路
 * 项目") has the item's marker before its subject, no part of the measure. A numeral right after
 * the mark makes a list of numerals, not a marker ("一、二级医院").
 */
const HEADING_MARKER = /^\s*(?:[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,3}[.．、](?![0-9０-９])|[①-⑳])\s*/u;
/** Adverbs between a subject and its verb. */
/** Words that close a metric's phrase without being part of it; removed from the end one by one. */
const TRAILING_WORDS: readonly string[] = ['分别', '平均', '均', '总体', '力争', '稳定', '进一步', '原则上', '一般为', '一般', '基本', '持续', '要', '将', '累计', '年均', '每年', '全部', '总计', '合计', '逐步', '努力', '争取', '为', '是', '在', '至', '到', '和', '及', '与', '再', '还', '也'];

/**
 * The trailing words by the char code of their last character, in the order of the list: at each
 * end only the words that can end there are tried (the first of them that does is the one the
 * whole list would find), and every target's metric is cleaned.
 */
const TRAILING_BY_LAST = new Map<number, string[]>();
const NO_WORDS: readonly string[] = [];
for (const w of TRAILING_WORDS) {
  const code = w.charCodeAt(w.length - 1);
  TRAILING_BY_LAST.set(code, [...(TRAILING_BY_LAST.get(code) ?? []), w]);
}

/** `phrase` without the trailing words above (a loop, not an alternation under +, which is exponential). */
function withoutTrailingWords(phrase: string): string {
  let end = phrase.length;
  for (let cut = true; cut && end > 0; ) {
    cut = false;
    for (const w of TRAILING_BY_LAST.get(phrase.charCodeAt(end - 1)) ?? NO_WORDS) {
      if (end >= w.length && phrase.startsWith(w, end - w.length)) {
        end -= w.length;
        cut = true;
        break;
      }
    }
  }
  return phrase.slice(0, end);
}
/** A deadline inside the subject ("2020年底前将…", "到2013年年底70%…"). */
const SUBJECT_DEADLINE = /^(?:到|至)?[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:年底|年末|底|末)?(?:前)?(?:[，,])?/u;
/** Where the object after a figure stops: a clause mark, or a coordinator before the next figure. */
const OBJECT_END = /[，,；;。：:]|[（(]其中|[和及与、](?=[0-9０-９一二两三四五六七八九十百千半])/u;
/** What may stand between a verb and its figure without naming the measure ("压缩至", "为"). */
const MIDDLE_FILLER = '至到为在了达于';

/**
 * `middle` without the filler words that open or close it. A loop from each end: a pattern
 * anchored at the end (`(?:至|到…)+$`) would be retried from every filler of a long run.
 */
export function withoutFiller(middle: string): string {
  let start = 0;
  let end = middle.length;
  while (start < end && MIDDLE_FILLER.includes(middle[start]!)) start++;
  while (end > start && MIDDLE_FILLER.includes(middle[end - 1]!)) end--;
  return middle.slice(start, end);
}

/** A baseline closing a subject ("比2015年"): not the measure. */
const BASE_YEAR_END = /(?:比|较)[0-9０-９]{4}年(?:底|末)?$/u;
const HAS_DIGIT = /[0-9０-９]/u;

/**
 * `phrase` cut before a baseline or a starting value that closes it ("比2015年", "由20个工作日"):
 * the last 由/从 starts one when a figure follows it with no comma or other 由/从 after it. Found
 * by lastIndexOf, not by a pattern ending in `[^由从，,]*$`, which is retried from every 由/从.
 */
function withoutSubjectFrom(phrase: string): string {
  const base = BASE_YEAR_END.exec(phrase);
  let cut = base === null ? phrase.length : base.index;
  const from = Math.max(phrase.lastIndexOf('由'), phrase.lastIndexOf('从'));
  if (from >= 0 && from < cut) {
    const rest = phrase.slice(from + 1);
    if (!rest.includes('，') && !rest.includes(',') && HAS_DIGIT.test(rest)) cut = from;
  }
  return phrase.slice(0, cut);
}

/** Verbs that commit to a figure without saying what is done to reach it. */
const COMMITS_ONLY = new Set(['确保', '力争']);

/** Drops the words that open or close a subject without naming what is measured. */
export function clean(phrase: string): string {
  return withoutTrailingWords(withoutSubjectFrom(withoutTrailingWords(phrase.replace(HEADING_MARKER, '').replace(SUBJECT_DEADLINE, '').replace(LEADING, '').replace(/^将/u, '')))).trim();
}

/**
 * The metric phrase, as worded: the subject before the verb ("全国农机总动力超过10亿千瓦" →
 * "全国农机总动力"), with what stands between verb and figure ("全省医药产业完成工业增加值175亿元" →
 * "全省医药产业工业增加值"), or the verb and the noun the figure counts ("建设50所高水平高等职业学校"
 * → "建设高水平高等职业学校").
 */
export function metricOf(shape: TextShape, q: Quantity, prefixStart: number, verb: VerbHit | null): string | null {
  const { text } = shape;
  const clauseStart = shape.clauseStart(q.start);
  const clauseEnd = shape.clauseEnd(q.start);
  const found = verb && verb.start >= clauseStart && verb.end <= prefixStart ? verb : null;
  // "确保粮食播种面积34.2万亩以上": a verb that only commits names nothing measured; the words after it do.
  const own = found && COMMITS_ONLY.has(found.verb) ? { ...found, verb: '' } : found;
  const subjectEnd = own ? own.start : prefixStart;
  const read = clean(text.slice(Math.max(clauseStart, subjectEnd - 60), subjectEnd));
  // "A和B分别不高于53和32…": 分别 follows the measures it spreads the figures over; what comes after
  // it (the comparator, the figures before this one) names no measure.
  const spread = read.lastIndexOf('分别');
  const subject = spread > 0 ? read.slice(0, spread) : read;
  let middle = own ? withoutFiller(text.slice(own.end, prefixStart)) : '';
  // Past another figure, only the words after the last break name this figure's measure. After
  // "其中" or "（" they name a part ("达到350万亩（其中人工种植85万亩" → 人工种植) and the verb is the
  // total's; after "、" or "和" the subject and verb are shared ("覆盖…、90％以上乡镇和60％以上村").
  const brk = lastBreak(middle);
  if (brk) {
    const tail = clean(middle.slice(brk.end));
    const object = objectAfter(text, q, clauseEnd);
    const phrase = (brk.part ? `${tail}${object}` : `${subject}${own ? own.verb : ''}${tail}${object}`).trim();
    if (phrase.length > 0) return phrase;
    middle = '';
  }
  const object = objectAfter(text, q, clauseEnd);
  // The verb names the measure only when nothing else does, or when the figure counts its object.
  const head = own && (subject === '' || object !== '') ? own.verb : '';
  const phrase = `${subject}${head}${middle}${object}`.trim();
  if (subject === '' && middle === '' && object === '') {
    // An indicator table puts the measure on the line above its value ("生产安全事故死亡人数\n下降15%").
    const label = rowLabel(shape, q);
    if (label) return `${label}${own ? own.verb : ''}`;
  }
  return phrase.length > 0 ? phrase : own ? own.verb : null;
}

/** The previous non-empty line, when the figure opens its line and that line is a bare label. */
function rowLabel(shape: TextShape, q: Quantity): string | null {
  const { text } = shape;
  const lineStart = shape.paragraphStart(q.start);
  if (lineStart === 0 || text.slice(lineStart, q.start).trim().length > 4) return null;
  let end = lineStart - 1;
  while (end > 0 && /\s/u.test(text[end - 1]!) && lineStart - end < 8) end--;
  const start = shape.paragraphStart(end);
  const label = text.slice(start, end).trim();
  return label.length >= 2 && label.length <= 30 && !/[，,。；;：:0-9０-９]/u.test(label) ? label : null;
}

/** Words that break a verb's middle, and whether each opens parts; one list, not one made per call. */
const BREAKS = [['其中', true], ['（', true], ['(', true], ['、', false], ['和', false], ['，', false]] as const;

/** The last break in a verb's middle ("其中", "（", "、", "和"): where it ends and whether it opens parts. */
function lastBreak(middle: string): { end: number; part: boolean } | null {
  let best: { end: number; part: boolean } | null = null;
  for (const [w, part] of BREAKS) {
    const k = middle.lastIndexOf(w);
    if (k >= 0 && (!best || k + w.length > best.end)) best = { end: k + w.length, part };
  }
  // A part stays a part when a list follows its opening ("（其中人工种植85万亩、野生抚育").
  if (best && !best.part && /其中|（|\(/u.test(middle)) best = { ...best, part: true };
  return best;
}

/** A bracketed note opening the words after a figure. */
const LEADING_NOTE = /^[（(][^（）()]*[）)]/u;

/** The noun a figure counts, written right after it ("50所高水平高等职业学校"). */
function objectAfter(text: string, q: Quantity, clauseEnd: number): string {
  let rest = text.slice(q.end, Math.min(clauseEnd, q.end + 40)).replace(/^的/u, '');
  // A bracket right after the figure is a note on it ("2.6万亩（以…下达的任务为准）"), no noun it counts.
  rest = rest.replace(LEADING_NOTE, '');
  // Another figure later in the clause takes the words after the last coordinator before it.
  const next = rest.search(/[0-9０-９]/u);
  if (next >= 0) {
    const head = rest.slice(0, next);
    const cut = Math.max(head.lastIndexOf('、'), head.lastIndexOf('和'), head.lastIndexOf('及'));
    if (cut >= 0) rest = rest.slice(0, cut);
  }
  const stop = rest.search(OBJECT_END);
  return balanced(stop >= 0 ? rest.slice(0, stop) : rest).trim();
}

/** Cuts a phrase before a bracket it does not open ("…）") or does not close ("骨干专业（…"). */
function balanced(phrase: string): string {
  let open = -1;
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i];
    if (ch === '（' || ch === '(') {
      if (open < 0) open = i;
    } else if (ch === '）' || ch === ')') {
      if (open < 0) return phrase.slice(0, i);
      open = -1;
    }
  }
  return open >= 0 ? phrase.slice(0, open) : phrase;
}

const GROWTH = /增长|增速|增幅|翻/u;
const CHANGE_VERBS = /(?:提高|提升|增加|降低|下降|减少|压缩|压减|缩短|缩减)$/u;

export function kindOf(q: Quantity, metric: string | null, verb: VerbHit | null, textBefore: string): TargetKind {
  if (q.unitClass === 'points') return 'change';
  if (q.unitClass === 'multiple') return 'growth';
  if (GROWTH.test(textBefore.slice(-12)) || (metric !== null && GROWTH.test(metric))) return 'growth';
  // "提高5%", "压缩一半": a change by the figure; "提高到…", "压缩至…" name a level.
  if (verb && CHANGE_VERBS.test(verb.verb) && textBefore.endsWith(verb.verb)) return 'change';
  if (q.unitClass === 'percent' || q.half) return 'share';
  if (q.unitClass === 'count') return 'count';
  return 'level';
}

export function aggregationOf(clauseBefore: string): Aggregation | null {
  if (clauseBefore.includes('年均') || clauseBefore.includes('年平均')) return 'annual-average';
  if (clauseBefore.includes('累计')) return 'cumulative';
  if (clauseBefore.includes('每年')) return 'per-year';
  return null;
}

/** Targets that repeat every period ("每年精选3个"). */
export function isRecurring(clauseBefore: string): boolean {
  return /每(?:年|季度|月|半年|学年)/u.test(clauseBefore);
}
