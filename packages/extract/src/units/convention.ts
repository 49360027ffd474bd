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
}

// Each alternative is a fixed sequence of short optional words: no nested repetition, so the
// scan is linear.
const FIRST_LEADS_RE =
  /(?:列|排|排在|列在|排名|排序)?(?:第一位|第一个|第一|首位|最前)(?:的|者)?(?:责任|负责)?(?:单位|部门)?(?:为|是)(?:牵头|主要负责|主责|主办)(?:或(?:汇总|总牵头|主责))?(?:单位|部门)|(?:牵头|主责|主办)(?:单位|部门)(?:列|排)(?:在)?(?:第一位|首位)/g;
const NO_ORDER_RE = /(?:排名|排序|排列|顺序)不分先后/g;
/** "，下同" / "(下同)" after the convention extends it to the rest of the document. */
const SAME_BELOW_RE = /^[，,]?下同/;

function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}

/** Finds the first lead-order convention stated in `text`, or null. Never throws. */
export function findConvention(text: string): LeadConvention | null {
  if (typeof text !== 'string') return null;
  const lead = firstMatch(FIRST_LEADS_RE, text);
  const none = firstMatch(NO_ORDER_RE, text);
  const m = lead !== null && (none === null || lead.index <= none.index) ? lead : none;
  if (m === null) return null;
  const start = m.index;
  let end = start + m[0].length;
  const tail = SAME_BELOW_RE.exec(text.slice(end, end + 4));
  if (tail !== null) end += tail[0].length;
  return { firstListedLeads: m === lead, sentence: text.slice(start, end), start, end };
}

const FIRST_LEADS_AT = new RegExp(FIRST_LEADS_RE.source, 'y');
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
