/**
 * Years in running text and what they say about the targets near them.
 *
 * A year can set a deadline ("到2020年", "2025年底前", "2020年初步建成", "到“十三五”末"), start a
 * measure ("从2019年起"), give a baseline ("比2015年提高"), date a fact ("截至2019年底") or just be
 * a date. Deadlines govern text in two scopes:
 * - a lead-in (a deadline opening a sentence and followed by "，": "到2020年，……") governs the rest of
 *   its block, and, from a parent section's own text, the child sections too; a later lead-in in the
 *   same block governs the rest of its own paragraph;
 * - any other deadline governs the rest of its sentence ("2020年底前实现…58项…，2021年底前实现…74项").
 * A span's last year is a deadline where the span frames goals ("2023—2025年，…", "2021至2025年的具体
 * 目标"); a bare year opening a sentence is one when it lies after the year the document is dated.
 */
import { hasCommitVerb, SUM_WORDS } from './evidence.js';
import { figureStarts } from './figures.js';
import { isArabicDigitAt, isChineseNumeralChar, readNumeral } from './numerals.js';
import { spanAt, type TextShape } from './clauses.js';
import { partitionPoint } from '../search.js';

export type TimeRole = 'deadline' | 'start' | 'baseline' | 'status' | 'date';

export interface TimeMention {
  role: TimeRole;
  year: string;
  start: number;
  end: number;
  /** A deadline that opens its sentence and is followed by "，": it governs the rest of the block. */
  leadIn: boolean;
}

/**
 * Five-year plans by number: the Nth plan since the 10th (2001–2005) ends in 2005 + 5·(N − 10).
 * "十三五" → 2020, "十四五" → 2025. Earlier plans did not follow the five-year grid and are not read.
 */
function planEndYear(n: number): string | null {
  return n >= 10 && n <= 30 ? String(2005 + 5 * (n - 10)) : null;
}

const PLAN_ORDINALS: Record<string, number> = { '': 10, 一: 11, 二: 12, 三: 13, 四: 14, 五: 15, 六: 16, 七: 17, 八: 18, 九: 19 };

/** Words before a year that make it something other than a deadline. */
const BEFORE_ROLE: [string, TimeRole][] = [
  ['截至', 'status'], ['截止', 'status'], ['截止到', 'status'],
  ['比', 'baseline'], ['较', 'baseline'], ['与', 'baseline'], ['同', 'baseline'], ['相比', 'baseline'],
  ['从', 'start'], ['自', 'start'], ['于', 'date'],
];
/** Words before a year that make it a deadline. */
const DEADLINE_PREFIXES = ['展望', '到', '至', '在'];
/** Words after a bare "N年" that make it a date or part of a span, not a deadline. */
const AFTER_DATE = ['度', '版', '的', '、', '和', '与', '及', '或', '至', '到', '-', '—', '－', '~', '～', '）', ')', '”', '》', '，', ','];
/** Marks that open a name: a year right before one dates the name. */
const NAME_OPENERS = '“《〈「"';
/** Words after "N年[底|末]" that make it the start of a measure. */
const AFTER_START = ['起', '开始', '以来', '以后', '后'];
/**
 * What a year's report, review or settlement is called after "YYYY年度", perhaps after a short noun
 * ("年度报告", "年度工作报告", "年度个人所得税汇算"): it dates that, no goals.
 */
const YEAR_REVIEW_AFTER = /^[\u4e00-\u9fff]{0,5}?(?:报告|考核|总结|评估|评价|公报|统计|决算|审计|绩效|汇算|结算|清算|考评|述职)/u;
/** What lists a year after another ("2024年度、2025年度分别…"): the years of a list date no goal alone. */
const YEAR_LISTED_BEFORE: ReadonlySet<string> = new Set(['、', '和', '及', '与']);
/** How far after 年度 a report's or review's word is sought. */
const YEAR_REVIEW_WINDOW = 9;
/** Words that may open a sentence before a lead-in year ("力争到2020年，"). */
const LEAD_OPENERS = ['力争', '争取', '预计', '计划', '目标是', '主要目标是', '总体目标是', '具体目标是', '其中', '同时', '此外'];

function endsWith(text: string, word: string, end: number): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}

function roleBefore(text: string, at: number): TimeRole | null {
  for (const [w, role] of BEFORE_ROLE) if (endsWith(text, w, at)) return role;
  return null;
}

/** Whether `at` opens a sentence (after the block start, an end mark, "：", or an opener word). */
function opensSentence(shape: TextShape, at: number): boolean {
  const { text } = shape;
  let i = beforeLeadOpener(text, at);
  // Any indent: ASCII, ideographic or typographic spaces (U+2002–U+200A, as some editors indent with).
  while (i > 0 && text[i - 1] !== '\n' && /\s/u.test(text[i - 1]!)) i--;
  if (i === 0) return true;
  const prev = text[i - 1]!;
  if ('。！？!?；;：:\n'.includes(prev)) return true;
  // "按照国家部署，到2025年，…", "《方案》提出，到2025年，…": a clause that only introduces the goals.
  if (prev !== '，' && prev !== ',') return false;
  const from = shape.sentenceStart(i - 1);
  if (i - 1 - from > MAX_CITING_INTRO) return false;
  // "根据《某某行动方案（2021-2025年）》（某府〔2020〕8号）相关目标任务，到2025年，…": a cited title
  // and its number are one word of the introduction, however long they are written.
  const clause = text.slice(from, i - 1).replace(CITED_TITLE, '《》').replace(BRACKETED_NOTE, '');
  return clause.length <= MAX_INTRO && !/[，,]/u.test(clause) && INTRODUCES.test(clause);
}

