/**
 * Quantities that are never targets, whatever surrounds them: dates, ordinals, names, ages,
 * quoted slogans, figures in the titles of other documents, eligibility thresholds, ceilings of
 * a benefit, deadlines for a procedure, facts about today. Each rule returns a stable reason id
 * (the tests and the debug output name them).
 */
import { COMPARATOR_SIGNS, openingMarker } from '@policyc/parse';
import type { TextShape } from './clauses.js';
import { prefixComparator } from './comparators.js';
import { spanAt } from './clauses.js';
import { commitVerbBefore, isLimitWithin, reduceVerbBefore } from './evidence.js';
import type { Quantity } from './figures.js';

export type NonTargetReason =
  | 'in-title' // 《…》: the title of another document
  | 'in-quote' // “…”: a name or slogan ("四个全面", "一网通办")
  | 'in-brackets' // 〔2016〕, [2016]
  | 'date' // 2020年, 5月12日, 2016年至2018年
  | 'dated' // "增加到2021年的5481万公里": a value observed in a year
  | 'ordinal' // 第三, 前10位, 十九届二中全会
  | 'grade' // 千亿级, 百万级: a size class, not an amount
  | 'plan-name' // 三年行动计划, 五年规划
  | 'name' // 5G, 3D, S2, 1+X
  | 'age' // 3周岁
  | 'bare' // a figure with no unit ("一是", "38622527")
  | 'article' // 一个 / 一所 as an indefinite article ("建立一个平台")
  | 'rate' // 每平方米37元, 每一所
  | 'ceiling' // 最高不超过15万元, 最长6个月
  | 'threshold' // 满5年, 年满60周岁
  | 'status' // 已建成, 现有, 截至 — a fact about today
  | 'foundation' // "达到12000元的基础上"
  | 'condition' // "…超过5年的，可申请…"
  | 'permission' // "可缩短至5年", "可申请…"
  | 'time-limit' // 30日内, 3个月前
  | 'time-span' // 经过5—10年左右时间: the time a change takes
  | 'from-value' // "从人均8.7万元提高到12万元": the starting value, not the goal
  | 'document-part' // "十六个具体量化指标", "28项具体措施": the document counting its own parts
  | 'list-count' // "矿山、农田、水源涵养等三种类型", "以下5类：": the count of a list written beside it
  | 'set-phrase' // "五位一体", "一次性": a numeral inside a fixed phrase
  | 'standard' // "每月1000元", "按每人每年2000元标准": the amount a rule pays or allows per head or period
  | 'qualifier' // "15分钟上高速", "30分钟通勤圈": a span naming a standard
  | 'programme' // "实施十项民生工程", "三个计划": a count in Chinese numerals that names a programme
  | 'specification' // "3.8米直径运载火箭", "60米跨径桥梁": a measure naming a dimension of the thing after it
  | 'funding'; // "支持比例不超过核定总投资的15%", "按购置金额50%予以补助": the share or sum a grant pays

const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
/** Modal phrases that grant a permission or set a benefit; a figure after them is a rule, not a goal. */
const PERMISSIONS = [
  '可申请', '可按', '可以', '可适当', '可缩短', '可放宽', '可享受', '可获得', '可给予', '可延长', '可减免',
  '可在', '可向', '可根据', '可将', '可对', '可由', '可不', '可参照', '可继续', '可免', '可视',
];
const STATUS_WORDS = ['已经', '已有', '已建', '已达', '已形成', '已累计', '现有', '目前', '截至', '截止', '业已', '现已', '已', '以来', '年来'];
/** The words above as one search of the left context (a list of literals: linear). */
const STATUS_RE = new RegExp(STATUS_WORDS.join('|'), 'u');
const PERMISSION_RE = new RegExp(PERMISSIONS.join('|'), 'u');
/** A time span naming a plan or campaign ("三年行动计划", "五年规划", "百日攻坚"). */
const PLAN_WORDS = /^(?:行动|计划|规划|攻坚|工程|专项|战略|滚动)/u;
/** …or ends a short name that the span opens: "三年百万青年见习计划". */
const PLAN_NAME_END = /^[^，,；;。、：:（）()0-9０-９]{0,10}(?:行动计划|计划|规划|行动)(?![0-9０-９])/u;
/** Words after a bounded amount that continue the clause rather than name a thing bounded. */
const NOT_A_NOUN = /^(?:的|并|和|及|与|或|等|其|左右|以|为|是|将|要|可|已|均|再|且|后|前|内)/u;
/** What a document counts of itself: "四个方面十六个具体量化指标", "6大重点行动28项具体措施". */
const DOCUMENT_PARTS = /^[^，,；;。、0-9０-９]{0,6}?(?:方面|指标|措施|举措)/u;
/** …and the tasks it names as its own concrete items: "9个具体建设任务", "12项具体工作". */
const DOCUMENT_ITEMS = /^具体[^，,；;。、0-9０-９]{0,4}?(?:任务|项目|事项|工作)/u;
/** What follows the number of a congress or its session: "十九届二中全会", "十四届全国人大". */
const SESSION_AFTER = /^(?:[一二三四五六七八九十]+中|全会|全国|人大|人民代表大会|政协|党代会|中央|[省市县区]委)/u;
/** "从/由 … X … 到/至 Y": X is where a change starts ("由20个工作日压缩至10个工作日"). */
const FROM = /[从由][^，,；;。从由]{0,8}$/u;
const TO = /^[^，,；;。]{0,6}?(?:到|至)/u;
/** A year right before the figure dates an observation: "2021年的5481万公里", "2012年2.5万亿元". */
const DATED = /[0-9０-９]{4}年(?:底|末|初)?的?$/u;
/** …unless it ends a change from an earlier year: "由2020年的2.5万亿元增长至2025年的3.7万亿元". */
const TO_YEAR_END = /(?:到|至)[0-9０-９]{4}年(?:底|末)?的?$/u;
const FROM_YEAR = /[由从][0-9０-９]{4}年/u;

