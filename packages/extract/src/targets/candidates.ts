/**
 * From the quantities of a block to the ones the text commits to: drop the non-targets, weigh the
 * evidence, let listed figures share a verb, and set aside bands that only qualify a count.
 */
import type { Comparator } from '@policyc/model';
import type { TextShape } from './clauses.js';
import { prefixComparator } from './comparators.js';
import { qualifiesNext } from './compose.js';
import { commitVerbAfter, commitVerbBefore, isCommitted, isEnsuredShare, isLimitWithin, type Context, type VerbHit } from './evidence.js';
import type { Quantity } from './figures.js';
import { isIndexLevel, isPerPlace, nonTargetReason } from './nontargets.js';

/** A quantity the text commits to, with what was read around it. */
export interface Candidate {
  q: Quantity;
  /** Where a prefix comparator begins (or the figure, when there is none). */
  prefixStart: number;
  comparator: Comparator;
  verb: VerbHit | null;
}

/** The run of candidates that share one verb ("分别达到65%和55%"), and a candidate's place in it. */
export interface Group {
  size: number;
  index: number;
}

export interface Selection {
  /** The candidates that are targets, in order. */
  kept: Candidate[];
  /** For a kept count, the band that qualifies it ("产值10-20亿元企业2户" → 10-20亿元). */
  bands: Map<Candidate, Candidate>;
  /** Per kept candidate (same index), its verb group. */
  groups: Group[];
}

/** A kept candidate with the prefix comparator that a list right after it shares (null if none). */
type Listed = Candidate & { prefixComparator: Comparator | null };

/** Coordinators that chain figures qualifying one noun: "超过30人、井深超过800米的矿山". */
const CHAIN = /^[、和或及与][^，,；;。]{0,10}$/u;
/** Joints of a list of figures that share one verb: "55.7%、75.1%", "65%和55%". */
const LIST_JOINT = /[、和及与]/u;

/**
 * The rest of a modifier after its figure, up to the noun it qualifies and that noun's count:
 * "（超50亿元）、具有较强竞争力的骨干企业（3家）". The figure is one of several attributes joined by
 * "、" before one "的"; what follows the "的" is the noun counted, with no figure of its own.
 */
const MODIFIER_TAIL = /^、[^，,；;。：:的0-9０-９]{1,20}的[^，,；;。：:、的0-9０-９]{1,12}$/u;
/** How far the count may follow the figure that sits in its noun's modifier. */
const MODIFIER_WINDOW = 36;

/**
 * Whether a figure qualifies a noun, alone ("…的") or chained with the next figure that does, or as
 * one attribute of a noun that the next figure counts ("培育年产值超50亿元、具有…的骨干企业3家"):
 * there the count is the goal, and the figure only says which things count (as a band before a
 * count does, "产值10-20亿元企业2户").
 */
function qualifiesNoun(text: string, q: Quantity, next: Quantity | undefined): boolean {
  if (text[q.end] === '的') return true;
  if (!next || next.start - q.end > MODIFIER_WINDOW) return false;
  if (next.unitClass === 'count' && MODIFIER_TAIL.test(text.slice(q.end, next.start))) return true;
  if (next.start - q.end > 12 || text[next.end] !== '的') return false;
  return CHAIN.test(text.slice(q.end, next.start));
}

/** The kept candidate `q` is listed right after, in the same kind of unit ("55.7%、75.1%"), or null. */
function listedRightAfter(text: string, last: Listed | null, q: Quantity): Listed | null {
  if (!last || last.q.unitClass !== q.unitClass || q.start - last.q.end !== 1) return null;
  return LIST_JOINT.test(text[last.q.end] ?? '') ? last : null;
}

/** Between two items of one list of measures: "、" and the next measure's name ("、居民消费价格涨幅"). */
const NEXT_ITEM = /^、[^，,；;。：:、的0-9０-９]{1,20}$/u;

/**
 * Whether `q` is the next item of a list whose previous item was kept: "…失业率5.5%左右、居民消费价格
 * 涨幅2%左右". The items of one list are alike; each bounds its own figure.
 */
function nextListItem(text: string, last: Listed | null, q: Quantity): boolean {
  if (!last || last.q.unitClass !== q.unitClass || q.comparator === null) return false;
  return NEXT_ITEM.test(text.slice(last.q.end, q.start));
}

