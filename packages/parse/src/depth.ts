/**
 * Pass two, first half: which marker candidates are headings, and how deep each one is.
 *
 * Depth is not read off a fixed table. Schemes nest in the order the document opens them
 * (一、 then （一） then 1. …, or 一、 straight to 1. when a level is skipped); a scheme already
 * open closes everything below it. A candidate is taken when its number continues its scheme
 * (the next ordinal of an open scheme, 1 to open a new one, or the next ordinal of a scheme whose
 * numbering runs on across sections). Candidates inside a line must continue exactly; a marker
 * that opens a line is taken even when its number skips or repeats, with a message.
 */
import { gluedTitleEnd, isTitleBeforeItem } from './glued-title.js';
import { CITATION_GOES_ON, type Candidate } from './lines.js';
import { styleKey } from './markers.js';
import { toHalfWidthDigits } from './numerals.js';

export interface HeadingPlacement {
  candidate: Candidate;
  depth: number;
}

export interface DepthMessage {
  ruleId: 'heading-sequence' | 'heading-glued' | 'heading-depth';
  reason: string;
  start: number;
  end: number;
}

interface Open {
  key: string;
  ordinal: number;
  /** For decimal markers, the components before the last ("2.1" → "2"): a new prefix restarts at 1. */
  prefix: string;
}

/** Schemes that are headings wherever they open a line; the others may also be list items. */
const STRONG = new Set(['chapter', 'section', 'article', 'cn-comma', 'cn-paren', 'decimal-1', 'decimal-2', 'decimal-3', 'row', 'row-paren']);

/**
 * A document "flows" its structure when a top-level marker (一、, 第一章; 第一条 where most articles
 * do) stands inside a line after a sentence end or a colon (bodies set as one long line). Only there
 * may a marker inside a line open a new level; elsewhere "：（1）…；（2）…" inside a paragraph is a
 * list, not headings.
 */
function flowsInline(candidates: Candidate[]): boolean {
  const afterSentence = (c: Candidate) => !c.atLineStart && /[。；;！!？?：:]/u.test(c.before);
  if (candidates.some((c) => afterSentence(c) && (c.style === 'cn-comma' || c.style === 'chapter'))) return true;
  // Articles flow where most of them stand inside lines: one a rule set line by line cites after
  // a sentence ("…责令改正。第三条规定的条件…") does not make it flow.
  let inside = 0;
  let opening = 0;
  for (const c of candidates) {
    if (c.style !== 'article') continue;
    if (c.atLineStart) opening++;
    else if (!CITATION_GOES_ON.test(c.next ?? '')) inside++;
  }
  return inside >= 2 && inside > opening;
}

/**
 * Schemes whose names rank them (编/章 above 节 above 条): one that opens while a lower-ranked
 * scheme is open takes that scheme's level instead of nesting under it (第一章 after the
 * 第一节…第四节 of an unnumbered 总则).
 */
const RANK: Record<string, number> = { chapter: 0, section: 1, article: 2 };
/**
 * GB/T 9704's levels rank the same way: 一、 above （一） above 1. above （1）. A level that opens
 * while only lower ones are open takes the highest of their levels ("32、…33、…" at the start of an
 * excerpt, then "四、": 四、 does not nest under item 33).
 */
const GBT_RANK: Record<string, number> = { 'cn-comma': 0, 'cn-paren': 1, 'arabic-dot': 2, 'arabic-paren': 3 };

/** How long the title sentence of a heading can be, where a lower level's first item runs on after it. */
const MAX_RUN_IN_TITLE = 40;
/** How far the first item may run before the second; beyond it the count is cited, not set. */
const MAX_RUN_IN_ITEM = 2000;

/**
 * Whether `c`, inside a line, opens a lower level right after the title sentence of the heading
 * `above` on the same line: "1.深化某项改革。(1)全面落实…。(2)完善…" (items set as one paragraph
 * per parent). Only after a title that is one sentence closed by 。 (not "：(1)…；(2)…", a list in
 * a paragraph), only a scheme that ranks below the heading's, and only where its second item
 * (`secondItem`, looked up last) opens after a sentence's end or a bracket's close.
 */
