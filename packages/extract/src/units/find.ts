/**
 * Locating responsibility clauses in a text. Three written forms are read here:
 *
 * - bracketed: "（财政部牵头，国务院相关部门及各地区按职责分工负责）", "〔责任单位：A、B〕";
 * - labelled, unbracketed: "负责单位：省经济和信息化委牵头，省发展改革委协助" up to the line end,
 *   a 。 or a heading marker glued after it;
 * - a whole sentence that is only a unit list and a role verb: "A、B按照职能分工负责。".
 *
 * Each pass visits disjoint stretches of the text, and each stretch is bounded, so the whole scan
 * is linear. Flattened task tables are read in table.ts.
 */
import { runsOn } from '@policyc/parse';
import { MAX_CLAUSE, type Pair } from './brackets.js';
import { LABEL_AT_RE, parseBody, type ParsedBody } from './clause.js';
import { after, before, headingMarkerAt, mayOpenMarker } from './position.js';
import { kindSuffix } from './names.js';
import { isBareLevel } from './shortened.js';
import { insideAny, overlapsAny } from './spans.js';
import { nameOf } from './split.js';
import { charClass } from './codes.js';
import { compact, type View } from './view.js';

/** A clause found, before roles are settled. */
export interface Found {
  start: number;
  end: number;
  view: View;
  body: ParsedBody;
  /** Read from a row of a task-division table. */
  fromTable?: boolean;
}

function parseStretch(text: string, start: number, end: number): Found | null {
  const view = compact(text, start, end);
  if (view.s.length < 2) return null; // no unit name is shorter ("（一）", "（州）")
  const body = parseBody(view.s, 0, view.s.length);
  return body === null ? null : { start, end, view, body };
}

/**
 * A clause the text's end cuts off ("（省林业厅牵头，省环保厅等参与，各市、县〔" where an excerpt stops):
 * its last items may be pieces of names ("省消"). Read back to the last item that is a whole name (one
 * closed by a kind word), over a few items at most; null when none is.
 */
function cutOffClause(text: string, p: Pair): Found | null {
  let end = p.close;
  for (let tries = 0; tries <= MAX_CUT_ITEMS; tries++) {
    const found = parseStretch(text, p.open + 1, end);
    const last = found?.body.units.at(-1);
    if (found !== null && last !== undefined && isWholeName(nameOf(found.view.s, last), tries > 0)) return found;
    let k = end - 1;
    while (k > p.open + 1 && !CUT_SEPARATORS.has(text[k]!)) k--;
    if (k <= p.open + 1) return null;
    end = k;
  }
  return null;
}
/**
 * A name closed by a kind word; after an item the cut dropped, not a level alone either ("各市" of
 * "各市、县〔市、区〕人民政府" waited for the name that completes it; "…、各乡镇" closing the text is one).
 */
function isWholeName(name: string, listWentOn: boolean): boolean {
  const level = name.replace(/^各/u, '');
  return kindSuffix(name) !== null && !(listWentOn && isBareLevel(level, 0, level.length));
}
/** Whether nothing but blanks stands from `at` to the text's end. */
function blankFrom(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) if (!/\s/u.test(text[i]!)) return false;
  return true;
}
/** How many items at the end of a cut-off clause may be dropped: a name cut in two, a list's last. */
const MAX_CUT_ITEMS = 2;
/** What parts a cut-off clause's items: the last item runs from the last of these. */
const CUT_SEPARATORS = new Set(['、', '，', ',', '；', ';']);

/**
 * Clauses in brackets, at the end of a sentence or paragraph. `textEnds`: the text is the end of the
 * document, which may stop inside a clause (an excerpt).
 */
