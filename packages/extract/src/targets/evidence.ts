/**
 * Whether the text commits to a quantity: the evidence that separates a goal ("建设50所…",
 * "达到70%") from a figure that describes, allocates or regulates ("比例为90%", "给予6个月的过渡期").
 *
 * Two kinds of evidence:
 * - a commitment verb in the figure's clause (建设, 达到, 新增, 压缩至 …), and
 * - a goal context: the section (or an ancestor) is titled as goals (目标, 指标), or a deadline
 *   lead-in ("到2020年，") or a goal label ("具体指标：") opened the running text before the figure,
 *   or a deadline phrase ("到2025年全省…") stands earlier in its sentence.
 * Figures whose unit rarely states a goal (durations, money, multiples, frequencies) need more.
 */
import type { Comparator } from '@policyc/model';
import type { TextShape } from './clauses.js';
import type { Quantity } from './figures.js';

/** Verbs that commit to reaching or making a quantity; the one nearest before the figure counts. */
const COMMIT_VERBS = [
  '达到', '超过', '突破', '实现', '完成', '建设', '建立', '建成', '新建', '创建', '培育', '打造', '形成',
  '研制', '开发', '新增', '增加到', '增加至', '增至', '增长', '提高', '提升', '扩大', '降低', '降至', '下降',
  '减少', '减至', '压缩', '压减', '缩短', '缩小', '控制在', '稳定在', '保持在', '力争', '培养', '引进', '推动',
  '遴选', '精选', '评选', '认定', '组建', '设立', '布局', '带动', '吸引', '惠及', '覆盖', '扶持', '孵化',
  '招引', '储备', '新招', '培训', '支持建设', '争创', '创成', '翻', '制定', '开拓', '推出', '改造', '实施', '推进', '帮扶',
  // Building and creating as plans write it: "新创…学校30所", "改扩建幼儿园70所", "新（改、扩）建…".
  '新创', '扩建', '改建', '新（改、扩）建', '新(改、扩)建', '新（改扩）建', '新(改扩)建',
  // Building as the same verb's compounds: "构建…数据集", "搭建…平台". (Not 研发: it modifies the
  // noun it stands in far more often than it governs one, "生产研发基地", "研发投入".)
  '构建', '搭建',
  '增加', '扩充',
  // Funds a plan commits: "各级财政共计划安排1157.45亿元", "安排地方专项债券4000亿元". (Not 投资: as
  // often the noun of a measure, "公路水路投资800亿元以上", as the verb, "今明两年投资530亿元".)
  '安排',
  // What a year's plan of work undertakes to see through: "抓好600个省级重点项目", "办好10件民生实事".
  '抓好', '办好',
  // What a plan ensures: "确保粮食播种面积34.2万亩以上".
  '确保',
  // Events a plan holds: "举办促消费活动150场次".
  '举办',
  // Choosing, sending, funding and rallying the people or bodies a programme counts, as 遴选 and
  // 扶持 do: "选拔资助不少于100名青年科技人员", "选派1000名人才赴海外培训", "发动100家社会组织". (Not
  // 支持, 组织, 转化, 服务: as often nouns or terms of an incentive, "社会组织", "成果转化激励方面（共4项）",
  // "优先支持…1家符合条件的园区".)
  '选拔', '选派', '资助', '发动',
];
/** Verbs that compare a measure with a figure rather than make the things counted. */
const COMPARATIVE_VERBS = new Set(['达到', '超过', '突破', '实现', '完成', '增长', '提高', '提升', '降低', '下降', '减少', '达', '降']);
/** One-character verbs, which count only right before the figure ("规模达1000亿元", "资费再降10%"). */
const ADJACENT_VERBS = ['达', '降'];
/**
 * Verbs that set a duration to a level: shortening a procedure ("压缩至5个工作日以内") or raising a
 * span ("受教育年限提高到11.3年"). The only way a time span is a goal outside a goal context.
 */