/**
 * Whether `left` ends in "到/至 + year" after a "由/从 + year" of the same clause. The ending is
 * matched first and the start sought before it: one pattern spanning both would be retried from
 * every 由/从 of a long run.
 */
export function endsChangeToYear(left: string): boolean {
  const to = TO_YEAR_END.exec(left);
  if (to === null) return false;
  let from = to.index;
  while (from > 0 && !'，,；;。'.includes(left[from - 1]!)) from--;
  return FROM_YEAR.test(left.slice(from, to.index));
}

function before(text: string, end: number, word: string): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}

/** The clause text before the quantity (bounded, so every check stays constant-time). */
function leftContext(shape: TextShape, q: Quantity, max = 40): string {
  const from = Math.max(shape.clauseStart(q.start), q.start - max);
  return shape.text.slice(from, q.start);
}

function isNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && /[0-9０-９〇零一二三四五六七八九十]/u.test(ch);
}

/** Verbs that set a measure to a level, the figure right after them ("达到", "降至", "保持在"). */
const LEVEL_VERBS = '达到|达|提高到|提高至|提升到|提升至|增至|增加到|增加至|降至|降到|降低到|降低至|下降到|下降至|保持在|稳定在|控制在|超过|超|不低于|不高于';

/**
 * An index, a score or a rate per a base has no unit: "发展指数达85", "营商环境评价得分提高到90",
 * "亿元国内生产总值死亡率控制在0.81以内", "道路交通万车死亡率下降到7.0以下" (the base is in the rate's
 * name). The level of one is the only figure without a unit that a goal states.
 */
export function isIndexLevel(text: string, q: Quantity): boolean {
  if (q.chinese || q.value === null) return false;
  return INDEX_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start)) || RATE_PER_BASE_BEFORE.test(text.slice(Math.max(0, q.start - RATE_WINDOW), q.start));
}
const INDEX_BEFORE = new RegExp(`(?:指数|得分|评分|分值)(?:${LEVEL_VERBS})$`, 'u');
/** A rate whose name holds its base ("万车死亡率", "亿元国内生产总值死亡率"), then a level verb: not 功率, 频率. */
const RATE_PER_BASE_BEFORE = new RegExp(`(?:万|亿元|百万|十万|千)[^，,；;。]{0,14}率(?:${LEVEL_VERBS})$`, 'u');
const RATE_WINDOW = 24;

function isYear(v: number | null): boolean {
  return v !== null && Number.isInteger(v) && v >= 1900 && v <= 2200;
}

/** A power of ten (10, 100, 万 …) before the name of a rate: "10万人死亡率", "每万人口发病率". */
function isRateBase(text: string, q: Quantity): boolean {
  if (q.value === null || !ROUND_BASES.has(q.value) || (q.unit !== null && !BASE_UNITS.test(q.unit))) return false;
  return RATE_AFTER.test(text.slice(q.unitEnd, q.unitEnd + RATE_NAME_MAX + 1));
}
/** Units a rate is counted per: people, vehicles, tonnes, output ("每10万人", "百万吨", "亿元"). */
const BASE_UNITS = /^(?:万|十万|百万|千)?(?:人|人口|车|辆|吨|元)$/u;
const ROUND_BASES = new Set([1, 10, 100, 1000, 10000, 100000, 1000000]);
/** Longest name between a rate's base and its 率 ("生产安全事故死亡": eight characters). */
const RATE_NAME_MAX = 10;
// No verb between the base and the rate: "新建100个村卫生室提高…首诊率" counts clinics.
const RATE_AFTER = new RegExp(`^(?:(?!提高|提升|达到|实现|带动|推动|增加|降低|保持)\\p{Script=Han}){0,${RATE_NAME_MAX}}率`, 'u');
/** Kinds of event a toll of persons classes ("较大事故", "重大火灾"), within a few characters. */
const EVENT_AFTER = /^[^，,；;。、]{0,6}?(?:事故|火灾|灾害|事件|险情|案件)/u;
const EVENT_WINDOW = 10;
/** What a toll counts: the dead, injured or missing ("一次死亡10人", "造成3人以上重伤"), not people to deploy. */
const TOLL_BEFORE = /(?:死亡|遇难|重伤|受伤|失踪|被困|伤亡)$/u;