export function bracketed(text: string, pairs: readonly Pair[], textEnds = false): Found[] {
  const out: Found[] = [];
  const ends = new Set<number>();
  for (const p of pairs) {
    const b = before(text, p.open, ends);
    const a = after(text, p.end);
    // A bracket inside a sentence, running text on both sides, is a note whatever it holds: its
    // body is not parsed (a fifth of the brackets of a typical text). But for one that opens with
    // a unit label and closes a clause: a paragraph listing its tasks one after another closes each
    // with its units ("…评选（责任单位：县人社局），依托…培养学生50名（责任单位：县教育局），…"). Not
    // after a cited title ("按照《某方案》（牵头单位：…）部署"), nor inside a phrase ("…（牵头单位：…）等组成的").
    // So is one that closes a clause with units and their role words: each task of such a list
    // closed with who does it ("开展专项整治（A牵头），加强网络监测（B、C按职责分工负责），…").
    // (Not one before 、, a note on one name of a list: "市教育局（市体育局配合）、市卫健委负责…"; nor a
    // note of what a class includes: "各成员单位（含市公安局配合），…".)
    const inside = b === 'other' && a === 'other';
    const closesTask = inside && closesTaskClause(text, p.end) && !followsCitedTitle(text, p.open) && !opensWithScopeWord(text, p.open + 1);
    const labelledBody = opensWithUnitLabel(text, p.open + 1, p.close) && (!inside || (closesClause(text, p.end) && !followsCitedTitle(text, p.open)));
    if (inside && !labelledBody && !closesTask) continue;
    // (A pair the line's end closes, at the document's end: an excerpt stopped inside it.)
    const cut = textEnds && p.end === p.close && blankFrom(text, p.close);
    const found = cut ? cutOffClause(text, p) : parseStretch(text, p.open + 1, p.close);
    if (found === null) continue;
    // A bare list of names ("（各有关单位）") needs the strictest place: a paragraph's last words.
    const placed = labelledBody || (found.body.hasRoleWord
      ? b !== 'other' || a !== 'other' || closesTask
      : b === 'sentence' && (a === 'line' || a === 'end'));
    if (!placed) continue;
    out.push({ ...found, start: p.open, end: p.end });
    ends.add(p.end);
  }
  return out;
}


/** The first character from offset `at` on, blanks aside ('' at the end). */
function nextMark(text: string, at: number): string {
  let i = at;
  while (i < text.length && /[ \t\u3000]/u.test(text[i]!)) i++;
  return text[i] ?? '';
}

/** Whether a clause break ("，", "、", "；") follows offset `at`, blanks aside. */
function closesClause(text: string, at: number): boolean {
  return CLAUSE_BREAKS.has(nextMark(text, at));
}
const CLAUSE_BREAKS = new Set(['，', ',', '、', '；', ';']);

/** Whether a break between two tasks of a sentence ("，", "；") follows offset `at`, blanks aside: not "、", which parts names. */
function closesTaskClause(text: string, at: number): boolean {
  return TASK_BREAKS.has(nextMark(text, at));
}
const TASK_BREAKS = new Set(['，', ',', '；', ';']);

/** Whether the bracket's body opens with a word of what a class includes ("含", "包括", "不含"). */
function opensWithScopeWord(text: string, at: number): boolean {
  return SCOPE_WORD_RE.test(text.slice(at, at + 2));
}
const SCOPE_WORD_RE = /^(?:含|包括|包含|不含)/u;

/** Whether the bracket at `open` stands right after a cited title or quotation ("《某方案》（…）"). */
function followsCitedTitle(text: string, open: number): boolean {
  let i = open - 1;
  while (i >= 0 && /[ \t\u3000]/u.test(text[i]!)) i--;
  return i >= 0 && CITED_CLOSERS.has(text[i]!);
}
const CITED_CLOSERS = new Set(['》', '〉', '”', '"', '」', '』']);

/** Whether the bracket's body from `at` (to `end`) opens with a unit label ("责任单位：", "牵头部门:"), blanks aside. */
function opensWithUnitLabel(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && /[\s\u3000]/u.test(text[i]!)) i++;
  LABEL_AT_RE.lastIndex = i;
  const m = LABEL_AT_RE.exec(text);
  return m !== null && m.index + m[0].length <= end;
}

/**
 * Where a labelled clause that starts at `from` ends: line end, 。, or a glued heading marker;
 * -1 when none comes within a clause's length (a run-on list is no clause). In a text hard-wrapped
 * at `wrap` columns, a line that runs to the width goes on in the next ("…、开发" / "区管委会、…").
 */
function labelledEnd(text: string, from: number, wrap: number | null): number {
  const limit = from + MAX_CLAUSE;
  let i = from;
  // By char code, and a marker is only sought where one can open: every character is asked.
  for (let code = text.charCodeAt(i); i < text.length && code !== 0x3002 && !(mayOpenMarker(code) && headingMarkerAt(text, i)); code = text.charCodeAt(i)) {
    if (code === 10 && (wrap === null || !runsOn(text, text.lastIndexOf('\n', i - 1) + 1, i, wrap))) break;
    if (++i >= limit) return -1;
  }
  while (i > from && /[\s\u3000；;，,]/.test(text[i - 1] as string)) i--;
  return i;
}

