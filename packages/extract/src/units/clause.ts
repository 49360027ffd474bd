/**
 * The grammar of a responsibility clause's body (the text inside its brackets, or after a
 * "负责单位：" label), and how its units get their roles.
 *
 *   body   := part ((；|。) part)*           parts may also start at "，" before a label
 *   part   := label? phrase*  list?           label: "牵头单位：", "责任单位：", "适用范围：" …
 *   phrase := list verb                       verb: 牵头, 负责, 总牵头, 按职责分工负责, 分工负责, 会同, 协助, 配合 …
 *
 * A body parses only when every list in it is made of unit names; anything else (prose, a
 * scope note in brackets) makes it no clause. Parts that state a convention ("列第一位者为牵头
 * 单位，下同") or carry a label that names no units ("适用范围：…") are skipped.
 */
import { ASSIST_WORDS, columnNoteRole, DOC_NUMBER, LEAD_WORDS, UNIT_KIND_WORDS, withoutColumnNote } from '@policyc/parse';
import { conventionStartsAt, isConventionSentence, type LeadConvention } from './convention.js';
import { isListedName, isPlaceName, NAME_LAST_CHARS } from './names.js';
import { splitLabelledUnits, splitMostlyUnits, splitUnits, type NameSpan } from './split.js';
import { compact, type Span, type View } from './view.js';

/** How the text marks a unit before roles are settled: plain units depend on the rest. */
export type Tag = 'lead' | 'assist' | 'plain';

export interface TaggedSpan extends NameSpan {
  tag: Tag;
}

export interface ParsedBody {
  units: TaggedSpan[];
  /** A closing note on timing ("2025年底前完成"), in the body's coordinates. */
  note?: Span;
  /** A role verb or a unit label occurred; without one a body is a bare list of names. */
  hasRoleWord: boolean;
}

export interface Roles {
  lead: NameSpan[];
  assist: NameSpan[];
  responsible: NameSpan[];
}

// The role words (LEAD_WORDS, ASSIST_WORDS) are the parser's, which reads table columns by them too.
const LEAD_WORD = new RegExp(`^(?:${LEAD_WORDS})`);
const ASSIST_WORD = new RegExp(`^(?:${ASSIST_WORDS})`);
/**
 * What a responsibility is for, before 责任 ("管理责任单位", "监管责任部门", "属地管理责任单位", "行业
 * 监管责任部门"): two to four characters but a role word, which says the role ("配合责任单位"), or the
 * end of a unit's name, which a label may follow with nothing between ("县商务局责任单位：").
 */
const DUTY_QUALIFIER = `(?!${LEAD_WORDS}|${ASSIST_WORDS}|负责)[\u4e00-\u9fff]{1,3}(?![${NAME_LAST_CHARS}])[\u4e00-\u9fff](?=责任)`;
/**
 * A unit label's or a unit column's noun (clause labels, row.ts, table.ts) is one grammar: a
 * qualifier or what the column covers, a role word, perhaps a word of what its units do, then a
 * kind word ("牵头单位", "牵头负责部门", "配合实施单位", "总牵头单位", "考核配合单位", "负责考核部门",
 * "主要责任单位", "协同配合单位", "责任主体"); or a kind word alone ("单位", "部门"). The qualifier and
 * the doing stand only beside a role word: "工作单位" (a person's employer) and "考核单位" (the body
 * that assesses) name no units answerable. The first lead or assist word after the qualifier gives
 * the role (`tagOfLabel`); a noun of any other role word (责任单位, 指导部门, 实施主体) is read by
 * the clause rules (one unit leads, several share).
 */
const NOUN_QUALIFIER = `主要(?!负责)|其他|具体|总|考核|工作|任务|${DUTY_QUALIFIER}`;
const NOUN_ROLE = `${LEAD_WORDS}|${ASSIST_WORDS}|责任|负责|指导|实施|推进|行使|承办|主管|落实|执行|涉及|相关`;
const NOUN_DOING = `${LEAD_WORDS}|${ASSIST_WORDS}|负责|责任|实施|落实|考核|推进`;
const UNIT_NOUN_RE = new RegExp(`^(?:(?:${NOUN_QUALIFIER})?(?:${NOUN_ROLE})(?:${NOUN_DOING})?)?(?:${UNIT_KIND_WORDS}|主体)$`, 'u');
const NOUN_QUALIFIER_RE = new RegExp(`^(?:${NOUN_QUALIFIER})`, 'u');
/** A cut-off, white space aside: longer lines are not asked (every line of a section may be). */
export const MAX_UNIT_COLUMN = 10;