/** The figure, with a comparator sign before it and its unit after, is all its text holds. */
function isWholeText(text: string, q: Quantity): boolean {
  if (q.start > MAX_CELL_LEAD) return false;
  const lead = text.slice(0, q.start).trim();
  const tail = text.slice(q.unitEnd).trim();
  return (lead === '' || (lead.length === 1 && COMPARATOR_SIGNS.includes(lead))) && (tail === '' || CELL_BOUNDS.has(tail));
}
/** Most characters before a cell's figure: its indentation and a comparator sign. */
const MAX_CELL_LEAD = 4;

/** Words a goal cell may close with ("79以上"). */
const CELL_BOUNDS = new Set(['以上', '以下', '左右', '以内', '及以上', '及以下']);

/** Why `q` cannot be a target, or null when it may be one. */
export function nonTargetReason(shape: TextShape, q: Quantity): NonTargetReason | null {
  const { text } = shape;
  const span = spanAt(shape, q.start);
  if (span === 'title') return 'in-title';
  if (span === 'quote') return 'in-quote';
  if (span === 'docnum') return 'in-brackets';
  // The character before the figure, past one space ("第 3 个", "2026年 4月").
  const prevAt = text[q.start - 1] === ' ' || text[q.start - 1] === '\u3000' ? q.start - 2 : q.start - 1;
  const prev = text[prevAt] ?? '';
  const next = text[q.figureEnd] ?? '';
  if (q.unit === '年' && (isYear(q.value) || isYear(q.min) || isYear(q.max))) return 'date';
  // "2020年3月", "3月15日": a figure right after a year or a month is part of a date ("每年3个" is not).
  if ((prev === '年' || prev === '月') && isNumeralChar(text[prevAt - 1])) return 'date';
  if (q.unit === null && '月日号时点'.includes(next) && next !== '') return 'date';
  if (prev === '第' || (prev === '前' && (q.unit === '位' || q.unit === '名' || q.unit === null))) return 'ordinal';
  if (q.chinese && q.unit === '届' && SESSION_AFTER.test(text.slice(q.unitEnd, q.unitEnd + 6))) return 'ordinal';
  if (text[q.end] === '级' || text[q.unitEnd] === '级') return 'grade';
  if (q.unitClass === 'measure' && DIMENSION_AFTER.test(text.slice(q.end, q.end + 2))) return 'specification';
  if (q.unit !== null && isRating(q.unit, text.slice(q.end, q.end + 5))) return 'specification';
  if (q.unitClass === 'duration' && PLAN_WORDS.test(text.slice(q.unitEnd, q.unitEnd + 2))) return 'plan-name';
  if (q.unitClass === 'duration' && q.chinese && PLAN_NAME_END.test(text.slice(q.unitEnd, q.unitEnd + 14))) return 'plan-name';
  // A letter glued on makes a figure part of a name ("PM2.5", "5G"), unless it opens the unit read
  // after the figure ("47μg/m3" has none; "500MW" does).
  if (LATIN.test(prev) || (LATIN.test(next) && q.unit === null) || prev === '+' || prev === '＋' || next === '+' || next === '＋') return 'name';
  // Ages are thresholds ("年满60周岁", "3周岁"), except as a change ("人均预期寿命再提高1岁"),
  // as the level of a life expectancy ("人均预期寿命提高到80岁"), and as the whole of a text (an
  // indicator table's goal cell, "≥79.2" in the column 2025年 of a row whose unit is 岁).
  if (q.unitClass === 'age' && !/(?:提高|增加|延长|提升)(?:到|至)?$/u.test(text.slice(Math.max(0, q.start - 3), q.start))
    && !/寿命[^，,；;。由从]{0,6}$/u.test(text.slice(Math.max(0, q.start - 8), q.start)) && !isWholeText(text, q)) return 'age';
  if (q.unit === null && !q.half && !isIndexLevel(text, q)) return 'bare';
  if (q.unitClass === 'count' && (DOCUMENT_PARTS.test(text.slice(q.unitEnd, q.unitEnd + 10)) || DOCUMENT_ITEMS.test(text.slice(q.unitEnd, q.unitEnd + 10)))) return 'document-part';
  // "2024年我市实施47项民生实事，具体安排如下": the count of the items the document goes on to list.
  if (q.unitClass === 'count' && introducesList(shape, q)) return 'document-part';
  // "现将《规划》中明确提出的9项具体建设任务…进行责任分解": the notice counting what it hands out.
  if (q.unitClass === 'count' && describesDocument(shape, q)) return 'document-part';
  if (q.unitClass === 'count' && (countsListBefore(shape, q) || announcesList(shape, q) || isBracketedTally(shape, q))) return 'list-count';
  if (isSetPhrase(text, q)) return 'set-phrase';
  if (namesProgramme(text, q)) return 'programme';
  const left = leftContext(shape, q);
  // "每市建成一个", "每个县（市、区）至少建设1所": one per place is a count the places must reach.
  const perPlace = isPerPlace(left);
  if (q.chinese && q.value === 1 && q.comparator === null && q.unitClass === 'count' && !hasPrefixBound(text, q.start)
    && !(perPlace || ENDS_CLAUSE.test(text[q.end] ?? ''))) {
    return 'article';
  }
  if (!perPlace && isRate(left)) return 'rate';
  if (q.unitClass === 'money' && (PER_HEAD_OR_PERIOD.test(left.slice(-8)) || STANDARD_AFTER.test(text.slice(q.end, q.end + 8)) || (q.unit?.includes('/') && !LEVEL_BEFORE.test(left)))) return 'standard';
  if (/最[高长多低少短大小]/u.test(left.slice(-6))) return 'ceiling';
  if (q.unitClass === 'money' && PER_RECIPIENT.test(left)) return 'ceiling';
  if (isFunding(text, left, q)) return 'funding';
  if (prev === '满' || before(text, q.start, '满了')) return 'threshold';
  if (DATED.test(left) && !endsChangeToYear(left)) return 'dated';
  if (FROM.test(left) && TO.test(text.slice(q.end, q.end + 8))) return 'from-value';
  if (STATUS_RE.test(left)) return 'status';
  if (text.startsWith('的基础上', q.end) || text.startsWith('基础上', q.end)) return 'foundation';
  // "城镇人口在20万及以上城市", "年产值500万元以上企业": an amount bounding the noun right after it
  // says which things count; so does one bounded before it where a grant follows its clause (the
  // bar a recipient clears: "收入超过5000万元新材料企业，给予…"; not "总值超过5000亿元台阶", a goal).
  // (A share does not: "90%以上乡镇实现…" is the goal itself.)
  if ((q.unitClass === 'measure' || q.unitClass === 'money') && (q.comparator === 'gte' || q.comparator === 'lte' || (boundedBefore(shape, q) && grantFollows(shape, q)))
    && /^\p{Script=Han}/u.test(text[q.end] ?? '') && !NOT_A_NOUN.test(text.slice(q.end, q.end + 2))) {
    return 'threshold';
  }
  // "1/10000地形图", "1/万比例尺": one per a base is a map's scale, no rate to reach.
  if (q.value === 1 && q.unit !== null && q.unit.startsWith('/')) return 'specification';
  // "职工10万人死亡率", "百万吨死亡率": a round figure before a rate's name is the rate's base.
  if (isRateBase(text, q)) return 'rate';
  // "避免发生一次死亡10人以上特大事故": the toll that defines a class of accident, not a count to reach.
  if ((q.unit === '人' || q.unit === '名') && q.comparator !== null && TOLL_BEFORE.test(text.slice(Math.max(0, q.start - 4), q.start))
    && EVENT_AFTER.test(text.slice(q.end, q.end + EVENT_WINDOW))) return 'threshold';
  if (isConditionClause(shape, q)) return 'condition';
  if (PERMISSION_RE.test(left)) return 'permission';
  if (q.unitClass === 'duration' && '内前后起'.includes(text[q.end] ?? '_') && !isLimitWithin(shape, q)) return 'time-limit';
  if (q.unitClass === 'duration' && text.startsWith('期间', q.end)) return 'time-limit';
  if (q.unitClass === 'duration' && (/(?:经过|历时|花费|利用|再用|用|近|最近|过去|前)$/u.test(left) || /^(?:左右)?时间/u.test(text.slice(q.end, q.end + 4)))) {
    return 'time-span';
  }
  // "15分钟上高速", "30分钟通勤圈": a span that qualifies what follows is part of a measure's name,
  // unless the figure is what a procedure is cut to ("压缩至5个工作日办结").
  if (q.unitClass === 'duration' && /^\p{Script=Han}/u.test(text[q.end] ?? '') && !'的内前后起以左等'.includes(text[q.end]!)
    && !reduceVerbBefore(shape, q.start)) {
    return 'qualifier';
  }
  return null;
}

