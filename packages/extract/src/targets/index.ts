/**
 * Numeric targets: every quantitative goal a policy sets, with its figure, comparator, unit,
 * metric, deadline and section.
 *
 * Each block is first folded (fold.ts): spaces inside figures and, in a hard-wrapped (PDF) text, line
 * wraps and page numbers are read past, with offsets mapped back to the source.
 * Per block (a section's own text): read every quantity (figures.ts), drop those that can never
 * be targets (nontargets.ts), keep those the text commits to (evidence.ts), then settle phrases
 * holding several quantities (compose.ts) and attach metric, kind and deadline (metric.ts,
 * deadlines.ts). Linear in the text; never throws on input.
 */
import type { Target } from '@policyc/model';
import { selectCandidates, type Candidate, type Group } from './candidates.js';
import { shapeOf, type TextShape } from './clauses.js';
import { coordinatedParts, distributorBefore, isPartOf } from './compose.js';
import { baseYears, deadlineResolver, documentYear, findTimeMentions, namesPeriod, pastResolver, planSpanEndOfTitle, planStartOfTitle, planYearOfPreamble, planYearOfTitle, programmeStart, type Deadlines } from './deadlines.js';
import { commitVerbBefore, endsWithGoalTable, goalLabelEnd, isGoalTitle, isPastTitle, isPledgeListTitle, isRegisterTitle, registerHeaderAt, type Context } from './evidence.js';
import { figureStarts, scanQuantities, type Quantity } from './figures.js';
import { foldText, type Folded } from './fold.js';
import { aggregationOf, clean, isRecurring, kindOf, metricOf } from './metric.js';
import { scanBlock, WrapTally } from './scan.js';

/** The own text of one section (its heading line + body up to its first child heading), in document order. */
export interface TextBlock {
  /** "3.1"; "" for text before the first heading (a preamble). */
  path: string;
  /** The heading title ('' for the preamble). */
  title: string;
  /** Exact source text of the block. */
  text: string;
  /** Offset of text[0] in the source document. */
  offset: number;
  /**
   * A cell of an indicator table's goal column ("2025年", "目标值"): its figures are goals, due in
   * the column's year (null when the column names none).
   */
  goalColumn?: { year: string | null };
  /** Where the heading's marker ends in `text` ("2." of "2.50个小区…"): no figure opens inside it. */
  markerEnd?: number;
  /**
   * The section's text goes on here after its subsections (after a table of its rows): what its
   * own text stated ("到2025年，…") still governs it.
   */
  continuesSection?: boolean;
}

/**
 * A target with absolute source offsets; the caller turns offsets into positions. `unitEnd` is
 * where its unit ends in the source (-1 for none): a caller that read a converted copy of the text
 * (simplified from traditional script) takes the unit as written from there.
 */
export type TargetDraft = Omit<Target, 'position'> & { start: number; end: number; unitEnd: number };

/** Metric phrases are quoted from the text; longer ones are not phrases any more. */
const MAX_METRIC = 80;

/** The paths of a block's ancestors, nearest first ("3.1.2" → "3.1", "3"). */
function ancestors(path: string): string[] {
  const out: string[] = [];
  // Each ancestor is the path up to one of its dots, the last dot first: sliced, not split and
  // joined again (a document has thousands of blocks).
  for (let k = path.lastIndexOf('.'); k >= 0; k = k > 0 ? path.lastIndexOf('.', k - 1) : -1) out.push(path.slice(0, k));
  return out;
}