const REDUCE_VERBS = [
  '压缩至', '压缩到', '压缩在', '压减至', '压减到', '缩短至', '缩短到', '缩减至', '缩减到', '缩小至', '缩小到', '减至', '减少至',
  '减少到', '降至', '降低至', '降低到', '控制在', '提高到', '提高至', '提升到', '提升至', '延长到', '延长至',
];
/** The verbs of REDUCE_VERBS that cut a span down, written right before the span they cut it to. */
const CUT_TO_VERBS = REDUCE_VERBS.filter((v) => /^(?:压|缩|减|降)/u.test(v));
/** Measures that are themselves time spans: a figure in years after them is their level. */
const SPAN_MEASURE = /年限|寿命|时长/u;
/** Words of benefits and charges: figures about them are terms of a measure. */
const BENEFIT = /补贴|奖励|补助|资助|贴息|扣除|减免|返还|奖补|税|费率|利率|租金|首付|保费|贷款|担保|收费|价格/u;
/** Verbs that cut a level down to a ceiling. */
const CUT_VERB = /降|压|控制|减/u;
/** "给予20万元…": an amount granted. */
const GRANT_BEFORE = /给予/u;
/** "…20万元一次性奖补", "5万元奖励": the benefit an amount is, written after it. */
const GRANT_AFTER = /^(?:的)?(?:一次性)?[^，,；;。、的0-9０-９]{0,4}?(?:补贴|奖励|补助|资助|贴息|奖补|扶持|支持资金|资金支持|经费|津贴)/u;
/** Labels in running text that open a list of goals. */
const GOAL_LABELS = ['目标', '指标'].flatMap((noun) => ['', '为', '是', '如下'].flatMap((tail) => ['：', ':'].map((colon) => `${noun}${tail}${colon}`)));
/** Section titles that hold goals ("发展目标", "主要指标"); a long run-in title merely mentions them. */
const GOAL_TITLE = /目标|指标/u;
const MAX_GOAL_TITLE = 16;

export interface VerbHit {
  verb: string;
  start: number;
  end: number;
}

const WINDOW = 40;
/**
 * How far a verb may stand before its figure across an enumeration of the things counted ("新增
 * 国家级、市级重点实验室、产业技术研究院…等创新平台5个以上"): a list closed by 等 and a class noun
 * is one object however many items it names, so the verb before it governs the figure after it.
 */
const LIST_WINDOW = 120;
/** An enumeration closed by 等 before the figure: "A、B、C等创新平台". */
const CLOSED_LIST = /、[^，,；;。：:、]{1,24}等[^，,；;。：:、等]{0,12}$/u;

/**
 * Commitment verbs by the char code of their last character, so a backward scan tests only those
 * that can end there (by code: the scan asks at every character, and `text[i]` makes a string).
 */
const BY_LAST = new Map<number, string[]>();
for (const verb of COMMIT_VERBS) {
  const last = verb.charCodeAt(verb.length - 1);
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), verb]);
}
const NO_VERBS: readonly string[] = [];
const TITLE_OPEN = '《'.charCodeAt(0);
const TITLE_CLOSE = '》'.charCodeAt(0);

/** The verb of the list that ends at `end` and starts latest (not before `from`), or null. */
function verbEndingAt(text: string, end: number, from: number): VerbHit | null {
  let hit: VerbHit | null = null;
  for (const verb of BY_LAST.get(text.charCodeAt(end - 1)) ?? NO_VERBS) {
    const start = end - verb.length;
    if (start >= from && text.startsWith(verb, start) && (!hit || start > hit.start)) hit = { verb, start, end };
  }
  return hit;
}

/** Characters that close a noun made of a verb: a rate, a value. */
const NOUN_ENDS = new Set(['率', '值']);

/** Words that sum figures up over a span: "…年累计", "…年共计", "…年共安排" (not 共同). */
export const SUM_WORDS = '累计|共计|合计|总计|共(?!同)';

/**
 * Spending as the predicate of a span that opens its clause ("今明两年投资530亿元", "三年内累计投入
 * 50亿元", "每年投入不少于500万元"): what the plan does in that time, right before the sum. (After a
 * noun 投资 and 投入 are nouns, "公路水路投资800亿元", "研发投入"; inside a clause, after its subject,
 * a span sets a condition, "新引进项目三年内累计投资1亿元的", "项目须在两年内投资…": see COMMIT_VERBS.)
 */