/**
 * The share or sum a grant pays: named by a noun of funding in the figure's clause right before it
 * ("财政补贴资金1亿元") or capped or set there ("支持比例不超过核定总投资的15%", "单体项目配套资金不超过
 * 1000万元", "补助比例为30%"), or paid by the verb right after the figure ("按购置金额50%予以补助"). Anything else said of
 * the funds is a level they are to reach, a goal ("奖补资金兑付率100%", "补助资金支出进度不低于90%",
 * "奖补资金规模增加到10亿元", "支持资金带动社会投资500亿元").
 */
function isFunding(text: string, left: string, q: Quantity): boolean {
  if (q.unitClass !== 'percent' && q.unitClass !== 'money') return false;
  // The last such noun before the figure: what lies between it and the figure decides.
  let namedEnd = -1;
  FUNDING_NOUN.lastIndex = 0;
  for (let m = FUNDING_NOUN.exec(left); m !== null; m = FUNDING_NOUN.exec(left)) namedEnd = m.index + m[0].length;
  if (namedEnd >= 0) {
    const between = left.slice(namedEnd);
    // "财政补贴资金1亿元": the sum right after its noun is the grant's budget.
    if (between === '' || ((FUNDING_CAP.test(between) || FUNDING_SET.test(between)) && !LEVEL_OF_FUNDS.test(between))) return true;
  }
  return PAID_AFTER.test(text.slice(q.end, q.end + 8));
}
/** Nouns of what a grant pays: its share, sum, standard or cap. Literal alternatives: linear. */
const FUNDING_NOUN = /(?:支持|补助|补贴|奖补|奖励|配套|贴息|资助)(?:比例|资金|额度|标准|金额|上限)/gu;
/** A cap on what a grant pays, between its noun and the figure: "不超过…的", "最高", "原则上不超过". */
const FUNDING_CAP = /不超过|不高于|最高|上限|封顶/u;
/** …or its share or sum set right after the noun: "补助比例为30%". */
const FUNDING_SET = /^为/u;
/** A level the funds are to reach, named between the noun and the figure: a goal, capped or not. */
const LEVEL_OF_FUNDS = /率|进度|规模|带动|撬动/u;
/**
 * A grant paid right after the figure: "50%予以补助", "10万元给予奖励", "50%给予一次性补助". (Not "5亿元补助农村公路建设",
 * a sum the plan arranges, nor "80%的补贴对象".)
 */