/** Unit classes of the things a plan makes: counted items and physical quantities. */
const MADE = new Set<Quantity['unitClass']>(['count', 'measure']);

/**
 * Whether `q` continues, in a clause with no verb of its own, a list of things a verb in the clause
 * before made: "城镇新增就业9.5万人，失业人员再就业1.3万人", "形成…万亿级产业3个，冶金、化工等2个
 * 五千亿级产业链". Only counts and physical quantities: amounts and rates there are often terms.
 */
function nextClauseItem(shape: TextShape, last: Listed | null, q: Quantity, prefixStart: number): boolean {
  // Counts and measures mix in one list of things made: "盘活闲置企业12家，盘活存量土地350亩",
  // "新建管网20公里，改造泵站3座" (each clause one object of the verb the list opens with).
  if (!last?.verb || !MADE.has(last.q.unitClass) || !MADE.has(q.unitClass)) return false;
  const clause = shape.clauseStart(q.start);
  const sentence = shape.sentenceStart(q.start);
  if (sentence !== shape.sentenceStart(last.q.start)) {
    // "…改造任务4894户。其中，南宁市274户，…": a sentence opened by 其中 lists the parts of the
    // figure that closed the sentence before it; its first part is the first figure after 其中.
    // Not a part the sentence says is done already ("其中，城区公园5个已建成"): a fact, no goal.
    return sentence > 0 && shape.sentenceStart(sentence - 1) <= last.q.start && PARTS_OPENING.test(shape.text.slice(sentence, q.start))
      && !DONE_AFTER.test(shape.text.slice(q.end, shape.clauseEnd(q.start)));
  }
  // The previous item ends the clause right before, or stands earlier in this one.
  const previousClause = clause > 0 ? shape.clauseStart(clause - 1) : -1;
  if (last.q.start < previousClause) return false;
  const tail = shape.text.slice(last.q.end, shape.clauseEnd(last.q.start));
  // …or the figure opens its clause (its bound before it at most): the clause repeats the shape of
  // the object before, the verb left out ("支持300名骨干赴境外培训，1000名核心人才参加研修",
  // "培养不少于10名…，不少于20名…").
  return last.q.start >= clause || /^(?:等)?$/u.test(tail) || shape.text.slice(clause, prefixStart).trim() === '';
}

/** What says a part is done already, after its figure. */
const DONE_AFTER = /^[^，,；;。]{0,12}已/u;
/** A sentence that opens with 其中 and names one part before its figure: "其中，南宁市". */
const PARTS_OPENING = /^[\s\u3000]*其中[，,：:]?[^，,；;。0-9０-９]{1,16}$/u;

/**
 * Whether `q` stands right after a count and runs into a noun: "培育3—5个百亿企业", "建成2个千亩园区",
 * "打造4个万人社区". A classifier is followed by the thing it counts, so a figure there is part of
 * that thing's name (a class by size, as 级 makes one in "千亿级产业集群"); the count is the goal.
 */
function namesKindCounted(text: string, previous: Quantity, q: Quantity): boolean {
  if (previous.unitClass !== 'count' || previous.end !== q.start) return false;
  const next = text[q.end] ?? '';
  return /^\p{Script=Han}$/u.test(next) && !KIND_FIGURE_ENDS.includes(next);
}

/** Characters after a figure that end or bound it rather than open a noun ("…的", "以上", "左右", "等", "内", a coordinator). */
const KIND_FIGURE_ENDS = '的以左等内和或及与';

/** How far before a count its place ("每个村…") may be named. */
const PER_PLACE_WINDOW = 40;
/** Modal verbs of a rule's norm, as regulations write them. */
const NORM_MODAL = /应当|应该|应予|必须|须/u;