/**
 * The cell `text[start, end)` of a column of places (SUBJECT_COLUMN: "县（市）", "地区") when it names
 * one place (`isPlaceName`; `bare`: a town by its name alone): that place answers for the row, in
 * `role`, named by the whole cell, white space out (its letters may be spaced to fill the cell,
 * "城 厢"). Null for anything else. One reading for the parser's tables and the extractor's rows.
 */
export function placeCell(text: string, start: number, end: number, role: Tag, bare: boolean): { view: View; body: ParsedBody } | null {
  const view = compact(text, start, end);
  return isPlaceName(view.s, bare) ? { view, body: { units: [{ start: 0, end: view.s.length, tag: role }], hasRoleWord: false } } : null;
}

/** The role a unit column's header (white space removed) gives its units; null for no unit column. */
export function roleOfUnitColumn(header: string): Tag | null {
  const name = withoutColumnNote(header);
  if (name.length > MAX_UNIT_COLUMN || !UNIT_NOUN_RE.test(name)) return null;
  // A role in the note after a plain name ("责任单位（牵头）") is the column's, as in its name.
  const role = tagOfLabel(name);
  return role === 'plain' ? (columnNoteRole(header) ?? role) : role;
}
/** After the units and their verb, a short note on timing may close the part ("…负责，2025年底前完成"). */
const NOTE_RE = /^(?:\d{4}年|[0-9一二三四五六七八九十]{1,2}月|年底|年内|长期|持续|按年度|每年|分阶段)[^，,；;]{0,30}$/;
/** "主要协作单位", "其他配合单位", "管理责任单位": a qualifier may say which of them a label lists, or what for. */
const LABEL_QUALIFIER = `主要|其他|具体|${DUTY_QUALIFIER}`;
/**
 * A unit label as it may stand in a section's text ("牵头单位：", "主要协作单位：", "配合 部门："), matched
 * where it starts (sticky: find.ts seeks labels from their colons): the role words above, fixed
 * words around optional blanks (linear). See `UNIT_NOUN_RE` for the label read.
 */
export const LABEL_AT_RE = new RegExp(`(?:${LABEL_QUALIFIER})?(?:${LEAD_WORDS}|${ASSIST_WORDS})?(?:负责|责任|承办|实施|${LEAD_WORDS}|${ASSIST_WORDS})[\\s\\u3000]*(?:单位|部门)[\\s\\u3000]*[：:]`, 'y');
/** Any short "xxx：" at the start of a part. */
const LABEL_RE = /[^：:，,、。；;（）()]{1,8}[：:]/y;
/** A unit label closed by ； at the start of a part, which `parts` kept whole ("责任单位；A、B"). */
const SEMICOLON_LABEL_RE = /[^：:，,、。；;（）()]{1,8}[；;]/y;
/**
 * Guidance as a clause's verb, alone or among the oversight it goes with ("指导", "加强指导", "加强支持、
 * 指导和监督", "督导"): the units guide the work the clause's other units carry out (GUIDE_RE).
 */
const OVERSIGHT = '监督检查|督促检查|支持|监督|督促|检查|协调|服务|把关';
// (At most three words of oversight on either side of the guidance, a mark between them or none:
// bounded, so the scan stays linear.)
const GUIDANCE_VERB = `(?:加强|做好)?(?:(?:${OVERSIGHT})[、和及与]?){0,3}(?:业务)?(?:指导|督导)(?:[、和及与]?(?:${OVERSIGHT})){0,3}`;
const GUIDE_RE = /指导|督导/u;
// Alternatives but the first (guidance, bounded) are literals tried longest first: the scan is linear.
// The assisting verbs are the role words labels and columns read ("配合", "协同", "协作" …), one to three of them in a row.
const VERB_RE = new RegExp(
  `${GUIDANCE_VERB}|[（(](?:牵头|主责|配合|协助|参与)(?:单位|部门)?[）)]|主要负责|(?:分别|总)?牵头(?:负责|落实|实施|推进)?|主办|主责|按照?(?:职责|职能)?(?:分工)?(?:分别|共同|各自)?(?:负责|牵头|落实)(?:落实|实施|推进)?|按照?(?:职责|职能)?分工|分[工头](?:负责|落实)|(?:共同|分别|具体|总)?负责(?:落实|实施|推进)?|组织实施|落实|会同|(?:${ASSIST_WORDS}){1,3}`,
  'g',
);