const PAID_AFTER = /^(?:予以|给予)(?:一次性)?(?:资金|现金)?(?:补助|补贴|奖补|奖励|资助|贴息)/u;

/** Whether a comparator is written right before the figure ("超过5000万元", "不低于…"). */
function boundedBefore(shape: TextShape, q: Quantity): boolean {
  return prefixComparator(shape.text, q.start, shape.clauseStart(q.start)) !== null;
}

/** Whether what a grant pays follows the figure's clause ("…企业，给予招引企业奖励"). */
function grantFollows(shape: TextShape, q: Quantity): boolean {
  const end = shape.clauseEnd(q.start);
  return (shape.text[end] === '，' || shape.text[end] === ',') && GRANT.test(shape.text.slice(end + 1, end + 1 + GRANT_WINDOW));
}
/** The verbs of what a rule grants: a sum, a reward, a subsidy. */
const GRANT_WORDS = '给予|予以|分别给予|一次性给予|再给予|奖励|补助|补贴';
/** What a rule grants ("给予", "按…给予", "予以补助"). */
const GRANT = new RegExp(`^(?:${GRANT_WORDS}|按[^，,。；;]{0,16}?给予)`, 'u');
/** How far after the clause a grant's verb is sought (按 and a basis of sixteen characters, then 给予). */
const GRANT_WINDOW = 20;
/**
 * What a grant pays one recipient at most ("单个企业可达200万元", "单一平台最高可达100万元"), as
 * "最高" says. Not what one of many is to reach ("单个园区产值达200亿元", a goal).
 */
const PER_RECIPIENT = /单(?:个|一|家|项|户|笔)[^，,；;。0-9０-９]{0,8}?(?:可达|最多|不超过|上限为?)$/u;

/** "至少一所", "不少于一个": a bounded 一 is a real count. */
function hasPrefixBound(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 6), at);
  return /至少|不少于|不低于|超过|以上/u.test(window);
}

/** A count that ends its clause counts; "一个" before a noun (or a quoted name) is an article. */
const ENDS_CLAUSE = /^[，,；;。！!？?\n]?$/u;

/** 每 + a place and a verb that makes something there: "每市建成", "每个乡镇至少办". */
const PER_PLACE = /每个?(?:省|市|州|县|区|乡|镇|乡镇|村|街道|社区|园区|开发区)[^，,；;。每]{0,10}?(?:建成|建设|建立|设立|打造|培育|创建|配备|办|至少|不少于)[^，,；;。每]{0,4}$/u;

/** Whether the clause before a figure (`left`) names every place of a kind and what each makes or has. */
export function isPerPlace(left: string): boolean {
  return PER_PLACE.test(left);
}

/** 每 + a measure before the figure makes it a rate ("每平方米37元", "每一所"); 每年/每月 is recurrence. */
function isRate(left: string): boolean {
  const k = left.lastIndexOf('每');
  if (k < 0 || left.length - k > 5) return false;
  const after = left.slice(k + 1);
  return !/^(年|月|季度|季|周|天|日|半年|届|学年)/u.test(after);
}

/** Whether the clause ending at `end` (its mark) ends in "的" before a comma: "…超过5年的，". */
function endsInCondition(text: string, end: number, floor: number): boolean {
  const mark = text[end];
  if (mark !== '，' && mark !== ',') return false;
  let k = end - 1;
  // Closing parentheses may stand between 的 and the comma; a few at most (keeps this constant-time).
  while (k > floor && k > end - 8 && (text[k] === '）' || text[k] === ')' || text[k] === ' ')) k--;
  return text[k] === '的';
}

/** What a rule grants or requires once its condition holds ("…的，给予一次性补贴", "…的，可申请"). */
const CONSEQUENCE = new RegExp(`^(?:${GRANT_WORDS}|可|按|享受|视为|认定为|纳入|列入|不再|不予|应当|须)`, 'u');
/** How many clauses a condition may run on after the figure's own ("达到1000人次，且…的，给予…"). */
const MAX_CONDITION_CLAUSES = 3;

/**
 * A clause that ends in "的" before a comma states a condition ("…超过5年的，可…"); so does a run of
 * clauses that ends so and is followed by what the rule grants ("…达到1000人次（…），且…的，给予…").
 */
