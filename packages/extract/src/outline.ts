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
}

export interface Outline {
  entries: OutlineEntry[];
  /** Offsets of the body text before the first heading (after the header): a preamble. */
  preamble: { start: number; end: number } | null;
  /** Offsets of a notice's own text, between its header and the plan it issues; null without a plan. */
  notice: { start: number; end: number } | null;
}

export function readOutline(tree: Root): Outline {
  const entries: OutlineEntry[] = [];
  const walk = (node: Root | Plan | SectionNode, parent: string | null) => {
    for (const child of node.children as PolicyNode[]) {
      if (child.type === 'plan') walk(child, parent);
      if (child.type !== 'section') continue;
      const firstSub = child.children.find((c) => c.type === 'section');
      const start = child.position.start.offset!;
      const ownEnd = firstSub ? firstSub.position.start.offset! : child.position.end.offset!;
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
      });
      walk(child, child.path);
    }
  };
  walk(tree, null);
  // Sections end where the next one starts; a parent's own text ends at its first child.
  const bodyStart = bodyOffset(tree);
  const first = entries[0];
  const preambleEnd = first ? first.ownStart : tree.position.end.offset!;
  return { entries, preamble: preambleEnd > bodyStart ? { start: bodyStart, end: preambleEnd } : null, notice: noticeText(tree) };
}

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