/** A role in brackets after a name: "市住房城乡建设局（牵头）、市规划和自然资源局". */
const BRACKETED_ROLE = /^[（(]/;

const DIVIDED_BY_RE = /^(?:按照?(?:职责|职能)?(?:分工)?)?(?:分别|各自)?/u;

function tagOfVerb(written: string, fallback: Tag): Tag {
  // (The way the work is divided before the verb says nothing of the role: "按职责分工分别牵头" leads.)
  const verb = written.replace(/^[（(]|[）)]$/g, '').replace(DIVIDED_BY_RE, '');
  // "A总牵头", "A总负责": the one answerable for the whole leads, as 负总责 does in prose.
  if (LEAD_WORD.test(verb) || verb === '会同' || verb.startsWith('总')) return 'lead';
  if (ASSIST_WORD.test(verb)) return 'assist';
  return fallback;
}

/** The role a label or a role noun's word gives its units ("牵头单位" lead, "配合单位" assist, "责任单位" the clause rules). */
export function tagOfLabel(written: string): Tag {
  // 主要负责 is a lead word whole ("主要负责单位"), not 主要 before 负责 (see NOUN_QUALIFIER).
  const role = ROLE_WORD_ANYWHERE.exec(written.replace(NOUN_QUALIFIER_RE, ''));
  if (role === null) return 'plain';
  return LEAD_WORD.test(role[0]) ? 'lead' : ASSIST_WORD.test(role[0]) ? 'assist' : 'plain';
}
/** The first lead or assist word of a noun ("责任牵头单位" → 牵头). */
const ROLE_WORD_ANYWHERE = new RegExp(`${LEAD_WORDS}|${ASSIST_WORDS}`, 'u');

function labelAt(s: string, i: number, end: number): string | null {
  LABEL_RE.lastIndex = i;
  const m = LABEL_RE.exec(s);
  if (m === null || i + m[0].length > end) return null;
  return m[0];
}

function semicolonLabelAt(s: string, i: number, end: number): string | null {
  SEMICOLON_LABEL_RE.lastIndex = i;
  const m = SEMICOLON_LABEL_RE.exec(s);
  return m === null || i + m[0].length > end || !UNIT_NOUN_RE.test(m[0].slice(0, -1)) ? null : m[0];
}

/** Longest unit label noun before its colon ("配合实施单位"). */
const MAX_LABEL_NOUN = 8;

/**
 * Where a unit label that ends at the colon `s[colon]` begins, when it is not the first thing
 * of its part ("牵头单位：A　责任单位：B", the space between fields lost): the longest unit
 * label noun ending there, -1 if none. Bounded: at most MAX_LABEL_NOUN tries a colon.
 */
function labelStartBefore(s: string, from: number, colon: number): number {
  for (let k = Math.min(MAX_LABEL_NOUN, colon - from - 1); k >= 2; k--) {
    if (UNIT_NOUN_RE.test(s.slice(colon - k, colon))) return colon - k;
  }
  return -1;
}

/**
 * Splits `[a, b)` into parts at depth-0 ；。, at "，" that precedes a label or a convention, and
 * where a unit label ("责任单位：") starts a new field with no separator before it.
 */
function parts(s: string, a: number, b: number): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = a;
  // By char code: every character of every clause body is looked at.
  for (let i = a; i < b; i++) {
    const code = s.charCodeAt(i);
    if (code === 0xff08 || code === 0x28) depth++; // （ (
    else if (code === 0xff09 || code === 0x29) depth = Math.max(0, depth - 1); // ） )
    else if (depth === 0) {
      if (code === 0xff1a || code === 0x3a) { // ： :
        // A label that opens the part ("牵头单位：") is read by parsePart, not cut in two.
        const opening = labelAt(s, from, b);
        const label = opening !== null && from + opening.length === i + 1 ? -1 : labelStartBefore(s, from, i);
        if (label > from && /[^，,、]/u.test(s.slice(from, label))) {
          out.push({ start: from, end: label });
          from = label;
        }
        continue;
      }
      // A unit label closed by ； as by a colon ("责任单位；A、B", a slip of the keyboard) opens its list.
      const hard = (code === 0xff1b || code === 0x3b || code === 0x3002) && !(code !== 0x3002 && i - from <= MAX_LABEL_NOUN && UNIT_NOUN_RE.test(s.slice(from, i)));
      const soft = (code === 0xff0c || code === 0x2c) && (labelAt(s, i + 1, b) !== null || conventionStartsAt(s, i + 1)); // ， ,
      if (hard || soft) {
        out.push({ start: from, end: i });
        from = i + 1;
      }
    }
  }
  out.push({ start: from, end: b });
  return out;
}

