/**
 * A whitespace-free view of a stretch of source text. Clauses are matched on the view so a
 * page break or indentation inside a label ("牵头部\n\n门：") does not matter, while every
 * character keeps its offset in the source (positions are never taken from normalised text).
 */
import { nameOf, type NameSpan } from './split.js';
import type { UnitMention } from './types.js';

/** Whitespace of every kind that may sit inside a clause (page breaks, U+3000, BOM). */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3000 || code === 0xa0 ||
    code === 0x200b || code === 0xfeff || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f
  );
}

export interface View {
  /** The text with whitespace removed. */
  s: string;
  /** `map[i]` is the source offset of `s[i]` (an Int32Array where prose lines are read, see prose.ts). */
  map: readonly number[] | Int32Array;
}

/** A half-open range `[start, end)` in view coordinates. */
export interface Span {
  start: number;
  end: number;
}

/** Names as written (the view has no whitespace, so a name broken by a page break is whole). */
export function mentions(view: View, spans: readonly NameSpan[], base: number): UnitMention[] {
  return spans.map((span) => {
    const r = sourceRange(view, span);
    return { name: nameOf(view.s, span), start: base + r.start, end: base + r.end };
  });
}

export function compact(text: string, start: number, end: number): View {
  // Runs between spaces are copied whole: most stretches hold no space at all.
  const runs: string[] = [];
  const map: number[] = [];
  let runStart = start;
  for (let i = start; i < end; i++) {
    if (!isSpace(text.charCodeAt(i))) {
      map.push(i);
      continue;
    }
    if (i > runStart) runs.push(text.slice(runStart, i));
    runStart = i + 1;
  }
  if (end > runStart) runs.push(text.slice(runStart, end));
  return { s: runs.join(''), map };
}

/** Source offsets `[start, end)` of a view span (which must be non-empty). */
export function sourceRange(view: View, span: Span): { start: number; end: number } {
  return { start: view.map[span.start] ?? 0, end: (view.map[span.end - 1] ?? -1) + 1 };
}

/**
 * The text with Markdown markup blanked out, offsets unchanged: emphasis runs ("**牵头单位**："),
 * the bullet, heading or quote mark that opens a line ("- 牵头单位：…"), and the backslash that
 * escapes a bracket ("\[市发展改革委负责\]", as a converter writes a page's square brackets). A
 * clause is read on what the policy says, whichever way it was typeset. Linear: one pass, one regex each.
 */
export function withoutMarkup(text: string): string {
  if (!/[*_#>+\\-]/u.test(text)) return text;
  return text
    .replace(/\\(?=[!-/:-@[-`{-~])/gu, ' ')
    .replace(/\*{1,3}|_{2,3}/gu, (m) => ' '.repeat(m.length))
    .replace(/^([ \t\u3000]{0,8})(?:[-*+]|#{1,6}|>)(?=[ \t])/gmu, (m, indent: string) => indent + ' '.repeat(m.length - indent.length));
}