function isConditionClause(shape: TextShape, q: Quantity): boolean {
  const { text } = shape;
  const end = shape.clauseEnd(q.start);
  if (endsInCondition(text, end, q.start)) return true;
  const start = wordsStart(text, shape.clauseStart(q.start), q.start);
  if (/^(凡|如果|如|若|对于)/u.test(text.slice(start, start + 4))) return true;
  // "对年收入超过1亿元的平台企业，给予…": 对 opens the things a grant is for, and the clauses up to
  // the noun the 的 qualifies are the bar they must clear, when a grant follows (not 对接, 对口 …;
  // not "对全市1000个行政村的污水设施，按标准完成改造", a goal).
  const granted = text[start] === '对' && !NOT_PREPOSITION_DUI.test(text.slice(start, start + 2));
  const grants = (at: number) => GRANT.test(text.slice(at, at + GRANT_WINDOW));
  const sentenceEnd = shape.sentenceEnd(q.start);
  let clauseEnd = end;
  if (granted && endsInNamedCondition(text, end, q.start)) return grants(end + 1);
  for (let hops = 0; hops < MAX_CONDITION_CLAUSES && clauseEnd < sentenceEnd && (text[clauseEnd] === '，' || text[clauseEnd] === ','); hops++) {
    const next = shape.clauseEnd(clauseEnd + 1);
    if (endsInCondition(text, next, clauseEnd + 1)) return CONSEQUENCE.test(text.slice(next + 1, next + 6));
    if (granted && endsInNamedCondition(text, next, clauseEnd + 1)) return grants(next + 1);
    clauseEnd = next;
  }
  return false;
}
/** 对 opening a word of its own, no preposition: 对接, 对口, 对标, 对外, 对照, 对应, 对于 (read above), 对比, 对话. */
const NOT_PREPOSITION_DUI = /^对(?:接|口|标|外|照|应|于|比|话)/u;

/** Where a clause's words start, past the heading marker of an item that opens with it ("4. 对…"). */
function wordsStart(text: string, start: number, before: number): number {
  const marker = openingMarker(text.slice(start, Math.min(before, start + MARKER_MAX)));
  if (marker === null) return start;
  let i = text.indexOf(marker, start) + marker.length;
  while (i < before && /\s/u.test(text[i]!)) i++;
  return i;
}
/** Longest heading marker looked for at a clause's start ("（十二）", "第一百条"). */
const MARKER_MAX = 12;

/** Whether the clause ending at `end` ends in "的" and the noun it qualifies before a comma: "…以上的海外仓，". */
function endsInNamedCondition(text: string, end: number, floor: number): boolean {
  const mark = text[end];
  if (mark !== '，' && mark !== ',') return false;
  for (let k = end - 1; k > floor && k >= end - 1 - NAMED_NOUN_MAX; k--) {
    if (text[k] === '的') return k < end - 1;
    if (!/\p{Script=Han}/u.test(text[k]!)) return false;
  }
  return false;
}
/** Longest noun a condition's 的 qualifies before the comma ("平台主体企业", "跨境电子商务企业"). */
const NAMED_NOUN_MAX = 10;

/** 每 + a head or a month before an amount: "每月1000元", "每人每年2000元", "每户一次性5万元" (a plain 每年 may budget a goal). */
const PER_HEAD_OR_PERIOD = /每(?:人|户|月|天|日|次|床|名|位|家|所|个|亩|吨|平方米)[^，,；;。0-9０-９]{0,5}$/u;
/**
 * A verb that sets the level an amount per head reaches ("劳动生产率达到7万元/人"): a goal, not the
 * standard of a payment ("补助2000元/人").
 */
const LEVEL_BEFORE = new RegExp(`(?:${LEVEL_VERBS})$`, 'u');
/** An amount named as the standard of a payment: "按2000元标准补助", "2000元/人/年". */
const STANDARD_AFTER = /^(?:的)?(?:标准|[／/](?:人|户|月|年|天|次|床|平方米))/u;

/**
 * The name of a dimension right after a measure: "3.8米直径新一代火箭", "60米跨径桥梁", "5米宽度
 * 的通道". The measure is then the attribute that specifies the noun after it (as a grade in 级
 * does), not an amount to reach: an amount stands before the thing it measures ("建设100公里高速
 * 公路"), a specification before the dimension it fills. (The one-character adjectives 宽, 高, 深
 * are left out: they open too many words, 宽带, 高标准, 深加工, before which a measure is an amount.)
 */
const DIMENSION_AFTER = /^(?:直径|口径|半径|跨径|跨度|孔径|管径|宽度|长度|高度|厚度|深度|线宽|制程)/u;

/**
 * A rating before what it rates, as a dimension before its noun: a voltage class before the lines
 * or stations it names ("完成10kV配电线路改造", "110千伏及以上变电站"), a weight or volume before 装, a
 * package's size ("推广10kg装小包装大米"). The amount to reach comes after ("…改造120公里").
 */
function isRating(unit: string, after: string): boolean {
  if (VOLTAGES.has(unit)) return RATED_BY_VOLTAGE.test(after);
  return PACKED.has(unit) && after.startsWith('装');
}
const VOLTAGES = new Set(['千伏', '伏', 'kV']);
const RATED_BY_VOLTAGE = /^(?:及以上|及以下|以上|以下)?(?:线路|配电|变电|输电|输变电|电网|电压|主变|开关|变压器|架空|电缆)/u;
const PACKED = new Set(['克', '千克', '公斤', '斤', '升', '毫升', 'kg']);