/** A verb counts only where a phrase ends: before "，", the part's end, or (for 会同) a list. */
function verbEndsPhrase(s: string, verb: string, end: number, partEnd: number): boolean {
  if (verb === '会同') return end < partEnd;
  if (BRACKETED_ROLE.test(verb)) return end === partEnd || /[，,、]/.test(s[end] ?? '');
  return end === partEnd || s[end] === '，' || s[end] === ',';
}

/** `b`, or where a closing timing note (", 2025年底前完成") starts within `[cur, b)`. */
function withoutNote(s: string, cur: number, b: number): number {
  const tail = s.slice(cur, b);
  const comma = Math.max(tail.lastIndexOf('，'), tail.lastIndexOf(','));
  if (NOTE_RE.test(tail.slice(comma + 1))) return comma < 0 ? cur : cur + comma;
  return b;
}

/**
 * The units listed in `s[from, to)`; after a unit label (`labelled`), by the labelled-list reading;
 * without one, a list of names but one name-shaped item is taken too.
 * A function of its own rather than a closure made per part: parts are many.
 */
function listIn(s: string, from: number, to: number, labelled: boolean): NameSpan[] | null {
  return labelled ? splitLabelledUnits(s, from, to, isListedName) : splitUnits(s, from, to) ?? splitMostlyUnits(s, from, to, isListedName);
}

/**
 * The principal units' noun ("主要责任单位", "责任主体") beside one of helpers ("协同配合单位"), in a
 * table's header or a clause's labels: its units lead, as the helpers' noun sets them apart. Alone
 * it names the units responsible, no lead among them.
 */
export const PRINCIPAL_NOUN_RE = /^(?:主要(?:责任|负责)(?:单位|部门)|责任主体)$/u;

/** Parses one part: an optional label, then lists closed by verbs, then an optional list; `principal` collects the units a principal label lists. */
function parsePart(s: string, a: number, b: number, out: TaggedSpan[], dflt: Tag, notes: Span[] = [], principal: TaggedSpan[] = [], plainLabelled: TaggedSpan[] = [], guides: TaggedSpan[] = []): boolean | null {
  let hasRoleWord = false;
  let fallback: Tag = dflt;
  const label = labelAt(s, a, b) ?? semicolonLabelAt(s, a, b);
  // After a unit label ("责任单位："), the list is one of units by the document's own say.
  let labelled = false;
  let principalLabel = false;
  const before = out.length;
  if (label !== null) {
    const noun = label.slice(0, -1);
    if (!UNIT_NOUN_RE.test(noun)) return false; // "适用范围：…" names no units
    hasRoleWord = true;
    fallback = tagOfLabel(noun);
    principalLabel = fallback === 'plain' && PRINCIPAL_NOUN_RE.test(noun.replace(/[\s\u3000]/gu, ''));
    a += label.length;
    labelled = true;
  }
  const sub = s.slice(a, b);
  VERB_RE.lastIndex = 0;
  let cur = a;
  for (let m = VERB_RE.exec(sub); m !== null; m = VERB_RE.exec(sub)) {
    const start = a + m.index;
    const end = start + m[0].length;
    if (!verbEndsPhrase(s, m[0], end, b)) continue;
    const listed = listIn(s, cur, start, labelled);
    if (listed === null) return null;
    const guide = GUIDE_RE.test(m[0]);
    const tag = guide ? 'assist' : tagOfVerb(m[0], fallback);
    for (const n of listed) {
      const unit = tagged(n, tag);
      out.push(unit);
      if (guide) guides.push(unit);
    }
    hasRoleWord = true;
    cur = end;
  }
  const end = hasRoleWord ? withoutNote(s, cur, b) : b;
  if (end < b) notes.push({ start: s[end] === '，' || s[end] === ',' ? end + 1 : end, end: b });
  if (/[^，,、]/.test(s.slice(cur, end))) {
    const listed = listIn(s, cur, end, labelled);
    if (listed === null) return null;
    for (const n of listed) out.push(tagged(n, fallback));
  }
  // Only the units the label itself gives its role (not those a verb in the part tags: "区财政局配合").
  if (principalLabel) principal.push(...out.slice(before).filter((u) => u.tag === fallback));
  else if (labelled && fallback === 'plain') plainLabelled.push(...out.slice(before).filter((u) => u.tag === 'plain'));
  return hasRoleWord;
}