/** Selects among the quantities of a block (`scanQuantities` of its text, in order). */
export function selectCandidates(shape: TextShape, ctx: Context, quantities: Quantity[], isPast: (offset: number) => boolean): Selection {
  const { text } = shape;
  const candidates: Candidate[] = [];
  /** The latest kept candidate. */
  let last: Listed | null = null;
  const listEnds = listEndsOf(text, quantities);
  /** Where the clause of the latest committed share of a noun ends: its later figures are its condition. */
  let shareUntil = -1;
  // "分别不高于53和32微克/立方米": figures listed under 分别 share the unit written after the last.
  const spread = sharedUnits(shape, quantities);
  for (const [k, read] of quantities.entries()) {
    const q = spread.get(k) ?? read;
    // "实现20%的村集体年收入超30万元": 30万元 says which collectives count, it is no goal of its own.
    if (q.start < shareUntil) continue;
    // A figure with no unit is never a target ("一是", "进一步"), whatever else the rules would say
    // of it: most quantities are such, and the rules need not be asked. An index's level is the
    // one exception ("发展指数达85").
    if (q.unit === null && !q.half && !isIndexLevel(text, q)) continue;
    if (k > 0 && namesKindCounted(text, quantities[k - 1]!, q)) continue;
    if (nonTargetReason(shape, q) !== null || isPast(q.start)) continue;
    const floor = shape.clauseStart(q.start);
    const prefix = prefixComparator(text, q.start, floor, q.end);
    const prefixStart = prefix?.start ?? q.start;
    const listedAfter = listedRightAfter(text, last, q);
    // A comparator written before a list bounds every figure of it: "分别超过90家和870家".
    const shared: Comparator | null = listedAfter?.prefixComparator ?? null;
    const written = q.comparator ?? prefix?.comparator ?? shared ?? sharedBound(text, quantities, k, floor);
    // "14个工作日内完成": the limit bounds the time taken from above, as 以内 does; its 内 is read
    // with the figure, as 以内 is, and is no part of what is measured.
    const within = written === null && isLimitWithin(shape, q);
    const comparator = written ?? (within ? 'lte' : null);
    // The verb may stand between a prefix comparator and the figure ("至少建设一所").
    let verb = commitVerbBefore(shape, q.start);
    const describes = qualifiesNoun(text, q, quantities[k + 1]);
    let committed = isCommitted(ctx, q, { prefixStart, comparator, verb, describes, listEnd: listEnds[k] });
    // A figure listed right after a committed one shares its verb ("分别达55.7%、75.1%").
    if (!committed && !describes && listedAfter) {
      committed = true;
      verb = listedAfter.verb;
    }
    if (!committed && !describes && nextListItem(text, last, q)) committed = true;
    // "做到每个村至少有一名…": a count bounded from below in every place is a goal for each place.
    // Not a rule's norm for each place ("每个区应当设置至少1个…中心").
    if (!committed && !describes && q.unitClass === 'count' && comparator === 'gte' && prefix !== null) {
      const left = text.slice(Math.max(floor, q.start - PER_PLACE_WINDOW), q.start);
      committed = isPerPlace(left) && !NORM_MODAL.test(left);
    }
    if (!committed && !describes && nextClauseItem(shape, last, q, prefixStart)) {
      committed = true;
      verb = last!.verb;
    }
    // "4条高速公路提前建成": the verb follows what it completes.
    if (!committed && !describes && !verb && commitVerbAfter(shape, q)) committed = true;
    if (!committed) continue;
    if (describes && isEnsuredShare(shape, q)) shareUntil = shape.clauseEnd(q.start);
    const taken = within ? { ...q, end: q.unitEnd + 1 } : q;
    const candidate: Candidate = { q: taken, prefixStart, comparator: comparator ?? 'eq', verb };
    candidates.push(candidate);
    last = { q: taken, prefixStart, comparator: candidate.comparator, verb, prefixComparator: q.comparator === null ? prefix?.comparator ?? shared : null };
  }

  // A band qualifying the next count is part of that count's metric, not a target of its own.
  const bands = new Map<Candidate, Candidate>();
  for (let k = 0; k + 1 < candidates.length; k++) {
    if (qualifiesNext(shape, candidates[k]!.q, candidates[k + 1]!.q)) bands.set(candidates[k + 1]!, candidates[k]!);
  }
  const banding = new Set(bands.values());
  const kept = candidates.filter((c) => !banding.has(c));
  return { kept, bands, groups: verbGroups(kept) };
}

/**
 * Per quantity, where the list of like figures it stands in ends: "分别给予40万元、30万元、20万元服务奖励"
 * → after 20万元 for each. One backward pass.
 */