const TIMED_SPENDING = new RegExp(`^(?:今明两年|今后[一二三四五两]年|[今明]年|每年|年均|[0-9０-９]{4}(?:年?[—–\\-－~～至到][0-9０-９]{4})?年|[一二三四五六七八九十两0-9０-９]+年(?:内|间)?)(?:全[省市区县州])?(?:${SUM_WORDS})?(投资|投入)(?:约|超过|达|不少于|不低于)?$`, 'u');

/** The commitment verb nearest before `at` in its clause (within a bounded window), or null. */
export function commitVerbBefore(shape: TextShape, at: number): VerbHit | null {
  const { text } = shape;
  const clauseStart = shape.clauseStart(at);
  let from = Math.max(clauseStart, at - WINDOW);
  if (from > clauseStart && CLOSED_LIST.test(text.slice(from, at))) from = Math.max(clauseStart, at - LIST_WINDOW);
  const spending = TIMED_SPENDING.exec(text.slice(clauseStart, at));
  if (spending !== null) {
    const verb = spending[1]!;
    const start = clauseStart + spending[0].lastIndexOf(verb);
    return { verb, start, end: start + verb.length };
  }
  // One-character verbs count only right before the figure ("规模达1000亿元"), and not as the end of
  // a verb of the list ("下降15%" is 下降's).
  if (verbEndingAt(text, at, from) === null) {
    for (const verb of ADJACENT_VERBS) if (at - verb.length >= from && text.startsWith(verb, at - verb.length)) return { verb, start: at - verb.length, end: at };
  }
  for (let end = at; end > from; end--) {
    // A title cited in 《》 is a name: a verb inside it ("《实施…项目，惠及群众1万人》10个方案")
    // governs nothing outside. Scanned past whole; a clause opened inside one has no verb of its own.
    if (text.charCodeAt(end - 1) === TITLE_CLOSE) {
      let open = end - 2;
      while (open >= from && text.charCodeAt(open) !== TITLE_OPEN) open--;
      if (open < from) return null;
      end = open + 1;
      continue;
    }
    const hit = verbEndingAt(text, end, from);
    // A verb before 的 modifies a noun ("2016年实施的24项措施"); it commits to nothing.
    if (!hit || (text[hit.end] === '的' && hit.end < at)) continue;
    // A verb that a noun's last character follows is part of the noun: "增加值" (value added),
    // "覆盖率", "完成率", "建成区" (a built-up area).
    if (NOUN_ENDS.has(text[hit.end] as string) || (hit.verb === '建成' && text[hit.end] === '区')) continue;
    // Overlapping verbs are one word: "压减至" holds 压减 and 减至.
    let best = hit;
    for (let inner = hit.end - 1; inner > hit.start; inner--) {
      const other = verbEndingAt(text, inner, from);
      if (other && other.start < best.start) best = { verb: text.slice(other.start, hit.end), start: other.start, end: hit.end };
    }
    return best;
  }
  return null;
}

/**
 * Whether a commitment verb stands in `[from, to)` of the text (a bounded stretch: linear in it).
 * Not one negated: "不超过2分" sets a ceiling, it commits to nothing.
 */
export function hasCommitVerb(text: string, from: number, to: number): boolean {
  for (let end = from + 1; end <= to; end++) {
    const hit = verbEndingAt(text, end, from);
    if (hit && text[hit.start - 1] !== '不') return true;
  }
  return false;
}

/** Verbs of completion that may follow what they complete: "4条高速公路提前建成", "3个项目竣工投产". */
const COMPLETION_VERBS = ['建成', '竣工', '投产', '投用', '通车', '开工', '达标', '开通', '上线', '落地', '完工', '完成'];
/** Adverbs between the counted noun and its completion verb. */
const COMPLETION_ADVERBS = /(?:提前|全面|全部|基本|如期|按期|顺利|陆续|率先|全部|均|要|将|力争|争取)$/u;
/** How far the completion verb may follow the figure: a short noun and an adverb. */
const COMPLETION_WINDOW = 16;

