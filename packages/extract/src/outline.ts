/**
 * The document's outline read off the tree: its sections, and each section's own text
 * (heading and body up to its first subsection), which is where clauses and targets live.
 */
import type { Section as SectionRecord } from '@policyc/model';
import type { Plan, PolicyNode, Root, Section as SectionNode } from '@policyc/parse';

export interface OutlineEntry {
  node: SectionNode;
  record: SectionRecord;
  /** Offsets of the section's own text: its heading up to its first subsection (or its end). */
  ownStart: number;
  ownEnd: number;
  /** Path of the enclosing section, null at the top. */
  parent: string | null;
  /** Whether the section has subsections. */
  isLeaf: boolean;
  /**
   * A responsibility clause alone on a line after the section's last subsection that closes the
   * section itself, not that subsection (see `closingClause`); null when there is none. Read only
   * when `readOutline` is given the text; the subsection's own text then ends before it.
   */
  closing: { start: number; end: number } | null;
  /**
   * The section's own text after its first subsection, when the tree gives it any: the paragraphs
   * after a table whose rows are its subsections (a table's rows end with the table), one run
   * between each table and the next subsection or the section's end. Empty otherwise.
   */
  tails: { start: number; end: number }[];
}

export interface Outline {
  entries: OutlineEntry[];
  /** Offsets of the body text before the first heading (after the header): a preamble. */
  preamble: { start: number; end: number } | null;
  /** Offsets of a notice's own text, between its header and the plan it issues; null without a plan. */
  notice: { start: number; end: number } | null;
}

/** The runs of a section's paragraphs that stand after one of its subsections (see `tails`). */
function textAfterSubsections(section: SectionNode): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let afterSub = false;
  let run: { start: number; end: number } | null = null;
  for (const c of section.children) {
    if (c.type === 'section') {
      afterSub = true;
      run = null;
    } else if (afterSub && c.type === 'paragraph') {
      if (run === null) runs.push((run = { start: c.position.start.offset!, end: c.position.end.offset! }));
      else run.end = c.position.end.offset!;
    }
  }
  return runs;
}

export function readOutline(tree: Root, text?: string): Outline {
  const entries: OutlineEntry[] = [];
  const walk = (node: Root | Plan | SectionNode, parent: string | null) => {
    for (const child of node.children as PolicyNode[]) {
      if (child.type === 'plan') walk(child, parent);
      if (child.type !== 'section') continue;
      const firstSub = child.children.find((c) => c.type === 'section');
      const start = child.position.start.offset!;
      const ownEnd = firstSub ? firstSub.position.start.offset! : child.position.end.offset!;
      const tails = textAfterSubsections(child);
      entries.push({
        node: child,
        record: {
          id: `sec-${child.path}`,
          path: child.path,
          depth: child.depth,
          marker: child.marker,
          ordinal: child.ordinal,
          title: child.title,
          parent,
          position: child.position as SectionRecord['position'],
        },
        ownStart: start,
        ownEnd,
        parent,
        isLeaf: !firstSub,
        closing: null,
        tails,
      });
      walk(child, child.path);
    }
  };
  walk(tree, null);
  if (text !== undefined) findClosingClauses(entries, text);
  // Sections end where the next one starts; a parent's own text ends at its first child.
  const bodyStart = bodyOffset(tree);
  const first = entries[0];
  const preambleEnd = first ? first.ownStart : tree.position.end.offset!;
  return { entries, preamble: preambleEnd > bodyStart ? { start: bodyStart, end: preambleEnd } : null, notice: noticeText(tree) };
}

/**
 * "1.完善体系 / （1）… / （2）… / （责任单位：…）": a bracketed clause on a line of its own after the
 * last subsection of a section closes the section, as the gold format has it (a clause belongs to
 * the item it closes), when no other subsection of it ends with a clause line of its own (then each
 * clause line closes its subsection, the last one included). The clause is moved from the last
 * subsection's own text to the section's `closing`.
 */
function findClosingClauses(entries: OutlineEntry[], text: string): void {
  const children = new Map<string, OutlineEntry[]>();
  for (const e of entries) if (e.parent !== null) (children.get(e.parent) ?? children.set(e.parent, []).get(e.parent)!).push(e);
  for (const e of entries) {
    const subs = children.get(e.record.path);
    if (subs === undefined || subs.length < 2) continue;
    const last = subs[subs.length - 1]!;
    if (!last.isLeaf) continue;
    const clause = clauseLineAtEnd(text, last.ownStart, last.ownEnd);
    if (clause === null || subs.slice(0, -1).some((s) => !s.isLeaf || clauseLineAtEnd(text, s.ownStart, s.ownEnd) !== null)) continue;
    e.closing = clause;
    last.ownEnd = clause.start;
  }
}

/** The last line of `[start, end)` when it is a bracketed clause alone on it and not the only line. */
function clauseLineAtEnd(text: string, start: number, end: number): { start: number; end: number } | null {
  let b = end;
  while (b > start && /\s/u.test(text[b - 1]!)) b--;
  const lineStart = text.lastIndexOf('\n', b - 1) + 1;
  if (lineStart <= start) return null;
  let a = lineStart;
  while (a < b && /[ \t\u3000]/u.test(text[a]!)) a++;
  return CLOSING_CLAUSE_LINE.test(text.slice(a, b)) ? { start: a, end: b } : null;
}

/** A clause in brackets filling its line, opened by a unit label ("（责任单位：…）", "（牵头单位：…）"). */
const CLOSING_CLAUSE_LINE = /^[（(][^（）()\n：:]{0,6}(?:单位|部门)[：:][^\n]{1,300}[）)]$/u;

/** A notice's own text: after its header, before the plan it issues. */
function noticeText(tree: Root): { start: number; end: number } | null {
  let start = 0;
  for (const child of tree.children) {
    if (child.type === 'header') start = child.position.end.offset!;
    if (child.type === 'plan') {
      const end = child.position.start.offset!;
      return end > start ? { start, end } : null;
    }
  }
  return null;
}

/** Where the body begins: after the header, or the plan's title for a notice wrapping a plan. */
function bodyOffset(tree: Root): number {
  let offset = 0;
  for (const child of tree.children) {
    if (child.type === 'header') offset = child.position.end.offset!;
    if (child.type === 'plan') return child.children[0]?.position.end.offset ?? child.position.start.offset!;
  }
  return offset;
}