export interface TargetOptions {
  /**
   * The year the document is dated (its signing date's year, "2021" or 2021), when the caller knows
   * it. Relative deadlines ("三年内", "用3年时间") count from it, and goals due before it are facts.
   * Without it, the year of a date line under the signature is used, when there is one.
   */
  documentYear?: string | number | null;
  /**
   * The document's number (发文字号). Its bracketed year is the year the document was issued in
   * ("闽政办〔2021〕56号"): it dates a document with no date line, as a date line would.
   */
  docNumber?: string | null;
  /**
   * The document's title. An annual plan's year ("2017年全省…实施方案", "关于印发2016年《政府工作报告》
   * …任务分工的通知"), or the last year of the five-year plan it carries out, is the deadline of its
   * targets that name none; so is the year the preamble's lead into the body names, without one in
   * the title ("现就2013年…重点工作任务提出责任分工意见如下").
   */
  title?: string | null;
  /**
   * The document is a body of rules (a 办法, 规定, 条例 … set out in articles, 第一条 …): its
   * figures are norms — limits, terms, thresholds, time limits — and count as targets only where
   * it states goals (a section titled as goals, a deadline lead-in).
   */
  rules?: boolean;
  /**
   * The width the document was hard-wrapped at (@policyc/parse's `wrapWidth`), or null when it was
   * not, when the caller has read it off the whole text: the blocks' own lines are then not asked.
   */
  wrap?: number | null;
}

/**
 * Extracts the targets of a document given as blocks in document order. Ids are
 * `target-<path>-<n>` (`target-0-<n>` for the preamble); `partOf` names the total's id.
 */
export function extractTargets(blocks: TextBlock[], options: TargetOptions = {}): TargetDraft[] {
  const out: TargetDraft[] = [];
  /** What each path's block (the latest, in a faulty outline that repeats a path) left for its descendants. */
  const read = new Map<string, PathRead>();
  const list = (Array.isArray(blocks) ? blocks : []).filter((b) => b && typeof b.text === 'string');
  // Rules read the text with PDF wraps and spaces inside figures folded away; offsets map back.
  // Each block's characters are passed over once (scan.ts) for its line widths, what the fold may
  // act on and where figures may open; a block the fold leaves as it is keeps those starts.
  const tally = new WrapTally();
  const scans = list.map((b) => scanBlock(b.text, tally));
  const width = options?.wrap !== undefined ? options.wrap : tally.width();
  const folds = list.map((b, k) => foldText(b.text, width, scans[k]));
  const foldedTexts = folds.map((f) => f.text);
  const docYear = givenYear(options?.documentYear) ?? documentYear(foldedTexts) ?? yearOfNumber(options?.docNumber);
  const bases = baseYears(foldedTexts);
  // A plan is due by its year; a plan of a year before its own date is a report, and sets nothing.
  const preamble = list.findIndex((b) => b.path === '');
  // The preamble is read only for a title that names no year or plan period of its own: a title's
  // span ("（2024—2026年）") says there is no one year, whatever the preamble mentions.
  const titleYear = planYearOfTitle(options?.title) ?? (preamble >= 0 && !namesPeriod(options?.title) ? planYearOfPreamble(folds[preamble]!.text) : null);
  const planYear = titleYear !== null && (docYear === null || titleYear >= docYear) ? String(titleYear) : null;
  const goalsFrom = docYear ?? planStartOfTitle(options?.title);
  // Spans of years ("5年内") count from the start of the programme the document states, else from
  // its date, else from the year its title plans for.
  const programme = programmeStart(foldedTexts);
  const spansFrom = docYear ?? titleYear;
  const pledges = isPledgeListTitle(options?.title);
  for (const [k, block] of list.entries()) {
    const path = typeof block.path === 'string' ? block.path : '';
    const folded = folds[k]!;
    const title = String(block.title ?? '');
    // The ancestors' reads, nearest first, looked up once for the questions below.
    const up: PathRead[] = [];
    for (const p of ancestors(path)) {
      const r = read.get(p);
      if (r !== undefined) up.push(r);
    }
    const column = block.goalColumn;
    // A section titled by a plan's span of years ("附件 重点任务清单（2023-2025年）") is due by its
    // end, where nothing above it (a lead-in, the plan's own year) dates it already.
    const inherited = column?.year ?? (block.continuesSection ? read.get(path)?.final : undefined) ?? up[0]?.final ?? planYear ?? planSpanEndOfTitle(title);
    const titled = column !== undefined || pledges || isGoalTitle(title) || up.some((r) => r.goals);
    // A section reviewing the past holds baselines, not targets; so do its children.
    const past = isPastTitle(title) || up.some((r) => r.past);
    // The rows of a project register (its numbered rows are child headings) describe projects.
    const inRegister = isRegisterTitle(title) || up.some((r) => r.register);
    const registerFrom = inRegister ? 0 : registerHeaderAt(folded.text);
    // Ids number the targets of a path; a path repeated by a faulty outline continues its count.
    const before = read.get(path)?.count ?? 0;
    // A fold that dropped nothing hands the block's own text back (the same string).
    const starts = folded.text === block.text ? scans[k]!.figureStarts : figureStarts(folded.text);
    const { drafts, final } = blockTargets(block, folded, starts, path, { inherited, titled, past, registerFrom, docYear, spansFrom, programme, goalsFrom, bases, before, rules: options?.rules === true });
    read.set(path, {
      final,
      // A table titled as goals at the end of the block's text makes its rows (the children) goals.
      goals: titled || endsWithGoalTable(folded.text),
      past,
      register: registerFrom >= 0,
      count: before + drafts.length,
    });
    for (const d of drafts) out.push(d);
  }
  return out;
}