function opensAfterTitle(c: Candidate, above: Candidate | undefined, secondItem: () => Candidate | undefined, text: string): boolean {
  if (above === undefined || above.line !== c.line || c.ordinal !== 1 || c.start - above.end > MAX_RUN_IN_TITLE) return false;
  const lower = GBT_RANK[styleKey(c)], upper = GBT_RANK[styleKey(above)];
  if (lower === undefined || upper === undefined || lower <= upper) return false;
  const title = text.slice(above.end, c.start).trimEnd();
  // …or a title run into its first item where a page lost the break ("三、保障措施（一）组织保障…").
  const glued = !(title.endsWith('。') || title.endsWith('.'));
  if (title.length < 2 || (glued && !isTitleBeforeItem(title)) || /[。；;：:！!？?]/u.test(title.slice(0, -1))) return false;
  // The second item opens after a sentence or a duty clause, as an item does: "；(2)桥梁" is a list's.
  const second = secondItem();
  if (second === undefined || !(second.atLineStart || /[。）)]/u.test(second.before))) return false;
  // The first item is a title and more, as a heading's text is ("(1)推行某制度。整合…。(某局负责)"):
  // "(1)申请表。(2)营业执照。" lists what is meant, one sentence an item.
  const first = text.slice(c.end, second.start);
  const stop = first.search(/[。.]/u);
  if (first.length > MAX_RUN_IN_ITEM) return false;
  if (stop >= 0 && first.slice(stop + 1).trim() !== '') return true;
  // Under a glued title, the item's own title is run into its text as well ("（一）组织保障各县…。").
  return glued && gluedTitleEnd(text, c.end, c.end + (stop >= 0 ? stop + 1 : first.length)) >= 0;
}

/** The candidate after `candidates[from]` that numbers 2 in its scheme, within the next few. */
function secondOf(candidates: readonly Candidate[], from: number): Candidate | undefined {
  const key = styleKey(candidates[from] as Candidate);
  for (let k = from + 1; k < candidates.length && k <= from + MAX_BETWEEN_ITEMS; k++) {
    const d = candidates[k] as Candidate;
    if (styleKey(d) === key) return d.ordinal === 2 ? d : undefined;
  }
  return undefined;
}
/** How many candidates of other schemes may stand between an item and the next. */
const MAX_BETWEEN_ITEMS = 16;