/** Characters that start a numeral, as a second numeral in a fixed phrase ("五位一体", "三去一降一补"). */
const PHRASE_NUMERAL = '一二两三四五六七八九十';

/**
 * A Chinese numeral inside a fixed phrase, not a quantity: "一次性", and a count written right before
 * another numeral that counts nothing ("五位一体", "两个一百年"; but "两个十万亩基地" counts).
 */
function isSetPhrase(text: string, q: Quantity): boolean {
  if (!q.chinese) return false;
  if (text[q.unitEnd] === '性') return true;
  // "新一轮", "新一代", "新一届": "a new …", no count of rounds.
  if (q.value === 1 && text[q.start - 1] === '新' && text[q.start] === '一') return true;
  if (isOrderTerm(text, q)) return true;
  const next = text[q.unitEnd] ?? '';
  if (q.unitClass !== 'count' || next === '' || !PHRASE_NUMERAL.includes(next)) return false;
  // The next numeral counts something when a unit or a scale follows it.
  let k = q.unitEnd;
  while (k < text.length && k < q.unitEnd + 4 && '一二两三四五六七八九十百千万亿'.includes(text[k]!)) k++;
  return !/^(?:[万亿]|个|项|家|所|名|人|亩|公里|米|吨|元|座|条)/u.test(text.slice(k, k + 2)) && !'百千万亿'.includes(text[k - 1]!);
}

/** What may follow a count of times in the clause it belongs to: marks, comparators, function words. */
const AFTER_TIMES = /^(?:[，,；;。：:、）)\n]|的|以|及|左右|等|和|或|并|为|是|$)/u;

/**
 * "三次产业", "二次供水", "一次能源", "初次分配": a single Chinese numeral with 次 right before a noun
 * is the order of a thing (a lexicalised term, as "三级" is a tier), not a number of times. A
 * frequency set as a goal follows what is done ("每年开展培训3次", "检查不少于两次") or is bounded
 * ("至少开展两次"); a term has neither.
 */
function isOrderTerm(text: string, q: Quantity): boolean {
  if (q.unit !== '次' || q.numeralEnd - q.start !== 1 || q.comparator !== null) return false;
  if (!/^\p{Script=Han}/u.test(text[q.unitEnd] ?? '') || AFTER_TIMES.test(text.slice(q.unitEnd, q.unitEnd + 2))) return false;
  return !hasPrefixBound(text, q.start);
}

/** A programme's name after its count: "民生工程", "专项行动", "重点计划", "民生实事". */
const PROGRAMME_AFTER = /^[^，,；;。、：:（）()《》“”0-9０-９]{0,6}?(?:工程|行动|计划|战略|实事|攻坚战)(?![0-9０-９])/u;

/**
 * A count in Chinese numerals that names a programme rather than sets a number to reach: "实施
 * 十项民生工程", "三个计划". Such a label counts the programmes the document goes on to describe
 * (as "五大行动" does); a goal counts in figures ("新建20项重大水利工程") or bounds its count
 * ("至少建设三个示范工程").
 */
function namesProgramme(text: string, q: Quantity): boolean {
  if (!q.chinese || q.unitClass !== 'count' || q.comparator !== null || q.value === null || q.value < 2) return false;
  if (hasPrefixBound(text, q.start)) return false;
  return PROGRAMME_AFTER.test(text.slice(q.unitEnd, q.unitEnd + 12));
}

/** How far back a list counted by the figure after it may start. */
const LIST_WINDOW = 120;

/** Counts of kinds, which restate a classification rather than set a number to reach. */
const KIND_UNIT = /^(?:种|类|大类|个方面|个领域)$/u;
const KIND_NOUN = /^[^，,；;。、0-9０-９]{0,10}?(?:类型|类别|方式|方面|领域)/u;

/**
 * The count of a list written right before it, in its clause: "矿山修复、农田修复、…、生态系统质量提升
 * 九种生态修复类型", "北京、天津和上海等11个城市". The items are joined by "、" (and perhaps one 和/及/与).
 * A count of kinds always restates its list; any other count does when it closes a list of three or
 * more with no verb of its own after the list ("A、B、C新增企业3家" counts what is added; "冶金、化工等2个
 * 产业链" may be what a goal makes).
 */
function countsListBefore(shape: TextShape, q: Quantity): boolean {
  const { text } = shape;
  const value = q.value;
  if (value === null || !Number.isInteger(value) || value < 2 || value > 40) return false;
  // A count that restates its list is exact; one bounded ("等创新平台5个以上", "不少于3个") is a
  // number to reach, whatever the length of the list before it.
  if (q.comparator !== null || hasPrefixBound(text, q.start)) return false;
  const from = Math.max(shape.clauseStart(q.start), q.start - LIST_WINDOW);
  let marks = 0;
  let last = -1;
  let joiner = false;
  let itemStart = from;
  for (let k = from; k < q.start; k++) {
    const ch = text[k];
    if (ch === '、') {
      // "国家级、省级重点实验室": a level word before 、 grades the next item, it is no item itself.
      if (!isLevelWord(text.slice(itemStart, k))) {
        marks++;
        last = k;
      }
      itemStart = k + 1;
    } else if ((ch === '和' || ch === '及' || ch === '与') && marks > 0) joiner = true;
  }
  if (marks === 0) return false;
  const items = marks + 1;
  if (value !== items && !(joiner && marks >= 2 && value === items + 1)) return false;
  const unit = text.slice(q.figureEnd, q.unitEnd);
  if (KIND_UNIT.test(unit) || KIND_NOUN.test(text.slice(q.end, q.end + 14))) return true;
  const verb = commitVerbBefore(shape, q.start);
  return marks >= 2 && (verb === null || verb.start < last);
}