/**
 * What a path's block leaves for the blocks below it, in one record per path rather than a map
 * per question (each block asked five maps, once for each of its ancestors).
 */
interface PathRead {
  /** The lead-in deadline in force at the end of its own text. */
  final: string | null;
  /** It is titled as goals, or ends in a table titled as goals (whose rows are its children). */
  goals: boolean;
  /** It reviews the past. */
  past: boolean;
  /** It is (or lies in) a register of projects. */
  register: boolean;
  /** Targets numbered under the path so far. */
  count: number;
}

/** The year in a 发文字号's brackets ("〔2021〕", "[2008]"); null without one. */
function yearOfNumber(docNumber: unknown): number | null {
  if (typeof docNumber !== 'string') return null;
  const m = NUMBER_YEAR.exec(docNumber.normalize('NFKC'));
  return m ? givenYear(m[1]) : null;
}
const NUMBER_YEAR = /[〔\[(【]((?:19|20)[0-9]{2})[〕\])】]/u;

/** A year given by the caller, or null when it is not a plausible year. */
function givenYear(value: unknown): number | null {
  const year = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim().slice(0, 4)) : NaN;
  return Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : null;
}

/** What a block inherits from its ancestors and the document. */
interface BlockSetting {
  /** The lead-in deadline in force from an ancestor's own text. */
  inherited: string | null;
  /** The block or an ancestor is titled as goals. */
  titled: boolean;
  /** The block or an ancestor reviews the past. */
  past: boolean;
  /** Where a project register starts in the block's text (0: all of it), or -1. */
  registerFrom: number;
  /** The year the document is dated, when it says. */
  docYear: number | null;
  /** The year spans of years count from ("三年内" is due three years after it): its date, else its title's year. */
  spansFrom: number | null;
  /** The first year of the programme the document states ("2012年起5年内，…"): see `programmeStart`. */
  programme: number | null;
  /** The first year its goals may fall in (see `findTimeMentions`). */
  goalsFrom: number | null;
  /** The years the document measures its goals from ("比2015年"). */
  bases: Set<string>;
  /** Targets already numbered under this path. */
  before: number;
  /** The document is a body of rules (see `TargetOptions.rules`). */
  rules: boolean;
}

