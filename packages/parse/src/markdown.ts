/**
 * Markdown policies ("# title", "**（一）…**", lists): remark-parse tells which characters are
 * Markdown syntax. Those become `markup` leaves; the policy grammar reads only the content.
 */
import { createRequire } from 'node:module';
import type { Nodes, Root as MdastRoot } from 'mdast';
import type RemarkParse from 'remark-parse';
import { unified } from 'unified';

const require = createRequire(import.meta.url);
let remarkParseModule: typeof RemarkParse | undefined;

/**
 * remark-parse, loaded the first time a Markdown policy is read: it and micromark are some 50
 * modules that a plain-text policy never needs. It is an ES module; `require` of an ES module
 * (Node ≥ 20.19, the engines floor) keeps `parse()` synchronous.
 */
function remarkParse(): typeof RemarkParse {
  remarkParseModule ??= (require('remark-parse') as { default: typeof RemarkParse }).default;
  return remarkParseModule;
}

/**
 * The deepest Markdown nesting read as Markdown: brackets, block quotes, indented lists. Policies
 * nest two or three levels; remark slows down quadratically on deep bracket nesting (100k `[`
 * took a minute) and its tree is walked recursively, so text nested deeper is read as plain text.
 */
export const MAX_MARKDOWN_NESTING = 100;

/** Marks every character that is Markdown syntax rather than content. */
export function markdownMask(text: string): Uint8Array {
  // Too deep to read as Markdown: every character is content, as in a plain-text policy.
  if (markdownNesting(text) > MAX_MARKDOWN_NESTING) return new Uint8Array(text.length);
  const tree = unified().use(remarkParse()).parse(text) as MdastRoot;
  const content = new Uint8Array(text.length);
  const codeRanges: [number, number][] = [];
  const keep = (start: number | undefined, end: number | undefined) => {
    if (start === undefined || end === undefined) return;
    content.fill(1, start, end);
  };
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'code') keep(start, end);
    if ((node.type === 'inlineCode' || node.type === 'code') && start !== undefined && end !== undefined) codeRanges.push([start, end]);
    if (node.type === 'listItem' && start !== undefined) {
      // An ordered-list bullet ("1." / "1)") is the policy's own heading marker: keep it as content.
      const first = node.children[0]?.position?.start.offset ?? end;
      if (first !== undefined && /^\s*[0-9]{1,3}[.)]\s*$/u.test(text.slice(start, first))) keep(start, first);
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  const mask = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // White space is white space in either syntax; everything else not content is markup.
    if (content[i] === 0 && !/[\s\u3000]/u.test(ch)) mask[i] = 1;
  }
  // CommonMark does not close "**（一）加强组织领导。**建立…": a run that ends in CJK punctuation
  // and is followed by a letter is not right-flanking, so the asterisks stay text. Writers mean
  // bold there; a policy has no use for "**" as content.
  for (const m of text.matchAll(/\*{2,3}/gu)) if (!inCode(m.index)) mask.fill(1, m.index, m.index + m[0].length);
  // A backslash escaping ASCII punctuation ("1\. 开展…", as Pandoc keeps a number from opening a
  // Markdown list) is syntax: remark reads the character after it as text, the backslash as nothing.
  for (const m of text.matchAll(/\\(?=[!-/:-@[-`{-~])/gu)) if (content[m.index] === 1 && !inCode(m.index)) mask[m.index] = 1;
  return mask;

  function inCode(at: number): boolean {
    return codeRanges.some(([start, end]) => at >= start && at < end);
  }
}

/**
 * How deep `text` nests, in one pass: open brackets (`[`), block-quote markers opening a line,
 * and a line's indentation in list steps (two columns), whichever is deepest.
 */
export function markdownNesting(text: string): number {
  let deepest = 0;
  let brackets = 0;
  let lineStart = true;
  let quotes = 0;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      lineStart = true;
      quotes = 0;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (ch === '>') quotes++;
      else if (ch === ' ') indent++;
      else if (ch === '\t') indent += 4;
      else lineStart = false;
      deepest = Math.max(deepest, quotes, indent >> 1);
    }
    if (ch === '[') deepest = Math.max(deepest, ++brackets);
    else if (ch === ']') brackets = Math.max(0, brackets - 1);
  }
  return deepest;
}