/**
 * A level of government or of recognition closing a list item: "国家级", "省级", "市（州）级", or the
 * first item after its verb ("新增国家级、市级…").
 */
const LEVEL_WORD = /(?:国家|国际|部|省|市|州|县|区|乡|镇|村|地市|县区|区县|市县|省市|市州|世界|全国)(?:[（(][^）)]{1,4}[）)])?级$/u;

function isLevelWord(item: string): boolean {
  return LEVEL_WORD.test(item.trim());
}

/** "以下5类", "下列三种", "分为四类：": a count announcing the list that follows it. */
function announcesList(shape: TextShape, q: Quantity): boolean {
  const { text } = shape;
  if (/(?:以下|下列|如下|下述)$/u.test(text.slice(Math.max(0, q.start - 3), q.start))) return true;
  // The count ends its clause at a colon ("主要包括三类："), or at a comma before the words that
  // name its items ("共计4条，分别是…", "共5项，主要为…").
  let k = q.end;
  while (k < text.length && k < q.end + 6 && !'：:，,；;。\n'.includes(text[k]!)) k++;
  if (k - q.end > 2) return false;
  if (text[k] === '：' || text[k] === ':') return true;
  // …but at a comma only a total of a text's own provisions ("共计4条") is one: "新增企业40家，
  // 包括省级企业10家" sets a goal and then its part.
  return (text[k] === '，' || text[k] === ',') && ITEMS_NAMED.test(text.slice(k + 1, k + 4)) && TOTAL_OF_ITEMS.test(text.slice(Math.max(0, q.start - 2), q.unitEnd));
}
/** What names the items a count announces, after its comma. */
const ITEMS_NAMED = /^(?:分别是|分别为|主要为|主要是|包括|即)/u;
/** A total of a text's own provisions: 共 or 共计 before a count of 条, 款 or 类 (项 counts projects too). */
const TOTAL_OF_ITEMS = /共计?[0-9０-９一二三四五六七八九十百]+[条类款]$/u;

/** How a notice opens the sentence that says what it does with its own items: "现将", "特将", "现就". */
const NOTICE_OPENING = /(?:现将|特将|现把|现就|兹将)/u;
/** …and the verbs by which it hands them out: "进行责任分解", "印发给你们", "列出如下", "分工如下". */
const NOTICE_VERB = /分解|印发|列出|如下|分工/u;
/** How far the opening may stand before the count, and the verb after it. */
const NOTICE_WINDOW = 60;

/**
 * A count in a sentence by which the document describes itself: "现将…提出的9项具体建设任务和7项重点
 * 建设项目进行责任分解", "现将…12项重点工作分解如下". It counts the tasks it hands out, and sets none.
 */
function describesDocument(shape: TextShape, q: Quantity): boolean {
  const sentence = shape.sentenceStart(q.start);
  const before = shape.text.slice(Math.max(sentence, q.start - NOTICE_WINDOW), q.start);
  if (!NOTICE_OPENING.test(before)) return false;
  const end = shape.sentenceEnd(q.start);
  return NOTICE_VERB.test(shape.text.slice(q.end, Math.min(end + 1, q.end + NOTICE_WINDOW)));
}

/**
 * "重点工作的落实（共86项，…）": a bracket opened by a total counts the items of work the sentence
 * names; it is no goal. Items only (项, 条, 件): "（共建成3个）" has a verb, and a bracketed total of
 * things to build may restate a goal.
 */
function isBracketedTally(shape: TextShape, q: Quantity): boolean {
  const { text } = shape;
  if (!TALLY_BEFORE.test(text.slice(Math.max(0, q.start - 4), q.start)) || !TALLY_UNITS.has(q.unit ?? '')) return false;
  // "完成老旧小区改造项目（共计120项）": a total of what a verb commits to restates the goal; a purpose
  // ("为抓好…的落实（共86项）") commits to nothing.
  const open = Math.max(text.lastIndexOf('（', q.start), text.lastIndexOf('(', q.start));
  const clause = text.slice(shape.clauseStart(open), open);
  return PURPOSE_OPENING.test(clause) || commitVerbBefore(shape, open) === null;
}
/** A clause that says what something is for: "为抓好…", "为了…". */
const PURPOSE_OPENING = /^(?:为了|为)/u;
const TALLY_BEFORE = /[（(](?:共|共计|合计|总计)$/u;
const TALLY_UNITS = new Set(['项', '条', '件']);

/** A sentence that announces what follows ("…，具体安排如下：") counts the document's own items. */
function introducesList(shape: TextShape, q: Quantity): boolean {
  const end = shape.sentenceEnd(q.start);
  if (end - q.end > 24) return false;
  return /如下[：:]?\s*$/u.test(shape.text.slice(q.end, Math.min(shape.text.length, end + 1)).replace(/[。.]$/u, ''));
}