function listEndsOf(text: string, quantities: Quantity[]): number[] {
  const ends = quantities.map((q) => q.end);
  for (let k = quantities.length - 2; k >= 0; k--) {
    const q = quantities[k]!;
    const next = quantities[k + 1]!;
    if (next.start - q.end === 1 && next.unitClass === q.unitClass && LIST_JOINT.test(text[q.end] ?? '')) ends[k] = ends[k + 1]!;
  }
  return ends;
}

/** Groups consecutive candidates that share one verb occurrence, in one pass. */
function verbGroups(kept: Candidate[]): Group[] {
  const groups: Group[] = [];
  let start = 0;
  for (let k = 0; k <= kept.length; k++) {
    const same = k < kept.length && k > start && kept[k]!.verb !== null && kept[k]!.verb?.start === kept[start]!.verb?.start;
    if (k < kept.length && (k === start || same)) continue;
    for (let j = start; j < k; j++) groups.push({ size: k - start, index: j - start });
    start = k;
  }
  return groups;
}

/** What joins figures listed under 分别: "53和32", "53、32", "53与32". */
const LIST_JOIN = /^[\s\u3000]*(?:和|与|及|、|，|,)[\s\u3000]*$/u;
/** The longest joint between two listed figures, spaces included. */
const MAX_LIST_JOIN = 3;
/** How far before a listed figure its 分别 may stand, in its clause. */
const SPREAD_WINDOW = 24;

/** How many figures a list under 分别 may hold. */
const MAX_SPREAD = 8;

/**
 * The bound written once after the last of figures listed under 分别, which each of them takes:
 * "减排比例分别达到10%、20%和30%以上" is three floors. Null when `quantities[k]` is no figure of such a
 * list but its last, or the last has no bound.
 */
function sharedBound(text: string, quantities: readonly Quantity[], k: number, clauseStart: number): Comparator | null {
  const q = quantities[k]!;
  if (q.unit === null || !text.slice(Math.max(clauseStart, q.start - SPREAD_WINDOW), q.start).includes('分别')) return null;
  let last = q;
  for (let j = k + 1; j < quantities.length && j <= k + MAX_SPREAD; j++) {
    const next = quantities[j]!;
    if (next.unit !== q.unit || next.start - last.end > MAX_LIST_JOIN || !LIST_JOIN.test(text.slice(last.end, next.start))) break;
    last = next;
  }
  return last !== q && (last.comparator === 'gte' || last.comparator === 'lte') ? last.comparator : null;
}

/**
 * The figures with no unit that a list spreads under 分别 (written before the list's first figure)
 * with the unit written after the list's last ("A和B分别不高于53和32微克/立方米", "分别压缩至70、40、
 * 30个工作日"), by their index. One walk over the quantities: each is visited once.
 */
function sharedUnits(shape: TextShape, quantities: readonly Quantity[]): Map<number, Quantity> {
  const { text } = shape;
  const out = new Map<number, Quantity>();
  for (let first = 0; first < quantities.length; first++) {
    const q = quantities[first]!;
    if (q.unit !== null || q.half) continue;
    // The list's run of figures with no unit, and the figure that closes it.
    let last = first;
    while (last + 1 < quantities.length && quantities[last + 1]!.unit === null && !quantities[last + 1]!.half && joinedInList(text, quantities[last]!, quantities[last + 1]!)) last++;
    const closing = quantities[last + 1];
    if (closing !== undefined && closing.unit !== null && joinedInList(text, quantities[last]!, closing)
      && text.slice(Math.max(shape.clauseStart(q.start), q.start - SPREAD_WINDOW), q.start).includes('分别')) {
      for (let k = first; k <= last; k++) out.set(k, { ...quantities[k]!, unit: closing.unit, unitClass: closing.unitClass, unitEnd: closing.unitEnd });
    }
    first = last;
  }
  return out;
}

/** Whether figure `b` follows figure `a` in a list: 、, 和, 与, 及 or a comma between, close. */
function joinedInList(text: string, a: Quantity, b: Quantity): boolean {
  return b.start - a.end <= MAX_LIST_JOIN && LIST_JOIN.test(text.slice(a.end, b.start));
}