/** Introductory clauses are short. */
const MAX_INTRO = 30;
/** …once the documents they cite are counted as one word each; written out, they may run long. */
const MAX_CITING_INTRO = 240;
/** A document cited by its title: "《某某行动方案（2021-2025年）》". */
const CITED_TITLE = /《[^《》\n]{1,80}》/gu;
/** A bracketed note such as a cited document's number: "（某府〔2020〕8号）". */
const BRACKETED_NOTE = /[（(][^（()）\n]{1,40}[）)]/gu;

/** A clause that introduces what follows: "根据规划", "按照…要求", "《方案》明确". */
const INTRODUCES = /^(?:根据|按照|依据|对照)|(?:提出|明确|要求|强调|指出|规定)$/u;

/** Reads "N月[D日]" after a year; returns its end. */
function skipMonthDay(text: string, at: number): { end: number; hasMonth: boolean } {
  let i = at;
  let hasMonth = false;
  const month = readNumeral(text, i);
  if (month && !month.multiplier && text[month.end] === '月') {
    i = month.end + 1;
    hasMonth = true;
    const day = readNumeral(text, i);
    if (day && !day.multiplier && (text[day.end] === '日' || text[day.end] === '号')) i = day.end + 1;
  }
  return { end: i, hasMonth };
}

/** What a year mention can open with (see the readers used by `findTimeMentions`), by char code. */
const MENTION_START = new Uint8Array(0x10000);
for (const ch of '0123456789０１２３４５６７８９一二两三四五六七八九十') MENTION_START[ch.charCodeAt(0)] = 1;

/** Every year mention in the text, in order. Linear in the text. */
/**
 * `goalsFrom` is the first year the document's goals may fall in: the year it is dated, else the
 * first year of the span its title plans for ("三年行动方案（2022—2024年）"). A bare year from then
 * on opening a sentence ("2022年，全市新建…") leads in that year's goals. `spansFrom` is the year
 * spans of years count from ("三年内": three years after it), the year it is dated by default;
 * `programmeFrom`, the first year of the programme the document states (see `programmeStart`).
 */
export function findTimeMentions(
  shape: TextShape, spansFrom: number | null = null, goalsFrom: number | null = spansFrom, starts: readonly number[] = figureStarts(shape.text), programmeFrom: number | null = null,
): TimeMention[] {
  const { text } = shape;
  const out: TimeMention[] = [];
  const length = text.length;
  let k = 0;
  for (let i = 0; i < length; i++) {
    // Every mention opens with a digit or a Chinese numeral: the readers below are asked only there.
    // Each opens where a figure may (MENTION_START is a part of FIGURE_START), so the block's figure
    // starts, found once for both readers, are walked instead of its characters.
    while (k < starts.length && (starts[k]! < i || MENTION_START[text.charCodeAt(starts[k]!)] !== 1)) k++;
    if (k >= starts.length) break;
    i = starts[k]!;
    const relative = readRelative(shape, i, spansFrom, programmeFrom);
    if (relative) {
      out.push(relative);
      i = relative.end - 1;
      continue;
    }
    const plan = readPlan(text, i);
    if (plan) {
      out.push(classify(shape, plan.start, plan.end, plan.year, true, goalsFrom));
      i = plan.end - 1;
      continue;
    }
    const chinese = readChineseYear(text, i);
    if (chinese) {
      out.push(classify(shape, i, chinese.end + 1, chinese.year, false, goalsFrom));
      i = chinese.end;
      continue;
    }
    if (!isArabicDigitAt(text, i) || (i > 0 && isArabicDigitAt(text, i - 1))) continue;
    const n = readNumeral(text, i);
    if (!n || n.multiplier || n.end - i !== 4 || text[n.end] !== '年' || n.value < 1900 || n.value > 2200) {
      if (n) i = Math.max(i, n.end - 1);
      continue;
    }
    out.push(classify(shape, i, n.end + 1, String(n.value), false, goalsFrom));
    i = n.end;
  }
  return out;
}

const CHINESE_DIGITS = '〇零一二三四五六七八九';

/** Words before "N年时间" that make it the time a campaign is given: "用3年时间", "经过三年努力". */
const CAMPAIGN_BEFORE = /(?:用|利用|通过|经过|再用|花)$/u;
/** Words before "N年" that make it the years ahead: "未来五年", "今后三年". */
const AHEAD_BEFORE = /(?:未来|今后)$/u;
/** Words by which a clause commits to a time limit: "力争三年内", "确保两年内". */
const COMMITTING_BEFORE = /(?:力争|争取|确保|计划|预计)$/u;
/** Relative spans longer than this are horizons, not deadlines. */
const MAX_RELATIVE_YEARS = 10;

/**
 * A deadline counted from the year the document is dated: "三年内" (within three years: dated 2019,
 * due 2022), "用3年时间" / "经过三年努力" / "未来三年" (a campaign of three years, or the years ahead,
 * starting in the year it is dated: 2019–2021, due 2021). A span whose first year is written before
 * it ("2012年起5年内", "从2021年开始，用3年时间"), or set by the document's programme (`programmeFrom`),
 * ends N−1 years after that year. Null for anything else, ranges ("2—3年内") included.
 */