/**
 * A name span with its tag, its fields written out: a spread of the span copies property by
 * property on V8's slow path (a fifth of the units' time at ×100, where tens of thousands of
 * names are listed).
 */
function tagged(n: NameSpan, tag: Tag): TaggedSpan {
  return n.name === undefined ? { start: n.start, end: n.end, tag } : { start: n.start, end: n.end, name: n.name, tag };
}

/**
 * A character every convention sentence holds (第一, 首位, 最前, 不分先后, 下同): a part without
 * one states none, and is not handed to `isConventionSentence`, whose strip and two searches
 * cost a fifth of the parsing of clause bodies at ×100. One of a few characters, not the words,
 * because that test strips punctuation first ("第，一" reads as 第一 there).
 */
const CONVENTION_CHAR_RE = /[一首最先同]/u;

/** Sentence ends inside a clause body: what follows one may be a note rather than more units. */
const HARD_STOP = new Set(['。', '；', ';']);

/**
 * Parses a clause body `s[a, b)`; null when it is not one (prose, notes, no units).
 * `dflt` is the role of units no word marks (a table column's role; plain elsewhere).
 */
export function parseBody(s: string, a: number, b: number, dflt: Tag = 'plain'): ParsedBody | null {
  const units: TaggedSpan[] = [];
  const notes: Span[] = [];
  const principal: TaggedSpan[] = [];
  const plainLabelled: TaggedSpan[] = [];
  const guides: TaggedSpan[] = [];
  let hasRoleWord = false;
  for (const p of parts(s, afterCitation(s, a, b), b)) {
    const part = s.slice(p.start, p.end);
    if (!/[^，,、]/.test(part)) continue;
    if (CONVENTION_CHAR_RE.test(part) && isConventionSentence(part)) continue;
    // "（A牵头，B配合；2025年底前完成）": a part that is only a timing note; so may the first be,
    // before the units ("（2024年底前完成，责任单位：县人社局）"): a body that names none is no clause.
    if (NOTE_RE.test(part)) {
      notes.push({ start: p.start, end: p.end });
      continue;
    }
    const before = units.length;
    const notesBefore = notes.length;
    const r = parsePart(s, p.start, p.end, units, dflt, notes, principal, plainLabelled, guides);
    // "（责任单位：A、B。以下各项均需B落实，不再单独列出）": once a part has named its units by a
    // label or a role verb, a sentence after 。 or ； that is no part of a clause is a note the
    // bracket goes on with (a scope, a remark), and the clause ends before it.
    if (r === null && hasRoleWord && before > 0 && HARD_STOP.has(s[p.start - 1] ?? '')) {
      units.length = before;
      notes.length = notesBefore;
      break;
    }
    if (r === null) return null;
    hasRoleWord ||= r;
  }
  if (units.length === 0) return null;
  // "（各级人民政府负责，省自然资源厅等部门加强指导）": guides assist the units that carry the work
  // out; with none besides them ("（省教育厅加强指导）", "（A指导，B配合）"), what they guide is their duty.
  if (units.every((u) => u.tag === 'assist')) for (const u of guides) u.tag = 'plain';
  // "（主要责任单位：A、B；协同配合单位：C）": beside helpers of their own, the principal units lead —
  // unless a lead is named besides them ("牵头单位：…；主要责任单位：…"), who leads them too.
  if (principal.length > 0 && !units.some((u) => u.tag === 'lead') && units.some((u) => u.tag === 'assist' && !principal.includes(u))) {
    for (const u of principal) u.tag = 'lead';
  }
  // "（责任主体：A；责任单位：B、C）": the principal's label first, another plain label's units after
  // it are the ones the principal's noun sets apart from: they assist it. (Listed the other way
  // round, "责任单位：B；责任主体：A", the two answer together.)
  const others = plainLabelled.filter((u) => !principal.includes(u));
  if (principal.length > 0 && others.length > 0 && !units.some((u) => u.tag === 'lead') && principal[0]!.start < others[0]!.start) {
    for (const u of principal) u.tag = 'lead';
    for (const u of others) u.tag = 'assist';
  }
  return notes[0] === undefined ? { units, hasRoleWord } : { units, hasRoleWord, note: notes[0] };
}

