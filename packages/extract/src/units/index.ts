/**
 * Responsibility clauses: who leads, assists or shares each task ("（财政部牵头，国务院相关部门及
 * 各地区按职责分工负责）", "负责单位：…", "（责任单位：…）", flattened task tables).
 */
import { SHORT_FORM_OPENING } from './actors.js';
import { outermostPairs } from './brackets.js';
import { assignRoles } from './clause.js';
import { conventionAt, conventionStartsAt, findConvention, type LeadConvention } from './convention.js';
import { bracketed, labelled, sentences, type Found } from './find.js';
import { tableCells } from './table.js';
import type { ResponsibilityClause, UnitMention } from './types.js';
import { mentions, sourceRange, withoutMarkup, type Span, type View } from './view.js';

export type { LeadConvention } from './convention.js';
export type { ResponsibilityClause, UnitMention } from './types.js';
export { conventionAt, findConvention } from './convention.js';
export { normalizeUnitName, withoutScopeNote } from './names.js';
export { isActorName, actorListAt } from './actors.js';
export { findDuties, type ProseContext } from './prose.js';
export { carriedRow, readRow } from './row.js';
export { spacedTableGoals } from './table.js';

/** A clause's closing timing note as a deadline: "2025年底前完成" → "2025年底前". */
function noteOf(view: View, note: Span, base: number): { text: string; start: number; end: number } {
  const written = view.s.slice(note.start, note.end).replace(/(?:完成|办结|实现|落实到位)$/u, '');
  const r = sourceRange(view, { start: note.start, end: note.start + Math.max(1, written.length) });
  return { text: written, start: base + r.start, end: base + r.end };
}

/**
 * Notes in brackets that are no part of the unit list they follow, blanked (offsets unchanged): a
 * note stating the document's convention ("（除标注“分别牵头”外，列第一位为牵头单位，下同）",
 * "（以下如无特别说明，排名第一的为牵头单位）") and a unit's short form ("市市场监督管理局（以下简称市
 * 市场监管局）、市公安局", "（以下统称…）").
 */
function withoutNotes(text: string): string {
  if (!/第一|首位|最前|不分先后|称/u.test(text)) return text;
  return text.replace(NOTE_IN_BRACKETS_RE, (note) => {
    // A short form alone (one that goes on to name units keeps them: "（简称市政务中心，市数据局配合）").
    if (ALIAS_NOTE_RE.test(note)) return /[、，,；;]/u.test(note) ? note : ' '.repeat(note.length);
    // The note opens with the convention, perhaps after its scope (an exception "除…外，", "以下",
    // "如无特别说明，"): it names no units itself.
    const scope = CONVENTION_SCOPE_RE.exec(note);
    return conventionStartsAt(note, scope === null ? 1 : scope[0].length) ? ' '.repeat(note.length) : note;
  });
}
const NOTE_IN_BRACKETS_RE = /[（(][^（）()\n]{0,80}[）)]/gu;
/** What may open a convention's note before the convention: its exceptions, or where and when it holds. */
const CONVENTION_SCOPE_RE = /^[（(](?:除[^，,）)]{0,20}外[，,]|(?:以下|下文|本表|本清单|本方案)?(?:中|各项)?(?:如无特别说明|如无特殊说明|如无特别注明|未特别(?:说明|注明)的|除特别(?:说明|注明)外)?[，,]?)/u;
/** A short form given in brackets (the words prose reads too). */
const ALIAS_NOTE_RE = new RegExp(`^${SHORT_FORM_OPENING}`, 'u');

/** Keeps clauses in text order and drops any that overlaps one before it. */
function disjoint(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    if (prev === undefined || f.start >= prev.end) out.push(f);
  }
  return out;
}

/**
 * Finds every responsibility clause in `text`; offsets are `base + index in text`.
 * `convention` is the document's lead-order convention; when it is left out, one stated in
 * `text` itself is used (pass null to read lists without any). `wrap` is the width the document
 * was hard-wrapped at (@policyc/parse's `wrapWidth`), or null. `documentEnd` is where the document's
 * text ends, trailing blanks aside (-1: not known): a clause the text stops inside is read up to its
 * last whole name. Never throws; linear time.
 */
export function findClauses(
  text: string,
  base = 0,
  convention?: LeadConvention | null,
  wrap: number | null = null,
  documentEnd = -1,
): ResponsibilityClause[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Whether this text is the document's last (it reaches its last non-blank character): an excerpt
  // may stop inside its last clause.
  const endsDocument = documentEnd >= 0 && base + text.length >= documentEnd;
  const source = text;
  const unmarked = withoutMarkup(text);
  text = withoutNotes(unmarked);
  // Read before the notes stating it are blanked.
  const conv = convention === undefined ? findConvention(unmarked) : convention;
  // A convention found here has offsets in `text`; one passed in, in the document's.
  const at = convention === undefined ? 0 : base;
  const pairs = outermostPairs(text);
  const framed = disjoint([...bracketed(text, pairs, endsDocument), ...labelled(text, pairs, wrap)]);
  const prose = sentences(text, pairs, framed);
  const withProse = disjoint([...framed, ...prose]);
  const all = joinSplitLabels(text, disjoint([...withProse, ...tableCells(text, withProse)]));
  return all.map((f) => {
    const roles = assignRoles(f.body.units, conventionAt(conv, at + f.start, at + f.end));
    return {
      start: base + f.start,
      end: base + f.end,
      text: source.slice(f.start, f.end),
      form: f.fromTable === true ? ('table' as const) : ('clause' as const),
      ...(f.body.note === undefined ? {} : { deadline: noteOf(f.view, f.body.note, base) }),
      lead: mentions(f.view, roles.lead, base),
      assist: mentions(f.view, roles.assist, base),
      responsible: mentions(f.view, roles.responsible, base),
    };
  });
}

/**
 * "牵头单位：A" and "配合单位：B" (or "责任单位：B") on lines of their own are one clause: a
 * clause whose units are all marked as leads, followed across nothing but white space by one
 * that marks none, is joined with it, so the second one's units assist the lead.
 */
function joinSplitLabels(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    // (A table's rows are clauses of their own, each its line, however close they stand.)
    if (prev && prev.fromTable !== true && f.fromTable !== true && namesOnlyLeads(prev) && f.body.units.every((u) => u.tag !== 'lead') && /^[\s\u3000。；;]*$/u.test(text.slice(prev.end, f.start))) {
      const shift = prev.view.s.length;
      out[out.length - 1] = {
        start: prev.start,
        end: f.end,
        view: { s: prev.view.s + f.view.s, map: [...prev.view.map, ...f.view.map] },
        body: {
          units: [
            ...prev.body.units.map((u) => ({ ...u, tag: 'lead' as const })),
            ...f.body.units.map((u) => ({ ...u, start: u.start + shift, end: u.end + shift })),
          ],
          hasRoleWord: true,
        },
      };
    } else out.push(f);
  }
  return out;
}

/** The clause names leads only: units marked as leads, or one unit alone (who leads by itself). */
function namesOnlyLeads(f: Found): boolean {
  const units = f.body.units;
  if (units.some((u) => u.tag === 'assist')) return false;
  const plain = units.filter((u) => u.tag === 'plain').length;
  return plain === 0 || (plain === 1 && units.length === 1);
}