function readRelative(shape: TextShape, i: number, docYear: number | null, programmeFrom: number | null): TimeMention | null {
  const { text } = shape;
  // Read a numeral only from its first character, so a long run is not re-read from each of its characters.
  if (!isArabicDigitAt(text, i) && !'一二两三四五六七八九十'.includes(text[i] ?? '_')) return null;
  if (i > 0 && (isArabicDigitAt(text, i - 1) || isChineseNumeralChar(text[i - 1]!))) return null;
  const n = readNumeral(text, i);
  if (!n || n.multiplier || n.upper !== null || !Number.isInteger(n.value) || n.value < 1 || n.value > MAX_RELATIVE_YEARS) return null;
  if (text[n.end] !== '年') return null;
  const written = startWrittenBefore(text, i);
  const first = written ?? programmeFrom;
  if (first === null && docYear === null) return null;
  /** The last year of a span whose first year is known, or that starts in the year it is dated. */
  const lastYear = (first ?? docYear!) + n.value - 1;
  let end = n.end + 1;
  if (text.startsWith('左右', end)) end += 2;
  const within = ['之内', '内'].find((w) => text.startsWith(w, end));
  const before = text.slice(Math.max(0, i - 2), i);
  let start = i;
  let year: number;
  if (AHEAD_BEFORE.test(before)) {
    // "未来五年", "今后三年（内）": the years ahead, the one it is written in the first of them.
    if (within) end += within.length;
    start = i - 2;
    year = lastYear;
  } else if (within) {
    end += within.length;
    // "三年内，…", "力争三年内实现…": a horizon for goals. Elsewhere "N年内" bounds a rule or a
    // condition ("1年内计分不超过2分", "一年内开展服务达到1000人次的").
    const comma = text[end] === '，' || text[end] === ',';
    // "近5年内", "过去三年内" look back.
    if (/(?:近|最近|过去|前)$/u.test(before)) return null;
    // So is a span a start year opens, or one that opens a clause committing to make something
    // ("5年内重点引进…"; not "1年内计分不超过2分", a rule's limit).
    if (!comma && written === null && !COMMITTING_BEFORE.test(before) && !opensCommitment(shape, i, end)) return null;
    // Within N years of the year it is dated: the span starts the year after.
    year = first !== null ? lastYear : docYear! + n.value;
  } else {
    const campaign = CAMPAIGN_BEFORE.exec(before);
    const span = ['时间', '努力'].find((w) => text.startsWith(w, end));
    if (!campaign || !span) return null;
    start = i - campaign[0].length;
    end += span.length;
    year = lastYear;
  }
  // "力争用3年时间，…" opens the goals that follow, as "到2025年，" does.
  const comma = text[end] === '，' || text[end] === ',';
  return { role: 'deadline', year: String(year), start, end, leadIn: comma && opensSentence(shape, start) };
}

/** A start year right before a span of years: "2012年起", "从2021年开始，用", "自2021年起，利用", "自2020年起的". */
const START_BEFORE = /(?:^|[^0-9０-９])([0-9０-９]{4})年(?:起|开始)[，,]?(?:力争)?(?:利用|通过|用|在|的)?$/u;
/** How far before a span its start year may be written. */
const START_WINDOW = 12;

/** The year a span of years starting at `at` is said to start in, or null. */
function startWrittenBefore(text: string, at: number): number | null {
  const m = START_BEFORE.exec(text.slice(Math.max(0, at - START_WINDOW), at));
  const year = m ? Number(m[1]!.normalize('NFKC')) : NaN;
  return year >= 1900 && year <= 2200 ? year : null;
}

/**
 * The first year of the span of years a document's programme runs, stated as the lead into its
 * goals ("2012年起5年内，大力实施…", opening a sentence, a comma after it): its other spans ("5年内…",
 * in a later item) count from it as that one does. Not a term of a measure inside a sentence
 * ("新办企业自2025年起3年内免征…"). Null when none is written. Linear: one search of each text.
 */
export function programmeStart(texts: string[]): number | null {
  for (const text of texts) {
    for (const m of text.matchAll(PROGRAMME_START)) {
      const year = Number(m[1]!.normalize('NFKC'));
      if (year >= 1900 && year <= 2200) return year;
    }
  }
  return null;
}
const PROGRAMME_START = /(?:^|[\n。：:；;])[ \t\u3000]*(?:从|自)?([0-9０-９]{4})年(?:起|开始)[，,]?(?:力争)?(?:利用|通过|用|在)?(?:[1-9１-９]|[一二两三四五六七八九十])年(?:内|之内|时间)[，,]/gu;

/** How far after a span the verb of the clause it opens may stand. */
const SPAN_VERB_WINDOW = 40;

/**
 * Whether the span `[at, end)` opens a clause (after the block start, a line end or a clause or
 * sentence mark, spaces aside) in which a commitment verb follows it.
 */
function opensCommitment(shape: TextShape, at: number, end: number): boolean {
  const { text } = shape;
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && /\s/u.test(text[i - 1]!)) i--;
  // After a clause or sentence mark, a line's start, or the heading marker opening the line ("（一）5年内…").
  // The line's start within MAX_MARKER back, sought in that window only (a long line is not scanned).
  const window = text.slice(Math.max(0, i - MAX_MARKER - 1), i);
  const newline = window.lastIndexOf('\n');
  const lineStart = newline >= 0 ? i - window.length + newline + 1 : i <= MAX_MARKER ? 0 : -1;
  const opens = i === 0 || '。！？!?；;：:，,\n'.includes(text[i - 1]!) || (lineStart >= 0 && MARKER_BEFORE.test(text.slice(lineStart, i)));
  return opens && hasCommitVerb(text, end, Math.min(shape.clauseEnd(at), end + SPAN_VERB_WINDOW));
}
/** A heading marker alone between its line's start and a span (the line's start read up to MAX_MARKER back). */
const MARKER_BEFORE = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[）)]|[0-9０-９]{1,2}[.．、])$/u;
const MAX_MARKER = 12;

