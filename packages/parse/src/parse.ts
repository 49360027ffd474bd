/**
 * The policy parser: text in, lossless tree and messages out. Never throws on any input.
 */
import { placeHeadings, type DepthMessage } from './depth.js';
import { readHeader } from './header.js';
import { contentStart, findCandidates, splitLines, type Candidate, type Line, type MarkupMask } from './lines.js';
import { markdownMask } from './markdown.js';
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
      .filter((c) => c.atLineStart && (c.ordinal === 1 || HEADER_STOPPERS.has(c.style)))
      .map((c) => contentStart(text, lines[c.line]!.start, lines[c.line]!.end, mask)),
  );
  const header = readHeader(text, lines, mask, (start) => lineStarts.has(start));

  // Then structure: which markers are headings, how deep.
  const candidates = decimalTopsWithSubs(withoutContents(beforeAttachments(findCandidates(text, lines, mask, header.bodyStart), text, lines, mask), text, lines, mask));
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

/** "附件：" opens the list of attachments: numbered lines after it name files, not sections. */
function beforeAttachments(candidates: Candidate[], text: string, lines: Line[], mask: MarkupMask): Candidate[] {
  const cut = lines.findIndex((l) => /^附件[：:]?\s*$/u.test(text.slice(contentStart(text, l.start, l.end, mask), l.end)));
  return cut < 0 ? candidates : candidates.filter((c) => c.line < cut);
}

/**
 * A table of contents ("目　　录" and the headings it lists) is not the structure: its entries
 * are dropped up to the heading that repeats the first entry, where the body begins.
 */
function withoutContents(candidates: Candidate[], text: string, lines: Line[], mask: MarkupMask): Candidate[] {
  const at = lines.findIndex((l) => /^目\s*录[：:]?$/u.test(text.slice(contentStart(text, l.start, l.end, mask), l.end).trimEnd()));
  if (at < 0) return candidates;
  const first = candidates.findIndex((c) => c.line > at);
  if (first < 0) return candidates;
  const entry = candidates[first]!;
  const body = candidates.findIndex((c, k) => k > first && c.value === entry.value && c.atLineStart);
  return body < 0 ? candidates : [...candidates.slice(0, first), ...candidates.slice(body)];
}

/** A line opening "1 " is a decimal heading only in a document that also numbers "1.1". */
function decimalTopsWithSubs(candidates: Candidate[]): Candidate[] {
  const hasSubs = candidates.some((c) => c.style === 'decimal' && c.level > 1);
  return hasSubs ? candidates : candidates.filter((c) => !(c.style === 'decimal' && c.level === 1));
}
