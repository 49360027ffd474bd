/**
 * Document-level conventions on how to read unit lists: "列第一位者为牵头单位，下同" makes the
 * first unit of every list the lead; "排名不分先后" says the order means nothing.
 */

/** A document-level convention such as "列第一位者为牵头单位，下同" (first-listed unit leads). */
export interface LeadConvention {
  firstListedLeads: boolean;
  sentence: string;
  start: number;
  end: number;
  /**
   * Where it holds, in the offsets of the text it was found in: from the statement on (the
   * clause holding it included) to the end of the document, or of the attachment it stands in.
   * Left out, it holds everywhere.
   */
  scope?: { start: number; end: number };
  /** A convention stated later, in a text of its own (the next attachment). */
  next?: LeadConvention | null;
}

/*
 * The convention is a small grammar, each part a closed set of words (no nested repetition, so
 * the scan is linear):
 *
 *   first   := (列|排|排在|列在|排名|排序|位列)? (第一位|第一个|第一名|第一|首位|最前)
 *   subject := first (的|者)? (责任|负责)? (单位|部门)?
 *   role    := (工作)? (牵头|主要负责|主责|主办|总牵头) (单位|部门)? (或 (工作)? (汇总|总牵头|主责|牵头|主办) (单位|部门))?
 *              (a kind word at least once: "牵头单位", "牵头或汇总单位")
 *   rule    := subject (为|是) role  |  (牵头|主责|主办)(单位|部门) (列|排)在? (第一位|首位)
 *
 * "列第一位者为牵头单位", "排在首位的单位为牵头单位", "列第一位者为工作牵头单位或汇总单位".
 */
const FIRST = '(?:列|排|排在|列在|排名|排序|位列)?(?:第一位|第一个|第一名|第一|首位|最前)';
const ROLE_WORD = '(?:工作)?(?:牵头|主要负责|主责|主办|总牵头)';
const OR_ROLE = '或(?:工作)?(?:汇总|总牵头|主责|牵头|主办)(?:单位|部门)';
const ROLE = `${ROLE_WORD}(?:(?:单位|部门)(?:${OR_ROLE})?|${OR_ROLE})`;
const FIRST_LEADS = `${FIRST}(?:的|者)?(?:责任|负责)?(?:单位|部门)?(?:为|是)${ROLE}|(?:牵头|主责|主办)(?:单位|部门)(?:列|排)(?:在)?(?:第一位|首位)`;
const FIRST_LEADS_RE = new RegExp(FIRST_LEADS, 'g');
const NO_ORDER_RE = /(?:排名|排序|排列|顺序)不分先后/g;
/** "，下同" / "(下同)" after the convention extends it to the rest of the document. */
const SAME_BELOW_RE = /^[，,]?下同/;

/**
 * Finds the lead-order conventions stated in `text`: the first, its scope, and those stated in
 * later attachments chained as `next`. Null when there is none. Never throws; linear.
 */
export function findConvention(text: string): LeadConvention | null {
  if (typeof text !== 'string') return null;
  return conventionFrom(text, 0, 0);
}

/** The first convention stated in `text` from `from` on; `depth` bounds the chain. */
function conventionFrom(text: string, from: number, depth: number): LeadConvention | null {
  const lead = matchFrom(FIRST_LEADS_RE, text, from);
  const none = matchFrom(NO_ORDER_RE, text, from);
  const m = lead !== null && (none === null || lead.index <= none.index) ? lead : none;
  if (m === null) return null;
  const start = m.index;
  let end = start + m[0].length;
  const tail = SAME_BELOW_RE.exec(text.slice(end, end + 4));
  if (tail !== null) end += tail[0].length;
  // Stated inside an attached text (an attachment label opens a line before it), it holds up to
  // the next attachment; stated in a notice's own text, it holds for what the notice attaches.
  const labelBefore = matchFrom(ATTACHED_TEXT_RE, text, 0);
  const inside = labelBefore !== null && labelBefore.index < start;
  const nextLabel = inside ? matchFrom(ATTACHED_TEXT_RE, text, end) : null;
  const scopeEnd = nextLabel === null ? text.length : nextLabel.index;
  const later = nextLabel === null || depth >= MAX_CONVENTIONS ? null : conventionFrom(text, nextLabel.index, depth + 1);
  // A note that closes a clause ("责任单位：A、B（列第一位者为牵头单位，下同）") holds for that
  // clause too: the scope opens with the sentence the statement stands in. A note set under what
  // it annotates ("注：列第一位的为牵头单位", under a task table) holds for all of it: the scope
  // opens with the attached text it stands in, or the document.
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const scopeStart = NOTE_OPENING_RE.test(text.slice(lineStart, start))
    ? attachedTextStart(text, start)
    : Math.max(lineStart - 1, text.lastIndexOf('。', start)) + 1;
  return { firstListedLeads: m === lead, sentence: text.slice(start, end), start, end, scope: { start: scopeStart, end: scopeEnd }, next: later };
}

/** How many attachments' conventions are chained (each costs one scan of the rest). */
const MAX_CONVENTIONS = 8;

/** An attachment label alone on its line ("附件2"), its title on the next: where an attached text opens. */
const ATTACHED_TEXT_RE = /(?:^|\n)[ \t\u3000]{0,4}附件[ \t\u3000]{0,2}[0-9０-９]{0,2}[ \t\u3000]{0,4}(?=\r?\n)/gu;

/** The opening of a note line, up to the statement: "注：", "备注：", "说明：1." (a few words may precede it). */
const NOTE_OPENING_RE = /^[ \t\u3000]{0,4}(?:注|备注|说明)[ \t\u3000]{0,2}[0-9０-９]{0,2}[：:．.、][^\n]{0,20}$/u;

/** Where the attached text holding `offset` opens (its label's line), or 0 outside any. */
function attachedTextStart(text: string, offset: number): number {
  let opening = 0;
  for (let m = matchFrom(ATTACHED_TEXT_RE, text, 0); m !== null && m.index < offset; m = matchFrom(ATTACHED_TEXT_RE, text, m.index + m[0].length)) opening = m.index;
  return opening;
}

function matchFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(text);
}

/**
 * The convention that holds at `offset` (a clause ending there or later sees a statement made
 * inside it), or null.
 */
export function conventionAt(convention: LeadConvention | null | undefined, start: number, end: number): LeadConvention | null {
  for (let c = convention ?? null; c !== null; c = c.next ?? null) {
    if (c.scope === undefined) return c;
    if (end > c.scope.start && start < c.scope.end) return c;
  }
  return null;
}

const FIRST_LEADS_AT = new RegExp(FIRST_LEADS, 'y');
const NO_ORDER_AT = new RegExp(NO_ORDER_RE.source, 'y');

/** True when a convention statement starts at `s[i]` ("…负责，排名不分先后"). */
export function conventionStartsAt(s: string, i: number): boolean {
  FIRST_LEADS_AT.lastIndex = i;
  NO_ORDER_AT.lastIndex = i;
  return FIRST_LEADS_AT.test(s) || NO_ORDER_AT.test(s);
}

/** True when `part` (a sentence of a clause) only states a convention. */
export function isConventionSentence(part: string): boolean {
  const p = part.replace(/[（）()。，,；;]/g, '');
  if (p === '下同') return true;
  FIRST_LEADS_RE.lastIndex = 0;
  NO_ORDER_RE.lastIndex = 0;
  const m = FIRST_LEADS_RE.exec(p) ?? NO_ORDER_RE.exec(p);
  return m !== null && m.index === 0 && /^(?:下同)?$/.test(p.slice(m[0].length));
}