/**
 * A completion verb after the noun a count or a measure names: "4条高速公路提前建成", "改造管网12公里
 * 全部完工" are commitments as much as "建成4条高速公路". Not when the phrase only sets the time of
 * something else ("3个项目建成后", "建成的").
 */
export function commitVerbAfter(shape: TextShape, q: Quantity): VerbHit | null {
  if (q.unitClass !== 'count' && q.unitClass !== 'measure') return null;
  const { text } = shape;
  const end = Math.min(shape.clauseEnd(q.start), q.end + COMPLETION_WINDOW);
  const between = text.slice(q.end, end);
  let best: VerbHit | null = null;
  for (const verb of COMPLETION_VERBS) {
    const k = between.indexOf(verb);
    if (k > 0 && (!best || q.end + k < best.start)) best = { verb, start: q.end + k, end: q.end + k + verb.length };
  }
  if (!best) return null;
  const noun = text.slice(q.end, best.start).replace(COMPLETION_ADVERBS, '');
  // The noun counted: words, no other figure, no mark of a fact (已), a condition or a qualifier (的).
  if (noun === '' || /[0-9０-９的已、和及与（(]/u.test(noun)) return null;
  if (/^(?:后|的|之后|以后|时|前)/u.test(text.slice(best.end, best.end + 2))) return null;
  return best;
}

export function reduceVerbBefore(shape: TextShape, at: number): boolean {
  const from = Math.max(shape.clauseStart(at), at - WINDOW);
  const left = shape.text.slice(from, at);
  return REDUCE_VERBS.some((v) => left.includes(v));
}

/** What a procedure is to be done by within a time limit: "3个工作日内办结", "7日内完成审批". */
const DONE_WITHIN = /^(?:完成|办结|办理|办完|审结|受理完毕)/u;
/**
 * Words that make a limit the time of one step of a rule or of a goal, not a limit committed to:
 * "应在5个工作日内完成初核", "在受理申请后1个月内完成", "确保1年内完成合同用量".
 */
const TIMED_STEP = /在|于|应当|须|确保|力争|争取|之日起|后的?$/u;
/** How long one item of a list of time limits may be ("、环评报告表7个工作日内"). */
const MAX_LIMIT_ITEM = 20;
/** How many items such a list may hold. */
const MAX_LIMIT_ITEMS = 8;

/**
 * A time limit that a procedure is done within: "环评报告书14个工作日内完成审批", or an item of a list
 * of limits that ends so ("报告书14个工作日内、报告表7个工作日内完成审批"), or the span a verb cuts a
 * procedure to ("缩短至100个工作日内"). It bounds the time the way "压缩至90个工作日以内" does (lte);
 * "30日内" alone ("30日内报送") only says when, and is no goal.
 */
export function isLimitWithin(shape: TextShape, q: Quantity): boolean {
  const { text } = shape;
  if (q.unitClass !== 'duration' || text[q.unitEnd] !== '内') return false;
  if (TIMED_STEP.test(text.slice(Math.max(shape.clauseStart(q.start), q.start - WINDOW), q.start))) return false;
  // "缩短至100个工作日内": the span a procedure is cut to, written as the limit it is done within
  // (not "控制在5个工作日内", which holds a step to a time).
  if (CUT_TO_VERBS.some((v) => text.endsWith(v, q.start))) return true;
  if (TIMED_STEP.test(text.slice(Math.max(shape.clauseStart(q.start), q.start - WINDOW), q.start))) return false;
  let k = q.unitEnd + 1;
  // Past the later items of the list, each closing with its own 内; windows keep every step bounded.
  for (let items = 0; items < MAX_LIMIT_ITEMS && text[k] === '、'; items++) {
    const item = text.slice(k + 1, k + 1 + MAX_LIMIT_ITEM);
    const close = item.indexOf('内');
    if (close < 0 || /[，,；;。、\n]/u.test(item.slice(0, close))) return false;
    k += close + 2;
  }
  return DONE_WITHIN.test(text.slice(k, k + 4));
}

/** "占…的": the figure after it is the share of a whole. */
const SHARE_OF = /占[^，,；;。]{1,24}的$/u;

/** Words by which a clause commits to bring something about ("确保…", "力争实现…"). */
const ENSURE = /确保|力争|争取|实现|推动|覆盖/u;

/**
 * A share of a noun that the clause commits to bring about: "确保50%的城市社区建成…", "力争实现20%的
 * 村集体年收入超30万元". Unlike "占全国60％以上的产业优势", which describes what is.
 */
export function isEnsuredShare(shape: TextShape, q: Quantity): boolean {
  if (q.unitClass !== 'percent' || shape.text[q.end] !== '的') return false;
  const from = Math.max(shape.clauseStart(q.start), q.start - WINDOW);
  return ENSURE.test(shape.text.slice(from, q.start));
}

/**
 * Among goals, a share of a noun that the clause says reaches a state: "到2013年底，70%左右的村达到
 * 生态文明村标准" (the clause's verb after the noun, not before the share as 确保 stands).
 */
export function isShareReaching(shape: TextShape, q: Quantity): boolean {
  if (q.unitClass !== 'percent' || shape.text[q.end] !== '的') return false;
  return REACHES_AFTER.test(shape.text.slice(q.end + 1, Math.min(shape.clauseEnd(q.start), q.end + 1 + WINDOW)));
}
/** The noun, then a verb of reaching a state. */
const REACHES_AFTER = /^[^，,；;。]{1,16}?(?:达到|建成|实现|完成|通过)/u;

/**
 * Titles of indicators that score or assess rather than aim: "积分制入户指标体系及分值表", "考核评价
 * 指标". Their figures are points and thresholds.
 */
const SCORING_TITLE = /分值|评分|计分|积分|打分/u;

export function isGoalTitle(title: string): boolean {
  if (SCORING_TITLE.test(title)) return false;
  // A heading that runs in as a label and a colon ("（一）2017年主要目标任务：全年…增长3%…") is
  // titled by its label as far as goals go: its title runs to the first 。, over the goals it lists.
  const colon = title.search(/[：:]/u);
  const label = colon > 0 ? title.slice(0, colon) : title;
  // A longer title that ends on its goals names them as its subject ("完成年度…重点工作指标任务"),
  // where one that runs on past the word merely mentions them.
  return (label.length <= MAX_GOAL_TITLE && GOAL_TITLE.test(label)) || (label.length <= MAX_GOAL_SUBJECT_TITLE && GOAL_TITLE_END.test(label));
}
/** "…指标任务", "…目标", "…主要指标": the goals a title ends on. */
const GOAL_TITLE_END = /(?:目标|指标)(?:任务)?$/u;
const MAX_GOAL_SUBJECT_TITLE = 30;

/** A table's header line opens with its number column. */
const TABLE_HEADER = /^[|｜\s]*序\s*号/u;
/** A table's title is a line, not a sentence. */
const MAX_TABLE_TITLE = 40;

/**
 * Whether a section's own text ends with a table's title and header, the title naming goals:
 * "2016年《政府工作报告》量化指标任务分工" over "序号 工作任务 牵头负责部门". The table's rows, the
 * section's children, then hold goals as the rows of a section titled so do.
 */
export function endsWithGoalTable(text: string): boolean {
  // Only the last two lines that hold text are read, from the end.
  const header = lastLine(text, text.length);
  if (header === null || !TABLE_HEADER.test(header.line)) return false;
  const title = lastLine(text, header.start);
  if (title === null) return false;
  const t = title.line;
  return t.length <= MAX_TABLE_TITLE && GOAL_TITLE.test(t) && !SCORING_TITLE.test(t) && !/[。，,；;：:]/u.test(t);
}

/** The last line before `end` that holds text (trimmed), and where it starts; null when there is none. */
function lastLine(text: string, end: number): { line: string; start: number } | null {
  let to = end;
  while (to > 0) {
    const start = text.lastIndexOf('\n', to - 1) + 1;
    const line = text.slice(start, to).trim();
    if (line !== '') return { line, start };
    to = start - 1;
  }
  return null;
}

/** Section titles that review the past or the present ("发展基础", "主要成效", "面临的形势", "规划背景"). */
const PAST_TITLE = /现状|成效|成就|进展|回顾|发展基础|工作基础|取得|形势|背景/u;
const EXPECTED = /预期|目标|指标/u;
/**
 * What a plan's heading aims at in the words of a review: results that are new ("取得人居环境整治新
 * 成绩", "农村改革取得新突破", "实现新进展") or real ("取得实效") are yet to come. Not in a heading
 * that names its year ("2021年农业农村工作取得新进展"): a summary's review of that year.
 */
const RESULTS_AHEAD = /(?:取得(?!的)[^，,；;。的]{0,12}?)?新(?:成绩|成效|成就|进展|突破|进步)|取得实效/gu;
const NAMES_YEAR = /[0-9０-９]{4}年|[〇零一二三四五六七八九]{4}年/u;

/** Whether a section reports facts rather than goals: its figures are baselines, not targets. */
export function isPastTitle(title: string): boolean {
  const reviewed = NAMES_YEAR.test(title) ? title : title.replace(RESULTS_AHEAD, '');
  return title.length <= 24 && PAST_TITLE.test(reviewed) && !EXPECTED.test(title);
}

/**
 * A document that lists the practical projects (实事) a government undertakes for the year ("2022年
 * 区政府要完成的…实事", "关于印发2024年民生实事项目的通知"): each item is a pledge, its figures its
 * goals. Not a report on them ("…实事项目推进情况", "…完成情况").
 */
export function isPledgeListTitle(title: unknown): boolean {
  return typeof title === 'string' && PLEDGE_LIST.test(title) && !PLEDGE_REPORT.test(title);
}
/** 实事 as the noun of a list: "民生实事", "实事项目", "…的实事", "十件实事" (not 实事求是, nor a campaign to 办实事). */
const PLEDGE_LIST = /民生实事|惠民实事|实事项目|的实事|件实事|项实事|实事清单/u;
const PLEDGE_REPORT = /情况|进展|进度|总结|报告|成效|评估|考核|回顾/u;

/** Titles of a register of projects: "重大项目表", "2025年重点建设项目汇总表", "项目清单". */
const REGISTER_TITLE = /项目[^，,；;。]{0,6}?(?:表|清单|一览|名录)$|项目库$/u;

/** Whether a section lists projects: each row's 建设内容与规模 and 投资 describe a project, not a goal. */
export function isRegisterTitle(title: string): boolean {
  const t = title.trim();
  return t.length <= 40 && REGISTER_TITLE.test(t) && !TASK_VERB_OPENING.test(t);
}

/** A title that opens with a verb is a task about a register ("建立重大项目清单"), not the register. */
const TASK_VERB_OPENING = /^(?:建立|实施|完善|推进|加强|制定|编制|梳理|形成|谋划|储备|动态|健全|用好|做好|抓好)/u;

/** The columns that mark a project register's header: what is built, and what it costs or takes. */
const REGISTER_CONTENT = ['建设内容', '建设规模'];
const REGISTER_OTHER = /投资|项目名称|工期|建设年限|建设期限|建设性质/u;
/** How far apart the header's columns may be (a table flattened a cell a line puts them on lines of their own). */
const HEADER_SPAN = 120;
/** A header cell on a line of its own is short ("建设内容及规模"). */
const MAX_HEADER_CELL = 20;

/**
 * Where a project register's header starts in the text (the start of its line), or -1: a 建设内容 or
 * 建设规模 column next to an 投资 / 项目名称 / 工期 column.
 */
export function registerHeaderAt(text: string): number {
  for (const word of REGISTER_CONTENT) {
    for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + word.length)) {
      const from = Math.max(0, k - HEADER_SPAN);
      const near = text.slice(from, k + word.length + HEADER_SPAN);
      const m = REGISTER_OTHER.exec(near);
      if (!m) continue;
      // A header is a table's: a cell a line, or a row a line with cell marks. Running text that names
      // the columns ("明确建设内容、投资规模和进度安排") is not one.
      // Only a window around the hit is read: a header line is short, or a row of cells within
      // reach (on text with no line breaks a whole-line search would be quadratic).
      const lo = Math.max(0, k - HEADER_SPAN);
      const hi = Math.min(text.length, k + word.length + HEADER_SPAN);
      const back = text.slice(lo, k).lastIndexOf('\n');
      const ahead = text.slice(k, hi).indexOf('\n');
      const lineStart = back >= 0 ? lo + back + 1 : lo;
      const lineEnd = ahead >= 0 ? k + ahead : hi;
      const line = text.slice(lineStart, lineEnd);
      const whole = (back >= 0 || lo === 0) && (ahead >= 0 || hi === text.length);
      if ((!whole || line.trim().length > MAX_HEADER_CELL) && !/[|｜\t]|\S[ \u3000]{2,}\S/u.test(line)) continue;
      const first = Math.min(k, from + m.index);
      return text.lastIndexOf('\n', first - 1) + 1;
    }
  }
  return -1;
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
  /**
   * The document is a body of rules (see `TargetOptions.rules`): outside goal context its figures
   * are norms, not goals.
   */
  rules?: boolean;
  /**
   * A deadline is in force where the figure stands (the year of the plan, or of a lead-in over its
   * section): the text plans for a time, as the terms of a measure need not.
   */
  dated?: boolean;
}