export function placeHeadings(candidates: Candidate[], text: string): { headings: HeadingPlacement[]; messages: DepthMessage[] } {
  const inline = flowsInline(candidates);
  const headings: HeadingPlacement[] = [];
  const messages: DepthMessage[] = [];
  const stack: Open[] = [];
  const lastOrdinal = new Map<string, number>();
  const usedStyles = new Set<string>();

  /**
   * Schemes a table's group rows number afresh inside the section the table stands in ("一、重点
   * 工作" over a table whose rows run "一、主要目标", "二、…"): a scheme of their own, one level
   * down, for as long as the table's rows go on.
   */
  const inTable = new Map<string, string>();
  const continued = continuedCandidates(candidates);
  /** The schemes a candidate has been seen of so far, heading or not. */
  const seenKeys = new Set<string>();
  for (let index = 0; index < candidates.length; index++) {
    const c = candidates[index] as Candidate;
    if (c.row === undefined) inTable.clear();
    let key = inTable.get(styleKey(c)) ?? styleKey(c);
    // (Its numbered rows restarting at 1 run on at their level: a table's parts each number from 1.)
    if (c.row !== undefined && c.style !== 'row' && c.ordinal === 1 && c.atLineStart && key === styleKey(c)) {
      const open = stack.findIndex((o) => o.key === key);
      if (open >= 0 && !stack.some((o) => o.key.endsWith(TABLE_SCHEME))) {
        inTable.set(key, key + TABLE_SCHEME);
        key += TABLE_SCHEME;
      }
    }
    const at = stack.findIndex((o) => o.key === key);
    const prefix = c.style === 'decimal' ? decimalPrefix(c.value) : '';
    let depth: number | null = null;
    if (c.style === 'attachment') {
      // An attachment is a part of the document of its own: top level, its schemes start afresh.
      depth = 1;
    } else if (at >= 0) {
      const expected = stack[at]!.prefix === prefix ? stack[at]!.ordinal + 1 : 1;
      if (c.ordinal === expected) depth = at + 1;
      else if (c.atLineStart && (STRONG.has(styleKey(c)) || at === stack.length - 1) && c.ordinal > 0) {
        depth = at + 1;
        messages.push({
          ruleId: 'heading-sequence',
          reason: `Heading number ${c.value} ${c.ordinal <= stack[at]!.ordinal ? 'repeats or goes back' : 'skips'}: expected ${expected}`,
          start: c.start,
          end: c.end,
        });
      } else if (c.ordinal === 1 && at === stack.length - 1 && c.atLineStart) {
        depth = at + 1; // a list restarting at the same level
      }
    } else {
      const runsOn = (lastOrdinal.get(key) ?? 0) + 1 === c.ordinal && c.ordinal > 1;
      const outranked = RANK[key] !== undefined ? stack.findIndex((o) => RANK[o.key] !== undefined && RANK[o.key]! > RANK[key]!)
        : GBT_RANK[key] !== undefined && stack.length > 0 && stack.every((o) => GBT_RANK[o.key] !== undefined && GBT_RANK[o.key]! > GBT_RANK[key]!) ? 0 : -1;
      if (c.unnumbered) depth = outranked >= 0 ? outranked + 1 : stack.length + 1;
      else if (outranked >= 0 && c.atLineStart && (c.ordinal === 1 || runsOn || STRONG.has(key))) depth = outranked + 1;
      else if ((c.ordinal === 1 || runsOn) && (c.atLineStart || inline)) depth = stack.length + 1;
      // (Whether or not the scheme goes on inside lines: its second item may open a line of its
      // own, "三、保障措施（一）组织保障…" over "（二）经费保障…"; opensAfterTitle finds the second itself.)
      else if (!c.atLineStart && opensAfterTitle(c, headings.at(-1)?.candidate, () => secondOf(candidates, index), text)) depth = stack.length + 1;
      // "…(以下简称《细则》)。(一)监测目的" over "(二)监测对象" on a line of its own: a list's first item
      // glued onto the end of the paragraph before it where a page lost the break, its title alone
      // closing the line as a heading's does.
      else if (!c.atLineStart && c.ordinal === 1 && SENTENCE_END_BEFORE.test(c.before) && !CITED_ITEM.test(c.next ?? '') && titleClosesLine(c, text) && secondOf(candidates, index)?.atLineStart === true) depth = stack.length + 1;
      // "某区某某管理办法第一条为…" over "第二条…" on a line of its own: the rule's first division glued
      // on its title where a page lost the break.
      else if (c.onRuleTitle === true && secondOf(candidates, index)?.atLineStart === true) depth = stack.length + 1;
      else if (headings.length === 0 && c.atLineStart && c.ordinal > 1 && continued.has(c)) depth = 1;
      // "三、健全某体系 (六)完善…。…(七)强化…": a page that opens mid-list runs its items on inside
      // the line of the heading above them, after a space or a sentence's end. Only the scheme's
      // first marker in the text ("：(1)…；(2)…；(3)…" is a list in a paragraph), and not one that
      // cites an item ("依照…(三)、(四)项规定", "第三条(二)款").
      else if (!c.atLineStart && stack.length > 0 && c.ordinal > 1 && !seenKeys.has(styleKey(c)) && continued.has(c)
        && (c.afterSpace || ENDS_BEFORE_INLINE.test(c.before)) && !CITED_ITEM.test(c.next ?? '')) depth = stack.length + 1;
      else if (c.atLineStart && STRONG.has(key) && (stack.length === 0 || !usedStyles.has(key) || c.ordinal > (lastOrdinal.get(key) ?? 0))) {
        depth = stack.length + 1;
        messages.push({
          ruleId: 'heading-sequence',
          reason: usedStyles.has(key) ? `Heading number ${c.value} skips: expected ${(lastOrdinal.get(key) ?? 0) + 1}` : `Heading number ${c.value} starts at ${c.ordinal}, not 1`,
          start: c.start,
          end: c.end,
        });
      }
    }
    seenKeys.add(styleKey(c));
    if (depth === null) continue;
    stack.length = depth - 1;
    stack.push({ key, ordinal: c.ordinal, prefix });
    lastOrdinal.set(key, c.ordinal);
    usedStyles.add(key);
    headings.push({ candidate: c, depth });
    if (!c.atLineStart && !c.afterSpace && c.before !== '' && !/[。；;！!？?：:）)〕\]]/u.test(c.before)) {
      messages.push({
        ruleId: 'heading-glued',
        reason: `Heading ${c.value} is glued to the end of the previous paragraph`,
        start: c.start,
        end: c.end,
      });
    }
  }
  return { headings, messages };
}