/** The targets of one block, read in its folded text, whose figures may open at `starts`. */
function blockTargets(block: TextBlock, folded: Folded, starts: readonly number[], path: string, setting: BlockSetting): { drafts: TargetDraft[]; final: string | null } {
  const { inherited, titled, docYear } = setting;
  const text = folded.text;
  const shape = shapeOf(text);
  const mentions = findTimeMentions(shape, setting.spansFrom, setting.goalsFrom, starts, setting.programme);
  const deadlines = deadlineResolver(shape, mentions, inherited, headingEnd(text, String(block.title ?? '')));
  if (setting.past) return { drafts: [], final: deadlines.final };
  // The heading's marker is no part of a figure: "2.50个小区新增…" is item 2's 50个, not 2.50个.
  const markerEnd = block.markerEnd ?? 0;
  const quantities = scanQuantities(text, markerEnd > 0 && starts.length > 0 && starts[0]! < markerEnd ? starts.filter((at) => at >= markerEnd) : starts);
  // Only a figure with a unit (or "一半") may be a target: most blocks hold none, and need no more.
  if (!quantities.some((q) => q.unit !== null || q.half)) return { drafts: [], final: deadlines.final };
  const past = pastResolver(shape, deadlines, docYear, setting.bases);
  const firstLeadIn = mentions.find((m) => m.role === 'deadline' && m.leadIn)?.end ?? -1;
  const ctx = new GoalContext(shape, deadlines, titled, firstLeadIn, goalLabelEnd(text), setting.rules, inherited !== null);
  const baselines = mentions.filter((m) => m.role === 'baseline');

  const { registerFrom } = setting;
  const { kept, bands, groups } = selectCandidates(shape, ctx, quantities, (offset) => past.isPast(offset) || (registerFrom >= 0 && offset >= registerFrom));

  const drafts: TargetDraft[] = [];
  /** Where each draft starts in the folded text. */
  const foldedStarts: number[] = [];
  const idBase = `target-${path === '' ? '0' : path}-`;
  /** The latest totals, newest last: parts follow their total closely, so a few suffice. */
  const totals: { q: Quantity; id: string; deadline: string | null }[] = [];
  let nextBaseline = 0;
  let baseline: string | null = null;
  for (const [k, c] of kept.entries()) {
    const { q } = c;
    const band = bands.get(c);
    let metric = metricOf(shape, q, c.prefixStart, c.verb);
    if (band) {
      const written = text.slice(band.q.start, band.q.end);
      if (!metric?.includes(written)) metric = metric ? `${metric}（${written}）` : written;
    }
    const clauseStart = shape.clauseStart(q.start);
    const before = text.slice(Math.max(clauseStart, q.start - 40), c.prefixStart);
    // "完成工业增加值175亿元，年均增长12％": a clause with no subject of its own continues the last one.
    const previous = drafts[drafts.length - 1];
    const previousAt = previous ? foldedStarts[foldedStarts.length - 1]! : -1;
    if (previous?.metric && c.verb && metric === c.verb.verb && previousAt >= shape.sentenceStart(q.start) && previousAt < clauseStart
      && previous.metric.length <= MAX_METRIC / 2) {
      metric = `${previous.metric}${clean(before) || before}`.slice(0, MAX_METRIC);
    }
    const total = totals.find((t) => isPartOf(shape, t.q, q));
    // The baseline in force: the latest "比2015年…" before the figure, in the same sentence.
    const sentence = shape.sentenceStart(q.start);
    while (nextBaseline < baselines.length && baselines[nextBaseline]!.end <= q.start) baseline = baselines[nextBaseline++]!.year;
    const baselineStart = nextBaseline > 0 ? baselines[nextBaseline - 1]!.start : -1;
    const base: Omit<TargetDraft, 'id' | 'metric'> = {
      path,
      text: text.slice(Math.min(c.prefixStart, q.start), q.end),
      value: q.value,
      min: q.min,
      max: q.max,
      unit: q.unit,
      comparator: c.comparator,
      // A figure listed after another under one verb ("分别降低13.5%、18%") is of the same kind.
      kind: groups[k]!.index > 0 && previous ? previous.kind : kindOf(q, metric, c.verb, before),
      // A part is due when its total is ("…改造4894户。其中，南宁市274户…"), unless it says otherwise.
      deadline: deadlines.at(q.start, isRecurring(before)) ?? total?.deadline ?? null,
      inclusive: q.inclusive,
      aggregation: aggregationOf(before),
      baseline: baselineStart >= sentence ? baseline : null,
      recurring: isRecurring(before),
      partOf: total ? total.id : null,
      // The source offsets of the folded ones; an end maps past the character before it.
      start: block.offset + folded.sourceAt(Math.min(c.prefixStart, q.start)),
      end: q.end > 0 ? block.offset + folded.sourceAt(q.end - 1) + 1 : block.offset,
      unitEnd: q.unit === null || q.unitEnd <= 0 ? -1 : block.offset + folded.sourceAt(q.unitEnd - 1) + 1,
    };
    for (const m of distribute(shape, c, groups[k]!, metric)) {
      const id = idBase + String(setting.before + drafts.length + 1);
      drafts.push(withId(id, m, base));
      foldedStarts.push(Math.min(c.prefixStart, q.start));
      if (!total) totals.push({ q, id, deadline: base.deadline });
      if (totals.length > 4) totals.shift();
    }
  }
  return { drafts, final: deadlines.final };
}

