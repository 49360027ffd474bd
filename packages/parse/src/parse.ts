/**
 * The policy parser: text in, lossless tree and messages out. Never throws on any input.
 */
import { placeHeadings, type DepthMessage } from './depth.js';
import { isPlanTitleLine, readHeader } from './header.js';
import { contentStart, findCandidates, splitLines, type Candidate, type Line, type MarkupMask } from './lines.js';
import { markdownMask } from './markdown.js';
import { toHalfWidthDigits } from './numerals.js';
import { matchMarker } from './markers.js';
import { createPositionMap } from './position.js';
import { buildTree } from './tree.js';
import type { MarkerStyle, Root } from './types.js';

const HEADER_STOPPERS = new Set<MarkerStyle>(['chapter', 'section', 'article', 'cn-comma', 'cn-paren']);

export interface ParseOptions {
  /** Read the input as Markdown (headings, bold, lists are markup around the policy text). */
  markdown?: boolean;
}

export interface ParseMessage extends DepthMessage {
  severity: 'warning' | 'info';
}

export interface ParseResult {
  tree: Root;
  messages: ParseMessage[];
}

export function parsePolicy(text: string, options: ParseOptions = {}): ParseResult {
  const lines = splitLines(text);
  const mask: MarkupMask = options.markdown ? markdownMask(text) : null;
  const positions = createPositionMap(text);

  // Lines first: a line a heading marker opens ends the header (a first-level scheme at any
  // number, since excerpts and later parts of a plan start past 1; other schemes at 1).
  const lineStarts = new Set(
    findCandidates(text, lines, mask, 0)
      .filter((c) => c.atLineStart && !(c.asItem && c.style !== 'decimal') && (c.ordinal === 1 || HEADER_STOPPERS.has(c.style)))
      .map((c) => contentStart(text, lines[c.line]!.start, lines[c.line]!.end, mask)),
  );
  const header = readHeader(text, lines, mask, (start) => lineStarts.has(start));

  // Then structure: which markers are headings, how deep.
  const candidates = itemsBeforeFigures(decimalTopsWithSubs(withoutContents(beforeAttachments(findCandidates(text, lines, mask, header.bodyStart), text, lines, mask), text, lines, mask)));
  const { headings, messages } = placeHeadings(candidates);
  const tree = buildTree({
    text, lines, mask, positions,
    header: header.fields, bodyStart: header.bodyStart, closing: header.closing, plan: header.plan,
    headings,
  });
  return {
    tree,
    messages: messages.map((m) => ({ ...m, severity: 'warning' })),
  };
}

/**
 * "附件：" opens the list of attachments: numbered lines after it name files, not sections. A
 * label over an attachment's own title ("附件" and then "某某管理办法") opens the attached text
 * itself, whose headings are the structure.
 */
function beforeAttachments(candidates: Candidate[], text: string, lines: Line[], mask: MarkupMask): Candidate[] {
  const lineText = (k: number) => text.slice(contentStart(text, lines[k]!.start, lines[k]!.end, mask), lines[k]!.end).trimEnd();
  const opensAttachment = (line: string) => isPlanTitleLine(line) && matchMarker(line, 0, true) === null;
  const cut = lines.findIndex((_, k) => ATTACHMENTS.test(lineText(k)) && !opensAttachment(nextText(k)));
  return cut < 0 ? candidates : candidates.filter((c) => c.line < cut);

  function nextText(k: number): string {
    for (let j = k + 1; j < lines.length; j++) {
      const t = lineText(j);
      if (t !== '') return t;
    }
    return '';
  }
}

const ATTACHMENTS = /^附件\s*[0-9０-９]*[：:]?$/u;

/**
 * A table of contents ("目　　录", or "某某应急预案目录" over its entries) is not the structure:
 * its entries are dropped up to the heading that repeats the first entry, where the body begins.
 * A line that only ends in 目录 heads a table of contents when nothing but entries follow it.
 */
function withoutContents(candidates: Candidate[], text: string, lines: Line[], mask: MarkupMask): Candidate[] {
  const lineText = (l: Line) => text.slice(contentStart(text, l.start, l.end, mask), l.end).trimEnd();
  const bare = lines.findIndex((l) => /^目\s*录[：:]?$/u.test(lineText(l)));
  const at = bare >= 0 ? bare : lines.findIndex((l) => NAMED_CONTENTS.test(lineText(l)));
  if (at < 0) return candidates;
  const first = candidates.findIndex((c) => c.line > at);
  if (first < 0) return candidates;
  const entry = candidates[first]!;
  const body = candidates.findIndex((c, k) => k > first && c.value === entry.value && c.atLineStart);
  if (body < 0) return candidates;
  if (bare < 0 && !onlyEntries(candidates.slice(first, body), at, candidates[body]!.line)) return candidates;
  return [...candidates.slice(0, first), ...candidates.slice(body)];

  /** Every non-empty line between the contents line and the body opens with an entry. */
  function onlyEntries(entries: Candidate[], from: number, to: number): boolean {
    const entryLines = new Set(entries.filter((c) => c.atLineStart).map((c) => c.line));
    for (let k = from + 1; k < to; k++) if (lineText(lines[k]!) !== '' && !entryLines.has(k)) return false;
    return true;
  }
}

/** A short line naming a table of contents: "某某应急预案目录". */
const NAMED_CONTENTS = /^[^\s。；，：:,]{0,40}目\s{0,8}录$/u;

/** A line opening "1 " is a decimal heading only in a document that also numbers "1.1". */
function decimalTopsWithSubs(candidates: Candidate[]): Candidate[] {
  const hasSubs = candidates.some((c) => c.style === 'decimal' && c.level > 1);
  return hasSubs ? candidates : candidates.filter((c) => !(c.style === 'decimal' && c.level === 1));
}

/**
 * "3.5G网络全覆盖" after item "2." is item 3, and "11.121人才梯队项目" after item "10." is item 11:
 * a line-start number followed by a figure is an item where it continues the items before it
 * (and is not itself the next number of a decimal scheme, "1.2" after "1.1"). Elsewhere a decimal
 * reading stands and a bare figure ("1.5万亩…") is no marker.
 */
function itemsBeforeFigures(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let lastItem = 0;
  let lastDecimal: string | null = null;
  for (const c of candidates) {
    const item = c.asItem;
    if (item) {
      const decimal = c.style === 'decimal' ? decimalParts(c.value) : null;
      const continuesDecimal = decimal !== null && (decimal.last === 1 || lastDecimal === `${decimal.prefix}.${decimal.last - 1}`);
      if (lastItem > 0 && item.ordinal === lastItem + 1 && !continuesDecimal) {
        const { asItem: _, ...rest } = c;
        out.push({ ...rest, style: item.style, value: item.value, ordinal: item.ordinal, level: item.level, end: c.start + item.value.length });
        lastItem = item.ordinal;
        continue;
      }
      if (decimal === null) continue; // no other reading: a figure, not a marker
    }
    if (c.atLineStart && c.style === 'arabic-dot') lastItem = c.ordinal;
    if (c.style === 'decimal' && c.level === 2) {
      const d = decimalParts(c.value);
      lastDecimal = `${d.prefix}.${d.last}`;
    }
    out.push(c);
  }
  return out;
}

function decimalParts(value: string): { prefix: string; last: number } {
  const parts = toHalfWidthDigits(value).split(/[.．]/u);
  return { prefix: parts.slice(0, -1).join('.'), last: Number(parts.at(-1)) };
}
