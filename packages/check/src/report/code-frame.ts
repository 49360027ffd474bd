import { ownCopy } from '../own-copy.js';
import { displayWidth } from './width.js';

interface Span {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** Policy paragraphs are often one long line: frames show a window this wide around the span. */
const MAX_WIDTH = 100;
const LEFT_CONTEXT = 24;

/** A few lines of `text` around `place`, the first line of the span underlined with carets. */
export function codeFrame(text: string, place: Span, context = 1): string {
  const lines = linesOf(text);
  const line = place.start.line;
  if (line < 1 || line > lines.length) return '';
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const gutter = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n += 1) {
    const content = lines[n - 1]!;
    const start = n === line ? Math.min(place.start.column, content.length + 1) - 1 : 0;
    const end = n === line && place.end.line === line ? Math.max(place.end.column - 1, start + 1) : content.length;
    const view = window(content, start);
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(gutter)} | ${view.text}`);
    if (n !== line) continue;
    const lead = displayWidth(view.text.slice(0, view.offset + start - view.from));
    const underlined = Math.max(1, Math.min(displayWidth(content.slice(start, end)), MAX_WIDTH - lead));
    out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(lead)}${'^'.repeat(underlined)}`);
  }
  return out.join('\n');
}

/**
 * What of `text` the frames of messages on `lines` (1-based) show: those lines and `context` lines
 * around each, every other line left empty, so that line numbers hold. A report keeps this of a
 * file read from disk rather than the file (a registry of a 20 MB policy is some 150 MB of text in
 * memory, framed on a handful of lines). One pass over the text.
 */
export function framedExcerpt(text: string, lines: readonly number[], context = 1): string {
  return framedExcerptOfLines(linesIn(text), lines, context);
}

/** `framedExcerpt` of a text given as its lines (without their line feeds): a file read a piece at a time, say. */
export function framedExcerptOfLines(textLines: Iterable<string>, lines: readonly number[], context = 1): string {
  const wanted = new Set<number>();
  for (const line of lines) for (let n = line - context; n <= line + context; n++) wanted.add(n);
  // Each line kept goes after the line breaks before it, the empty lines' included (rather than an
  // entry for every line of a file of millions).
  const out: string[] = [];
  let breaks = 0;
  let line = 1;
  for (const content of textLines) {
    if (line > 1) breaks++;
    if (wanted.has(line)) {
      out.push('\n'.repeat(breaks), content.endsWith('\r') ? content.slice(0, -1) : content);
      breaks = 0;
    }
    line++;
  }
  out.push('\n'.repeat(breaks));
  // A string of its own: a line cut from the text and kept as it is would keep the whole text
  // alive, V8 keeping a substring as a view of its parent.
  return ownCopy(out.join(''));
}

/** A text's lines, split at line feeds. */
function* linesIn(text: string): Generator<string> {
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    yield text.slice(start, end);
    start = end + 1;
  }
}

/**
 * The lines of the last text framed: a report frames many messages in one file, and splitting it
 * again for each would make the report quadratic in the file's size.
 */
let split: { text: string; lines: string[] } | null = null;
function linesOf(text: string): string[] {
  if (split === null || split.text !== text) split = { text, lines: text.split(/\r?\n/u) };
  return split.lines;
}

/** The part of a line to show: all of it when short, else a window opening a little before `at`. */
function window(content: string, at: number): { text: string; from: number; offset: number } {
  // A long line is not measured whole (every message on it would measure it again).
  if (content.length <= 2 * MAX_WIDTH && displayWidth(content) <= MAX_WIDTH) return { text: content, from: 0, offset: 0 };
  let from = at;
  while (from > 0 && displayWidth(content.slice(from - 1, at)) <= LEFT_CONTEXT) from -= 1;
  const prefix = from > 0 ? '…' : '';
  let to = from;
  while (to < content.length && displayWidth(prefix + content.slice(from, to + 1)) <= MAX_WIDTH - 1) to += 1;
  const suffix = to < content.length ? '…' : '';
  return { text: `${prefix}${content.slice(from, to)}${suffix}`, from, offset: prefix.length };
}