/**
 * The draft of `base` under an id and a metric, its fields written out: a spread after other
 * fields copies property by property on V8's slow path, and a document has thousands of targets.
 */
function withId(id: string, metric: string | null, base: Omit<TargetDraft, 'id' | 'metric'>): TargetDraft {
  return {
    id,
    metric,
    path: base.path,
    text: base.text,
    value: base.value,
    min: base.min,
    max: base.max,
    unit: base.unit,
    comparator: base.comparator,
    kind: base.kind,
    deadline: base.deadline,
    inclusive: base.inclusive,
    aggregation: base.aggregation,
    baseline: base.baseline,
    recurring: base.recurring,
    partOf: base.partOf,
    start: base.start,
    end: base.end,
    unitEnd: base.unitEnd,
  };
}

/** Where a block sets goals (see evidence.ts); a class, not a closure made for each block. */
class GoalContext implements Context {
  constructor(
    readonly shape: TextShape,
    private readonly deadlines: Deadlines,
    private readonly titled: boolean,
    private readonly firstLeadIn: number,
    private readonly labelEnd: number,
    readonly rules: boolean,
    readonly dated: boolean,
  ) {}

  inGoalContext(at: number): boolean {
    // "到2025年全省接待游客达11亿人次以上，文化和旅游总收入2.2万亿元以上": a deadline sets goals for
    // the rest of its sentence even when no comma makes it a lead-in.
    return this.titled || (this.firstLeadIn >= 0 && at >= this.firstLeadIn) || (this.labelEnd >= 0 && at >= this.labelEnd) || this.deadlines.inSentence(at) !== null;
  }
}

/**
 * Offset just past the heading's title in the block's first line, or in its second when the first
 * holds only a marker ("附件1" over "2020年政府工作报告重点工作责任分解"); 0 when it is not found.
 */
function headingEnd(text: string, title: string): number {
  if (title === '') return 0;
  const lineEnd = text.indexOf('\n');
  const k = (lineEnd >= 0 ? text.slice(0, lineEnd) : text).indexOf(title);
  if (k >= 0) return k + title.length;
  if (lineEnd < 0 || lineEnd > MAX_MARKER_LINE) return 0;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const j = text.slice(lineEnd + 1, nextEnd >= 0 ? nextEnd : text.length).indexOf(title);
  return j < 0 ? 0 : lineEnd + 1 + j + title.length;
}

/** A heading line that holds only its marker is short ("附件1", "附件 2："). */
const MAX_MARKER_LINE = 8;

/**
 * The metrics one figure stands for: several when "分别"/"均" spreads a single figure over
 * coordinated measures ("A及B分别达到150个"), otherwise just its own.
 */
function distribute(shape: TextShape, c: Candidate, group: Group, metric: string | null): (string | null)[] {
  if (!c.verb) return [metric];
  const at = distributorBefore(shape, c.verb.start);
  if (at < 0) return [metric];
  const clauseStart = shape.clauseStart(c.q.start);
  let subject = clean(shape.text.slice(Math.max(clauseStart, at - MAX_METRIC), at));
  if (subject === '' && clauseStart > 0) {
    // "…将商标变更、续展业务办理时限压缩一半，分别减至1个月、半个月": the measures are the
    // subject of the clause before.
    const before = commitVerbBefore(shape, clauseStart - 1);
    const from = shape.clauseStart(clauseStart - 1);
    if (before && before.start >= from) subject = clean(shape.text.slice(Math.max(from, before.start - MAX_METRIC), before.start));
  }
  const parts = coordinatedParts(subject);
  if (parts.length < 2) return [metric];
  if (group.size === 1) return parts;
  // Several figures after one 分别 ("分别达到65%和55%") pair up with the measures in order.
  return [group.size === parts.length ? parts[group.index]! : metric];
}