/** "二〇二〇年": four Chinese digits read one by one, then 年. */
function readChineseYear(text: string, i: number): { end: number; year: string } | null {
  if (text[i] !== '一' && text[i] !== '二') return null;
  if (i > 0 && CHINESE_DIGITS.includes(text[i - 1]!)) return null;
  let year = '';
  for (let k = 0; k < 4; k++) {
    const d = CHINESE_DIGITS.indexOf(text[i + k] ?? '');
    if (d < 0) return null;
    year += String(d === 1 ? 0 : d > 1 ? d - 1 : 0);
  }
  return text[i + 4] === '年' ? { end: i + 4, year } : null;
}

/** "十三五" (quoted or not) followed by 末/时期/期间/规划…; the year is the plan's last. */
function readPlan(text: string, i: number): { start: number; end: number; year: string } | null {
  if (text[i] !== '十') return null;
  let mid: string;
  const next = text[i + 1] ?? '';
  if (next !== '' && next in PLAN_ORDINALS && text[i + 2] === '五') mid = next;
  else if (text[i + 1] === '五') mid = '';
  else return null;
  let end = i + mid.length + 2;
  const quoted = (text[i - 1] === '“' || text[i - 1] === '"') && (text[end] === '”' || text[end] === '"');
  if (quoted) end++;
  const tail = ['规划期末', '规划末', '期末', '末期', '末', '时期', '期间', '规划'].find((w) => text.startsWith(w, end));
  if (!quoted && !tail) return null;
  const year = planEndYear(PLAN_ORDINALS[mid]!);
  if (!year) return null;
  return { start: quoted ? i - 1 : i, end: end + (tail?.length ?? 0), year };
}