/**
 * Where a body goes on after the documents it opens by citing: a policy list notes the source of
 * each measure beside the units that carry it out ("（某发〔2021〕9号，省发展改革委牵头负责）",
 * "（《某意见》、某办〔2020〕3号，各市政府负责）", "（某发〔2021〕9号文件，…）"), and the citation names no
 * unit. `a` when the body opens with none, or cites and says nothing more.
 */
function afterCitation(s: string, a: number, b: number): number {
  let i = a;
  for (let cited = 0; cited < MAX_CITED; cited++) {
    i = citedEnd(s, i, b);
    if (i < 0) return a;
    // "某发〔2021〕9号文件，", "某发〔2021〕9号文，": the document named by its number.
    if (s.startsWith('文件', i)) i += 2;
    else if (s[i] === '文') i++;
    const next = s[i];
    if (next === '，' || next === ',') return i + 1 < b ? i + 1 : a;
    // A space parted it from the units in the text ("某发〔2021〕9号 省发展改革委负责"), gone in the
    // compacted body: what follows is read as the clause, which parses only if it names units.
    if (next !== '、' && next !== '和' && next !== '及') return i < b ? i : a;
    i++;
  }
  return a;
}
/** Most documents one note cites together. */
const MAX_CITED = 6;

/** Where a document cited at `i` ends (its 发文字号, or its title in 《》), or -1 when none is cited there. */
function citedEnd(s: string, i: number, b: number): number {
  if (s[i] === '《') {
    const close = s.indexOf('》', i + 1);
    return close > i + 1 && close < Math.min(b, i + MAX_CITED_TITLE) ? close + 1 : -1;
  }
  const number = DOC_NUMBER.exec(s.slice(i, Math.min(b, i + MAX_DOC_NUMBER)));
  return number !== null && number.index === 0 ? i + number[0].length : -1;
}
/** Longest title cited in 《》, and longest 发文字号 (an issuer of twelve characters, the year, a serial). */
const MAX_CITED_TITLE = 64;
const MAX_DOC_NUMBER = 32;

/**
 * Settles roles. A named lead (牵头, 会同, 牵头单位：) makes every plain unit assist; otherwise a
 * first-listed-leads convention makes the first plain unit lead and the others assist; otherwise
 * one plain unit alone leads, and so do several beside units named to assist; several alone share
 * responsibility.
 */
export function assignRoles(units: readonly TaggedSpan[], convention: LeadConvention | null): Roles {
  const roles: Roles = { lead: [], assist: [], responsible: [] };
  const plain = units.filter((u) => u.tag === 'plain');
  const hasLead = units.some((u) => u.tag === 'lead');
  // Units named to assist set the others apart: "（A、B负责，C配合）" — A and B lead.
  const hasAssist = units.some((u) => u.tag === 'assist');
  for (const u of units) {
    const span: NameSpan = u.name === undefined ? { start: u.start, end: u.end } : { start: u.start, end: u.end, name: u.name };
    if (u.tag === 'lead') roles.lead.push(span);
    else if (u.tag === 'assist') roles.assist.push(span);
    else if (hasLead) roles.assist.push(span);
    else if (convention?.firstListedLeads === true) (u === plain[0] ? roles.lead : roles.assist).push(span);
    else if (plain.length === 1 || hasAssist) roles.lead.push(span);
    else roles.responsible.push(span);
  }
  return roles;
}