/** What a list's first item glued onto a paragraph stands after: the paragraph's last sentence's end. */
const SENTENCE_END_BEFORE = /[。；;！!？?]/u;

/** Whether all that follows `c` on its line is a heading's title: a few words, no sentence inside. */
function titleClosesLine(c: Candidate, text: string): boolean {
  const lineEnd = text.indexOf('\n', c.end);
  const title = text.slice(c.end, lineEnd < 0 ? text.length : lineEnd).trim();
  return title.length >= 2 && title.length <= MAX_GLUED_TITLE && !TITLE_BREAK.test(title.replace(/[。：:]$/u, ''));
}
/** Longest title of a list's first item glued onto a paragraph. */
const MAX_GLUED_TITLE = 20;
/** What no title holds: a sentence's or a clause's end. */
const TITLE_BREAK = /[。；;：:，,！!？?]/u;

/** What a marker inside a line stands after when it opens an item: a sentence's end or a bracket's close. */
const ENDS_BEFORE_INLINE = /[。；;！!？?：:）)]/u;
/** What follows a marker that cites an item rather than opens one: "(三)项", "(二)款", "(三)、(四)". */
const CITED_ITEM = /^[、项款类条目和及与（(]/u;

/**
 * The candidates whose scheme's next candidate is their next number: a list that an excerpt opens
 * in mid-count ("32、…" then "33、…") is a scheme, as one opening at 1 is. Line starts are read
 * apart from markers inside lines, each kind's next being of its own kind.
 */
export function continuedCandidates(candidates: readonly Candidate[]): Set<Candidate> {
  return new Set([...continuedOf(candidates.filter((c) => c.atLineStart), true), ...continuedOf(candidates.filter((c) => !c.atLineStart), false)]);
}

/** See continuedCandidates; `leadsInto`: a line that leads into another scheme's items from 1 counts too (line starts only). */
function continuedOf(candidates: readonly Candidate[], leadsInto: boolean): Set<Candidate> {
  const continued = new Set<Candidate>();
  const nextOf = new Map<string, Candidate>();
  let nextAny: Candidate | undefined;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    const next = nextOf.get(styleKey(c));
    if (next !== undefined && next.ordinal === c.ordinal + 1) continued.add(c);
    // …or whose line leads into items of another scheme numbered from 1 ("2.成员单位职责:" over "(1)…").
    else if (leadsInto && nextAny !== undefined && nextAny.ordinal === 1 && styleKey(nextAny) !== styleKey(c)) continued.add(c);
    nextOf.set(styleKey(c), c);
    nextAny = c;
  }
  return continued;
}

/** Marks the key of a scheme a table's rows number afresh (see `inTable`). */
const TABLE_SCHEME = '#table';

function decimalPrefix(value: string): string {
  const i = Math.max(value.lastIndexOf('.'), value.lastIndexOf('．'));
  return i < 0 ? '' : toHalfWidthDigits(value.slice(0, i));
}