/** "负责单位：…" clauses that stand outside brackets (`wrap`: see labelledEnd). */
export function labelled(text: string, pairs: readonly Pair[], wrap: number | null = null): Found[] {
  const out: Found[] = [];
  const pairSpans = pairs.map(toSpan);
  let skipUntil = -1;
  for (const m of labelsIn(text)) {
    const p = m.start;
    if (p < skipUntil || insideAny(pairSpans, p) || before(text, p) === 'other') continue;
    const end = labelledEnd(text, m.end, wrap);
    skipUntil = end < 0 ? p + MAX_CLAUSE : Math.max(end, m.end);
    if (end < 0) continue;
    const found = parseStretch(text, p, end);
    if (found !== null && found.body.hasRoleWord) out.push(found);
  }
  return out;
}

/**
 * The unit labels of `text` ("负责单位：", "配合 部门："), as one left-to-right scan of the label
 * pattern would find them, found from their colons: a label ends in 单位 or 部门 and a colon, and its role
 * words stand a few characters before. A scan of every position with the pattern (its optional
 * words first) is the slowest part of reading a short policy's clauses, where its pattern still runs
 * in V8's regexp interpreter; colons are few.
 */
export function* labelsIn(text: string): Generator<{ start: number; end: number }> {
  let floor = 0;
  // The next colon of each form, each found once (an absent form is not sought again: linear).
  let wide = text.indexOf('：');
  let narrow = text.indexOf(':');
  while (wide >= 0 || narrow >= 0) {
    const colon = wide < 0 ? narrow : narrow < 0 ? wide : Math.min(wide, narrow);
    if (colon === wide) wide = text.indexOf('：', colon + 1);
    else narrow = text.indexOf(':', colon + 1);
    let kind = colon;
    while (kind > floor && isBlankChar(text[kind - 1]!)) kind--;
    if (kind - 2 < floor || !KIND_WORDS.has(text.slice(kind - 2, kind))) continue;
    let role = kind - 2;
    while (role > floor && isBlankChar(text[role - 1]!)) role--;
    for (let start = Math.max(floor, role - MAX_LABEL_HEAD); start < role; start++) {
      LABEL_AT_RE.lastIndex = start;
      const m = LABEL_AT_RE.exec(text);
      if (m !== null && start + m[0].length === colon + 1) {
        yield { start, end: colon + 1 };
        floor = colon + 1;
        break;
      }
    }
  }
}
const KIND_WORDS = new Set(['单位', '部门']);
/** Most characters of a label's role words before its kind word ("主要负责牵头": qualifier and two roles). */
const MAX_LABEL_HEAD = 12;
const isBlankChar = (ch: string) => ch === '\u3000' || /\s/u.test(ch);

function toSpan(p: Pair): { start: number; end: number } {
  return { start: p.open, end: p.end };
}

const SENTENCE_VERB_RE = /(?:负责|牵头)(?=[。；;！!？?\n]|$)/g;
/** Sentence boundaries by char code: a sentence is walked back a character at a time. */
const SENTENCE_BOUNDARY = charClass(['。', '；', ';', '！', '!', '？', '?', '\n']);
/** A sentence that is only a unit list and a verb is never longer than this. */
const MAX_SENTENCE = 400;

/**
 * Sentences that are nothing but a unit list and a closing role verb ("A、B按照职能分工负责。").
 * `taken` are the clauses already found (sorted); a sentence may not overlap them.
 */
export function sentences(text: string, pairs: readonly Pair[], taken: readonly Found[]): Found[] {
  const out: Found[] = [];
  const pairSpans = pairs.map(toSpan);
  SENTENCE_VERB_RE.lastIndex = 0;
  for (let m = SENTENCE_VERB_RE.exec(text); m !== null; m = SENTENCE_VERB_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (insideAny(pairSpans, m.index)) continue;
    // Walks stop at the boundary that follows the previous match, so they never overlap.
    const floor = Math.max(0, m.index - MAX_SENTENCE);
    let start = m.index;
    while (start > floor && SENTENCE_BOUNDARY[text.charCodeAt(start - 1)] !== 1) start--;
    if (start > 0 && SENTENCE_BOUNDARY[text.charCodeAt(start - 1)] !== 1) continue; // too long
    if (overlapsAny(taken, start, end)) continue;
    const found = parseStretch(text, start, end);
    if (found === null || !found.body.hasRoleWord) continue;
    out.push({ ...found, start: found.view.map[0] ?? start });
  }
  return out;
}