/** A year written alone, with no word of time limit around it. */
const BARE_YEAR = /^(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年$/u;

/** Marks that join the two years of a span ("2023—2025年", "2021至2025年", "2021年至2025年"). */
const SPAN_MARKS = '至到—–-－~～';
/** What a span frames when it frames goals: "…年的具体目标", "…年主要指标". */
const SPAN_GOALS = /^的?(?:主要|具体|总体|发展|工作|预期|阶段)?(?:目标|指标|任务)/u;

/** A sum over a span: its words, perhaps after 间 or the whole place ("…年间累计", "…年全市累计"). */
const SPAN_SUM = new RegExp(`^(?:间|期间)?(?:全[省市区县州])?(?:${SUM_WORDS})`, 'u');

/** Where the first year of a span ending in the year at `start` begins, or -1 when none does. */
function spanStart(text: string, start: number): number {
  if (!SPAN_MARKS.includes(text[start - 1] ?? '_')) return -1;
  let k = start - 1;
  if (text[k - 1] === '年') k--;
  let digits = 0;
  while (digits < 4 && isArabicDigitAt(text, k - 1)) {
    k--;
    digits++;
  }
  return digits === 4 && !isArabicDigitAt(text, k - 1) ? k : -1;
}

/** How far back in its clause a change's starting year is looked for. */
const CHANGE_WINDOW = 40;

/** "由2020年的…" or "从2020年…" earlier in the clause before `at`: the change starts from a year. */
function changeFromYearBefore(shape: TextShape, at: number): boolean {
  const from = Math.max(shape.clauseStart(at), at - CHANGE_WINDOW);
  return /[由从][0-9０-９]{4}年/u.test(shape.text.slice(from, at));
}

/** A year mention's reading. (A function of the module, not a closure per year read.) */
function timeMention(year: string, start: number, role: TimeRole, end: number, leadIn = false): TimeMention {
  return { role, year, start, end, leadIn };
}

function classify(shape: TextShape, start: number, yearEnd: number, year: string, plan: boolean, goalsFrom: number | null): TimeMention {
  const { text } = shape;
  // Years in the title of another document ("《…（2014-2020年）》") date that document.
  if (spanAt(shape, start) === 'title') return timeMention(year, start, 'date', yearEnd);
  let end = yearEnd;
  let deadlineWord = plan;
  if (!plan) {
    const md = skipMonthDay(text, end);
    end = md.end;
    const marker = ['年底前', '年末前', '底前', '末前', '前', '年底', '年末', '底', '末'].find((w) => text.startsWith(w, end));
    if (marker) {
      end += marker.length;
      deadlineWord = true;
    } else if (md.hasMonth) {
      return timeMention(year, start, 'date', end);
    }
  }
  const before = roleBefore(text, start);
  if (before === 'date' && !deadlineWord) return timeMention(year, start, 'date', end);
  if (before && before !== 'date') return timeMention(year, start, before, end);
  if (AFTER_START.some((w) => text.startsWith(w, end))) return timeMention(year, start, 'start', end);
  // "确定2022年度…控制目标为7%": the year's goals, due that year, when the year is the document's
  // or later ("2021年度考核结果" in a plan of 2022 reports), and it names no report or review of
  // the year ("2026年度报告显示…").
  if (!plan && text[end] === '度') {
    // "2025年度起": the year from which, not by which; "2024年度、2025年度分别…": a list of years, each its own.
    if (AFTER_START.some((w) => text.startsWith(w, end + 1))) return timeMention(year, start, 'start', end + 1);
    if (goalsFrom !== null && Number(year) >= goalsFrom && !DEADLINE_PREFIXES.some((w) => endsWith(text, w, start))
      && !YEAR_REVIEW_AFTER.test(text.slice(end + 1, end + 1 + YEAR_REVIEW_WINDOW)) && !AFTER_DATE.includes(text[end + 1] ?? '_') && !YEAR_LISTED_BEFORE.has(text[start - 1] ?? '_')) {
      return { role: 'deadline', year, start, end: end + 1, leadIn: false };
    }
  }
  const spanFrom = spanStart(text, start);
  if (spanFrom >= 0) {
    // A span's last year is a deadline where the span frames goals: "2023—2025年，全市累计…",
    // "明确2021至2025年的具体目标为：…". Elsewhere it only dates ("政策期限为2016年至2018年").
    if ((text[end] === '，' || text[end] === ',') && opensSentence(shape, spanFrom)) return { role: 'deadline', year, start: spanFrom, end, leadIn: true };
    if (SPAN_GOALS.test(text.slice(end, end + 8))) return { role: 'deadline', year, start: spanFrom, end, leadIn: false };
    // "2018—2021年累计安排…不低于30亿元": a sum over the span, opening its sentence, is due by its end.
    if (SPAN_SUM.test(text.slice(end, end + 5)) && opensSentence(shape, spanFrom)) return { role: 'deadline', year, start: spanFrom, end, leadIn: false };
    return timeMention(year, start, 'date', end);
  }
  // "由2020年的2.5万亿元增长至2025年的3.7万亿元": the later year of a change is when it is due.
  if (text[end] === '的' && (endsWith(text, '至', start) || endsWith(text, '到', start)) && changeFromYearBefore(shape, start)) {
    return { role: 'deadline', year, start: start - 1, end, leadIn: false };
  }
  // "到2021年的5481万公里": a year qualifying a noun dates a value, whatever precedes it.
  if (text[end] === '的') return timeMention(year, start, 'date', end);
  const prefix = DEADLINE_PREFIXES.find((w) => endsWith(text, w, start));
  // "2016年至2018年": the second year closes a span, it is no deadline.
  if ((prefix === '至' || prefix === '到') && endsWith(text, '年', start - prefix.length)) return timeMention(year, start, 'date', end);
  const comma = text[end] === '，' || text[end] === ',';
  // "2007年，全市…达到96%以上" in a document dated 2005, "2025年，力争…达到2.95%" in one dated 2025:
  // a year opening a sentence is a horizon from the document's own year on. An earlier year tells
  // what was done ("2021年，全市完成…" in a plan of 2022), and a review section holds no goals.
  if (!prefix && !deadlineWord && comma && goalsFrom !== null && Number(year) >= goalsFrom && opensSentence(shape, start)) {
    return timeMention(year, start, 'deadline', end, true);
  }
  // "出台…和2022年“智改数转”工作推进方案": a bare year before a quoted or titled name is the
  // edition of that document or campaign, not a time limit, unless it opens its sentence.
  if (!prefix && !deadlineWord && NAME_OPENERS.includes(text[end] ?? '_') && !opensSentence(shape, start)) {
    return timeMention(year, start, 'date', end);
  }
  if (!prefix && !deadlineWord && AFTER_DATE.some((w) => text.startsWith(w, end))) {
    // A bare year before "，" reports that year's facts; before "、", "）"… it is part of a list or span.
    return timeMention(year, start, 'date', end);
  }
  const from = prefix ? start - prefix.length : start;
  // "…的商业模式，到2025年，推广新能源汽车100万辆以上": "到" and a year set off by commas opens
  // the goals after it however long the clause before it, as one opening its sentence does.
  const opensGoals = comma && (opensSentence(shape, from) || (prefix === '到' && afterComma(text, from)));
  return { role: 'deadline', year, start: from, end, leadIn: opensGoals || (!comma && prefix === '到' && isHorizon(shape, from, end)) };
}

/** Whether a comma stands right before `at` (a lead word such as 力争 between them allowed). */
function afterComma(text: string, at: number): boolean {
  const i = beforeLeadOpener(text, at);
  return text[i - 1] === '，' || text[i - 1] === ',';
}

/** Where a lead word before `at` ("力争到2027年") starts, or `at` itself. */
function beforeLeadOpener(text: string, at: number): number {
  const opener = LEAD_OPENERS.find((w) => endsWith(text, w, at));
  return opener ? at - opener.length : at;
}

/**
 * "…的集聚区，力争到2027年将我市打造成为全国重要的氢能装备中心。" over the goals that follow: "到"
 * and a year opening a clause of a sentence that sets no figure names the horizon of the block's
 * goals, as a lead-in does. A sentence with a figure after the year is a goal of its own, and the
 * year is its deadline alone.
 */
function isHorizon(shape: TextShape, from: number, end: number): boolean {
  const { text } = shape;
  const i = beforeLeadOpener(text, from);
  const prev = i === 0 ? '\n' : text[i - 1]!;
  if (!'，,。；;：:\n'.includes(prev)) return false;
  // "到2026年止", "到2026年结束": the end of a period, not a horizon.
  if (PERIOD_END_AFTER.test(text.slice(end, end + 2))) return false;
  const rest = text.slice(end, shape.sentenceEnd(end));
  return !FIGURE_IN_SENTENCE.test(rest) && !CHINESE_FIGURE_IN_SENTENCE.test(rest);
}

/** A figure in Arabic digits or a percentage: what a sentence setting a goal holds. */
const FIGURE_IN_SENTENCE = /[0-9０-９%％]/u;
/**
 * …or in Chinese numerals before a measure word or a multiple ("建成三个", "翻一番", "增长两倍"): the
 * numeral's last character and the word after it are enough (one character: no run to backtrack over).
 */
const CHINESE_FIGURE_IN_SENTENCE = /[一二两三四五六七八九十百千万亿](?:个|项|家|所|座|条|处|批|倍|番|成)/u;
/** What closes a period after its last year: "止", "结束". */
const PERIOD_END_AFTER = /^(?:止|结束)/u;

/**
 * The deadline governing each offset of a block, given the lead-in inherited from its ancestors:
 * resolvers and the block's governing lead-in (its first, else the inherited one), which its child
 * sections inherit.
 */
export interface Deadlines {
  /**
   * The deadline in force at an offset. A recurring target ("每年培育50家") is due every year: only
   * a phrase of time limit ("到2025年", "2025年底前") or a lead-in of its own kind sets it an end,
   * not a bare year that only dates something near it.
   */
  at(offset: number, recurring?: boolean): string | null;
  leadInAt(offset: number): string | null;
  /** The deadline phrase ("到2025年", not a bare year) written earlier in the sentence, or null. */
  inSentence(offset: number): string | null;
  readonly final: string | null;
}

export function deadlineResolver(shape: TextShape, mentions: TimeMention[], inherited: string | null, headingEnd = 0): Deadlines {
  return new DeadlineResolver(shape, mentions, inherited, headingEnd);
}

/** A class, not closures: a document has thousands of blocks, each resolved once. */
class DeadlineResolver implements Deadlines {
  private readonly deadlines: TimeMention[];
  private readonly leadIns: TimeMention[];
  /**
   * A bare year ("2026年面向社会招生") dates an activity; only a phrase of time limit ("到2025年",
   * "2025年底前", "“十四五”期间") sets goals for the rest of its sentence. Read when first asked.
   */
  private phrased: TimeMention[] | null = null;
  readonly final: string | null;

  constructor(private readonly shape: TextShape, mentions: TimeMention[], private readonly inherited: string | null, headingEnd: number) {
    this.deadlines = mentions.filter((m) => m.role === 'deadline');
    // A deadline in the heading ("二、2025年发展目标") governs the section like a lead-in.
    this.leadIns = this.deadlines.filter((m) => m.leadIn || m.start < headingEnd);
    this.final = this.leadIns.length > 0 ? this.leadIns[0]!.year : inherited;
  }

  // The block's first lead-in governs the rest of the block; a later one ("到2025年，…。到2035年，…")
  // sets a further horizon for the rest of its own paragraph only.
  leadInAt(offset: number): string | null {
    const { leadIns } = this;
    const k = lastEndingBy(leadIns, offset);
    if (k < 0) return this.inherited;
    if (k === 0 || this.paragraphOf(leadIns[k]!.start) === this.paragraphOf(offset)) return leadIns[k]!.year;
    return leadIns[0]!.year;
  }

  /** The latest deadline before the offset is the one in force, if it lies in the same sentence. */
  at(offset: number, recurring = false): string | null {
    if (recurring) return this.inSentence(offset) ?? this.phrasedLeadInAt(offset);
    return this.inSentenceOf(this.deadlines, offset) ?? this.leadInAt(offset);
  }

  /** The lead-in in force, unless it is a bare year that governs only as part of the heading. */
  private phrasedLeadInAt(offset: number): string | null {
    const year = this.leadInAt(offset);
    const { text } = this.shape;
    const bare = this.leadIns.some((m) => !m.leadIn && m.year === year && BARE_YEAR.test(text.slice(m.start, m.end)));
    return bare ? this.inherited : year;
  }

  inSentence(offset: number): string | null {
    if (this.deadlines.length === 0) return null;
    this.phrased ??= this.deadlines.filter((m) => !BARE_YEAR.test(this.shape.text.slice(m.start, m.end)));
    return this.inSentenceOf(this.phrased, offset);
  }

  private paragraphOf(offset: number): number {
    return this.shape.paragraphStart(Math.min(Math.max(offset, 0), this.shape.text.length));
  }

  /** The latest of `list` written earlier in the sentence of `offset`, or null. */
  private inSentenceOf(list: TimeMention[], offset: number): string | null {
    const k = lastEndingBy(list, offset);
    if (k < 0) return null;
    const sentence = this.shape.sentenceStart(Math.min(Math.max(offset, 0), this.shape.text.length));
    return list[k]!.start >= sentence ? list[k]!.year : null;
  }
}

/** Index of the last mention ending at or before `offset` (mentions are in text order), or -1. */
function lastEndingBy(mentions: TimeMention[], offset: number): number {
  return partitionPoint(mentions.length, (k) => mentions[k]!.end <= offset) - 1;
}

/**
 * Words by which a title names a plan of work for a period ("实施方案", "工作要点", "责任分解"), in
 * either script: a title is read as written.
 */
// A list of the year's work with who answers for it ("2025年开发区重点工作及责任清单", "…任务清单"),
// or of the measures it takes ("2024年…政策清单"), is a plan of work as much as a 方案 is; a bare
// 清单 (负面清单, 权责清单) lists rules, not work.
const PLAN_TITLE_WORDS = /方案|[计計][划劃]|[规規][划劃]|要[点點]|工作[报報]告|任[务務]|分工|分解|[实實]事|安排|重[点點]工作|(?:[责責]任|工作|政策|措施)清[单單]/u;
/** A year in a title, with what may follow it: a span ("2018—2020年", "2021年-2035年") is no single year. */
const TITLE_YEAR = /(?:^|[^0-9０-９])([0-9０-９]{4})年(?:度)?(?![0-9０-９]|[至到—–\-－~～])/gu;
/** The Nth five-year plan written out: "第十二个五年规划", "十三五规划", "“十四五”规划". */
const FIVE_YEAR_PLAN = /第?([一二三四五六七八九十]{1,3})[个個]五年(?:[规規计計][划劃])|十([一二三四五六七八九]?)五[”"]?(?:[规規计計][划劃]|[时時]期)/u;

/**
 * The year a plan of work is due by, when its title says it: the single year of an annual plan
 * ("2017年全省十项民生工程实施方案", "关于印发2016年《政府工作报告》量化指标任务分工的通知") or the
 * last year of the five-year plan it carries out ("…第十二个五年规划纲要主要目标和任务工作分工").
 * Null for any other title, and for a span ("三年行动计划（2018—2020年）"): the text says more.
 */
export function planYearOfTitle(given: string | null | undefined): number | null {
  if (typeof given !== 'string' || given.length === 0 || given.length > 200) return null;
  // A title copied out of a PDF keeps its spaces ("某自治区 2023 年…"): no part of its words.
  const title = given.replace(/[\s\u3000]+/gu, '');
  const plan = FIVE_YEAR_PLAN.exec(title);
  if (plan) {
    const n = plan[1] !== undefined ? readNumeral(plan[1], 0) : null;
    const ordinal = plan[1] !== undefined ? (n && n.end === plan[1].length ? n.value : null) : PLAN_ORDINALS[plan[2] ?? ''] ?? null;
    const year = ordinal === null ? null : planEndYear(ordinal);
    return year === null ? null : Number(year);
  }
  if (!PLAN_TITLE_WORDS.test(title)) return null;
  const years = [...title.matchAll(TITLE_YEAR)].map((m) => Number(m[1]!.normalize('NFKC')));
  // A title with two years names a span ("2018年至2020年") or another document's year; one year
  // written twice names it ("2024年某区民生实事项目" over "2024年某区民生实事任务分解方案").
  if (years.length === 0 || years.some((y) => y !== years[0]) || /[0-9０-９]{4}年?\s*[至到—–\-－~～]/u.test(title)) return null;
  return years[0]! >= 1900 && years[0]! <= 2200 ? years[0]! : null;
}

/** Whether a title names a year or a plan period of its own ("2024年…", "（2024—2026年）", "“十四五”"). */
export function namesPeriod(title: string | null | undefined): boolean {
  return typeof title === 'string' && (/[0-9０-９]{4}/u.test(title) || FIVE_YEAR_PLAN.test(title));
}

/** The longest lead into a body read, in characters: a sentence, not a paragraph. */
const MAX_LEAD_SENTENCE = 200;

/**
 * The year of an annual plan stated by its preamble rather than its title: the sentence that
 * leads into the body names the year's work ("现就2013年《政府工作报告》确定的重点工作任务提出责任
 * 分工意见如下", "制定2023年重点工作任务如下"), read as `planYearOfTitle` reads a title; the
 * names of other documents it quotes (《…》) are left out, their years being theirs.
 */
export function planYearOfPreamble(text: string): number | null {
  // The last "如下" that ends a sentence or opens a list ("如下：").
  let at = -1;
  for (let i = text.indexOf('如下'); i >= 0; i = text.indexOf('如下', i + 2)) {
    const next = text[i + 2];
    if (next === undefined || next === '：' || next === ':' || next === '。') at = i;
  }
  if (at < 0) return null;
  let start = at;
  while (start > 0 && at - start < MAX_LEAD_SENTENCE && !'。；！？\n'.includes(text[start - 1]!)) start--;
  return planYearOfTitle(text.slice(start, at).replace(/《[^《》]*》/gu, '《》'));
}

/** A plan's span in its title: "（2022—2024年）", "2021年-2023年". */
const TITLE_SPAN = /([0-9０-９]{4})年?\s*[至到—–\-－~～]\s*([0-9０-９]{4})年/u;

/** The span of years a plan's title names ("…三年行动方案（2022—2024年）" → 2022 to 2024), or null. */
function titleSpan(title: string | null | undefined): { from: number; to: number } | null {
  if (typeof title !== 'string' || title.length === 0 || title.length > 200 || !PLAN_TITLE_WORDS.test(title)) return null;
  const m = TITLE_SPAN.exec(title);
  if (m === null) return null;
  const from = Number(m[1]!.normalize('NFKC'));
  const to = Number(m[2]!.normalize('NFKC'));
  return from >= 1900 && to <= 2200 ? { from, to } : null;
}

/**
 * The first year of the span a plan's title names ("…三年行动方案（2022—2024年）" → 2022), or null.
 * Its goals fall in that year and after; so, undated, it is the year its goals may start from.
 */
export function planStartOfTitle(title: string | null | undefined): number | null {
  return titleSpan(title)?.from ?? null;
}

/**
 * The last year of the span a plan's section names in its title ("重点任务清单（2023-2025年）"): what
 * the section sets with no year of its own is due by then, as a lead-in "到2025年" over the section
 * would say. Null for a title that names no plan of work or no span, and for a span in a document
 * the title cites ("落实《…（2021—2035年）》…"), or one longer than a plan of work runs.
 */
export function planSpanEndOfTitle(title: string | null | undefined): string | null {
  const span = titleSpan(typeof title === 'string' ? title.replace(/《[^《》]*》/gu, '《》') : title);
  return span === null || span.to <= span.from || span.to - span.from > MAX_PLAN_SPAN ? null : String(span.to);
}

/** Longest span of years a plan of work covers: a 十五年 远景 is no plan's span of work. */
const MAX_PLAN_SPAN = 15;

/** A date alone on its line, in Arabic or (as before GB/T 9704-2012) Chinese digits: "二〇〇五年二月一日". */
const DATE_LINE = /^[\s\u3000]*([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日[\s\u3000]*$/u;

/**
 * The year a document is dated: that of its last line holding nothing but a full date (the
 * 成文日期 under the signature). Null when no such line exists.
 */
export function documentYear(texts: string[]): number | null {
  let year: number | null = null;
  for (const text of texts) {
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      // Date lines are short; longer lines are not worth matching.
      if (end - start <= 24) {
        const m = DATE_LINE.exec(text.slice(start, end));
        if (m) year = Number(m[1]!.normalize('NFKC').replace(/[〇零一二三四五六七八九]/gu, (d) => String(Math.max(0, CHINESE_DIGITS.indexOf(d) - 1))));
      }
      start = end + 1;
    }
  }
  return year;
}

/** Words that date what follows them in the sentence as a fact of the past or present. */
const AS_OF = ['截至', '截止'];
/** A bracketed note that is a date and nothing else ("（截止2024年底）", "(截至2023年6月)"). */
const AS_OF_NOTE = /^[（(](?:截至|截止)到?[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:底|末)?[）)]/u;
/** How far such a note reaches past its 截至. */
const AS_OF_NOTE_MAX = 16;

/**
 * Whether the figure at an offset reports a fact rather than a goal by its time: an "截至…" earlier
 * in its sentence, a base year of the document's goals opening it ("2015年，…" where goals run
 * "比2015年…"), or a governing year before the document's own ("“十三五”期间，…" in a 2021 plan).
 */
/** "比2015年", "较2020年末", "由2015年的": years the document measures its goals from. */
const BASE_YEAR = /(?:比|较|由|从)([0-9０-９]{4})年/gu;

/** The years a document's goals are measured from: what it says of them is a fact, not a goal. */
export function baseYears(texts: string[]): Set<string> {
  const years = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(BASE_YEAR)) years.add(m[1]!.normalize('NFKC'));
  return years;
}

/** "2015年，…": a base year opening the sentence (or the run of "；"-joined ones) that holds `offset`. */
function inBaseYearSentence(shape: TextShape, offset: number, bases: Set<string>): boolean {
  if (bases.size === 0) return false;
  const { text } = shape;
  let start = shape.sentenceStart(offset);
  for (let hops = 0; hops < 8 && start > 0 && /[；;]/u.test(text[start - 1] ?? ''); hops++) start = shape.sentenceStart(start - 1);
  const m = /^[\s\u3000]*([0-9０-９]{4})年(?:底|末)?[，,]/u.exec(text.slice(start, start + 12));
  return m !== null && bases.has(m[1]!.normalize('NFKC'));
}

/** Whether the figure at an offset reports a fact rather than a goal (see `pastResolver`). */
export interface PastResolver {
  isPast(offset: number): boolean;
}

export function pastResolver(shape: TextShape, deadlines: Pick<Deadlines, 'at'>, docYear: number | null, bases: Set<string> = new Set()): PastResolver {
  return new PastByTime(shape, deadlines, docYear, bases);
}

class PastByTime implements PastResolver {
  /** Where "截至" and "截止" stand, found when first asked. */
  private marks: number[] | null = null;

  constructor(private readonly shape: TextShape, private readonly deadlines: Pick<Deadlines, 'at'>, private readonly docYear: number | null, private readonly bases: Set<string>) {}

  isPast(offset: number): boolean {
    const { shape } = this;
    const marks = (this.marks ??= asOfMarks(shape.text));
    const sentence = shape.sentenceStart(Math.min(Math.max(offset, 0), shape.text.length));
    // The last mark before the figure, if any.
    const before = partitionPoint(marks.length, (k) => marks[k]! < offset);
    const last = before > 0 ? marks[before - 1]! : -1;
    if (last >= sentence) return true;
    // "…建成234处，人均约2.15平方米（截止2024年底）。": a note in brackets that is only a date, later in
    // the sentence, dates the figures before it as well.
    const next = before < marks.length ? marks[before]! : -1;
    if (next >= 0 && next < shape.sentenceEnd(offset) && AS_OF_NOTE.test(shape.text.slice(next - 1, next + AS_OF_NOTE_MAX))) return true;
    if (inBaseYearSentence(shape, Math.min(Math.max(offset, 0), shape.text.length), this.bases)) return true;
    const year = this.deadlines.at(offset);
    return this.docYear !== null && year !== null && Number(year) < this.docYear;
  }
}

function asOfMarks(text: string): number[] {
  const marks: number[] = [];
  for (const w of AS_OF) {
    for (let k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + w.length)) marks.push(k);
  }
  return marks.sort((a, b) => a - b);
}