/** What was read around a quantity, for the decision. */
export interface Around {
  /** Where a prefix comparator begins (or where the figure does). */
  prefixStart: number;
  /** The comparator written (prefix or suffix), null when none is. */
  comparator: Comparator | null;
  /** The commitment verb before the figure, if any. */
  verb: VerbHit | null;
  /** The figure qualifies a noun: "60％以上的产业优势", "超过30人、井深超过800米的矿山". */
  describes: boolean;
  /**
   * Where the list of figures `q` opens or belongs to ends ("40万元、30万元、20万元服务奖励": after 20万元),
   * so that what follows the list is read for each of them; `q.end` when it stands alone.
   */
  listEnd?: number;
}

/**
 * "耕地保有量不低于12.5万亩，": in a plan for a year (see `Context.dated`), a measure held to a floor
 * or a ceiling, the bound right after the measure's name and the figure closing its clause, is a
 * level the plan commits to keeping, as "确保…" would say. Not a noun the figure qualifies ("不低于
 * 1000万元的项目": `describes`), nor an amount of money, nor in a body of rules, nor in a sentence
 * that states who qualifies ("申报企业研发人员不少于10人", "须满足：员工人数不少于100人"): conditions.
 */
function isBoundedLevel(shape: TextShape, q: Quantity, prefixStart: number): boolean {
  const { text } = shape;
  if (prefixStart >= q.start || !LEVEL_BOUNDS.has(text.slice(prefixStart, prefixStart + 3))) return false;
  if (!MEASURE_NAME_END.test(text[prefixStart - 1] ?? '')) return false;
  if (!CLAUSE_CLOSE.test(text.slice(q.end, q.end + 2))) return false;
  return !CONDITION_WORDS.test(text.slice(shape.sentenceStart(q.start), prefixStart));
}
const LEVEL_BOUNDS = new Set(['不低于', '不少于', '不小于', '不超过', '不高于', '不大于', '不多于']);
/** The last character of a measure's name: a word, not a verb's particle or a modal ("应不低于" is a norm). */
const MEASURE_NAME_END = /^(?![的应须需要可为在将])\p{Script=Han}$/u;
/** What may follow a level that closes its clause: its end, or a bracketed note on it. */
const CLAUSE_CLOSE = /^(?:[，,。；;（(]|$)/u;
/** Words of a sentence that sets the conditions someone must meet, not a level to reach. */
const CONDITION_WORDS = /申报|申请|条件|满足|符合|对象|入驻|入选|准入|资格|第[一二三四五六七八九十百零〇0-9]+条/u;

/** The size of a thing made, between its verb and the figure: "（总）规模", "首期规模", "一支资金规模". */
const SIZE_OF_MADE = /^(?:一支|一只|一个)?(?:总|首期|初始|资金|基金)?规模(?:为|达|达到|约)?$/u;

/** Whether the text commits to `q`. */
export function isCommitted(ctx: Context, q: Quantity, around: Around): boolean {
  const { shape } = ctx;
  const { text } = shape;
  const { prefixStart, comparator, verb, describes } = around;
  const goal = ctx.inGoalContext(q.start);
  // "累计任职不超过两届", "一位专家不同时担任超过3个…": the limits, terms and thresholds a regulation
  // sets bind whoever it governs; only where it states goals ("到2025年，…达到…") are they targets.
  if (ctx.rules === true && !goal) return false;
  const adjacent = verb !== null && q.start - verb.end <= 2;
  // A figure that qualifies a noun ("60％以上的产业优势", "6个月的过渡期", "超过1亿元的企业")
  // describes it, unless a verb that makes things right before makes it the object counted
  // ("建设10个左右的科技创新平台").
  const counted = adjacent && q.unitClass === 'count' && !COMPARATIVE_VERBS.has(verb.verb);
  // …or the size of what a verb makes ("组建总规模100亿元的工业发展基金"): the scale is the goal.
  // (Not a bar on the size: "新建规模1万平方米以上的厂房" qualifies what is rewarded.)
  const sized = verb !== null && !COMPARATIVE_VERBS.has(verb.verb) && (comparator === null || comparator === 'approx') && SIZE_OF_MADE.test(text.slice(verb.end, q.start));
  if (describes && !counted && !sized && !isEnsuredShare(shape, q) && !(goal && isShareReaching(shape, q))) return false;
  const clauseBefore = text.slice(Math.max(shape.clauseStart(q.start), q.start - WINDOW), q.start);
  // "X的50%" is a share of something else: a rule ("返还…的50%"), unless a verb commits to it or
  // it states a part of a whole among goals ("文化和旅游产业增加值占GDP的12%").
  if (text[q.start - 1] === '的' && !verb && !(goal && SHARE_OF.test(clauseBefore))) return false;
  const coverage = q.unitClass === 'percent' && /^全?覆盖/u.test(text.slice(q.end, q.end + 3));
  // Rates and amounts of a benefit or a charge ("加计扣除比例提高至100%", "贷款贴息") set a measure's
  // terms, not a goal, unless the text states them among its goals.
  const after = around.listEnd ?? q.end;
  const granted = q.unitClass === 'money' && GRANT_AFTER.test(text.slice(after, after + 10));
  // …but a charge cut to a ceiling is a goal: "企业综合融资费率降至1.5%以下".
  const chargeCut = q.unitClass === 'percent' && (comparator === 'lte' || comparator === 'lt') && verb !== null && CUT_VERB.test(verb.verb);
  if (!goal && !chargeCut && (q.unitClass === 'percent' || q.unitClass === 'money' || q.unitClass === 'multiple') && (BENEFIT.test(clauseBefore) || granted)) {
    return false;
  }
  // An amount something is given ("给予20万元一次性奖补") is a term of a measure even among goals.
  if (q.unitClass === 'money' && GRANT_BEFORE.test(clauseBefore)) return false;
  const reduced = q.unitClass === 'duration' && (reduceVerbBefore(shape, q.start) || isLimitWithin(shape, q));
  // Chinese numerals fill names and set phrases ("三年滚动计划", "上一轮"); they count only right
  // after a verb, bounded by a comparator in goal context, or as a shortened time ("减至半个月").
  // A compound numeral ("一万二千", "三十五") is a plain figure; single characters are the risk.
  const compound = q.chinese && q.numeralEnd - q.start >= 2 && (q.value ?? q.min ?? 0) >= 10;
  if (q.chinese && !q.half && !reduced && !compound) return adjacent || (goal && comparator !== null);
  switch (q.unitClass) {
    case 'duration':
      // A span that is itself the measure: "平均受教育年限达到10.5年".
      return reduced || goal || (verb !== null && COMPARATIVE_VERBS.has(verb.verb) && SPAN_MEASURE.test(clauseBefore));
    case 'frequency':
    case 'score':
      return goal;
    case 'money':
    case 'multiple':
      return goal || verb !== null;
    default:
      // "一半" is a goal only as a bounded share ("占…一半以上", "超过一半"), never as "压缩一半".
      if (q.half) return goal && (comparator !== null || text[prefixStart - 1] === '占');
      return goal || verb !== null || coverage || (ctx.dated === true && isBoundedLevel(shape, q, prefixStart));
  }
}
