import { escapeText } from '../chunks.js';
import type { Point, Span } from '@policyc/model';

/** What a highlighted span is; the kind names the CSS class (`hl-task` …). */
export type MarkKind = 'task' | 'unit' | 'target' | 'problem' | 'section';

/** One span of the policy text to link to: `key` names it in the page (`t3`, `u5` …). */
export interface SourceMark {
  key: string;
  kind: MarkKind;
  span: Span;
}

/** Sections are long; they get an anchor to scroll to, not a colour over their whole text. */
const UNCOLOURED: ReadonlySet<MarkKind> = new Set(['section']);
const KIND_ORDER: Record<MarkKind, number> = { section: 0, task: 1, target: 2, unit: 3, problem: 4 };

interface Range {
  mark: SourceMark;
  start: number;
  end: number;
  order: number;
}

/**
 * The policy text with every mark's span wrapped, one sweep over the sorted span boundaries.
 * Spans may nest or cross (a unit inside a task, a task row across a target): the text is cut at
 * every boundary and each piece carries the classes of all the spans covering it, so a mark is
 * the set of pieces with its `x-KEY` class, and `src-KEY` anchors its first character.
 *
 * The result is HTML, a few hundred pieces a string, made as it is read: a long policy has
 * hundreds of thousands of pieces, too many to make a hast node of each (that took most of a
 * report's memory). The tags are written here as `toHtml` writes a `span` with these attributes
 * (the keys and classes are the report's own ASCII names, nothing to escape), the text through
 * `escapeText`.
 */
export function* renderSource(text: string, marks: readonly SourceMark[]): Generator<string> {
  const lineStarts = lineStartsOf(text);
  const ranges: Range[] = [];
  marks.forEach((mark, order) => {
    const start = offsetOf(mark.span.start, text.length, lineStarts);
    const end = offsetOf(mark.span.end, text.length, lineStarts);
    if (start === undefined || end === undefined || end < start) return;
    ranges.push({ mark, start, end, order });
  });
  const byStart = [...ranges].sort((a, b) => a.start - b.start || a.order - b.order);
  const byEnd = [...ranges].sort((a, b) => a.end - b.end || a.order - b.order);
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);

  const active = new Set<Range>();
  const anchored = new Set<string>();
  let nextStart = 0;
  let nextEnd = 0;
  let html: string[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i]!;
    while (nextEnd < byEnd.length && byEnd[nextEnd]!.end <= at) active.delete(byEnd[nextEnd++]!);
    while (nextStart < byStart.length && byStart[nextStart]!.start <= at) {
      const range = byStart[nextStart++]!;
      if (!anchored.has(range.mark.key)) {
        anchored.add(range.mark.key);
        html.push(`<span id="src-${range.mark.key}" class="anchor"></span>`);
      }
      if (range.end > at) active.add(range);
    }
    const next = cuts[i + 1];
    if (next === undefined || next === at) continue;
    const piece = text.slice(at, next);
    html.push(active.size === 0 ? escapeText(piece) : `<span class="${classesOf(active).join(' ')}">${escapeText(piece)}</span>`);
    if (html.length >= PIECES_A_STRING) {
      yield html.join('');
      html = [];
    }
  }
  if (html.length > 0) yield html.join('');
}

const PIECES_A_STRING = 256;

function classesOf(active: ReadonlySet<Range>): string[] {
  const sorted = [...active].sort((a, b) => KIND_ORDER[a.mark.kind] - KIND_ORDER[b.mark.kind] || a.order - b.order);
  const kinds = [...new Set(sorted.filter((r) => !UNCOLOURED.has(r.mark.kind)).map((r) => `hl-${r.mark.kind}`))];
  return [...kinds, ...sorted.map((r) => `x-${r.mark.key}`)];
}

/** Offsets of the line starts, lines ending at LF, CRLF or CR as unist counts them. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

/**
 * A point's offset in `text`: its own offset when it is one, else its line and column (a
 * hand-edited registry may drop offsets). Undefined when the point lies outside the text.
 */
function offsetOf(point: Partial<Point> | undefined, length: number, lineStarts: readonly number[]): number | undefined {
  if (!point) return undefined;
  const { offset, line, column } = point;
  if (Number.isInteger(offset) && offset! >= 0 && offset! <= length) return offset;
  if (!Number.isInteger(line) || !Number.isInteger(column) || line! < 1 || column! < 1) return undefined;
  const lineStart = lineStarts[line! - 1];
  if (lineStart === undefined) return undefined;
  const at = lineStart + column! - 1;
  return at <= length ? at : undefined;
}
