/**
 * Markdown policies ("# title", "**（一）…**", lists): remark-parse tells which characters are
 * Markdown syntax. Those become `markup` leaves; the policy grammar reads only the content.
 */
import type { Nodes, Root as MdastRoot } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Marks every character that is Markdown syntax rather than content. */
export function markdownMask(text: string): Uint8Array {
  const tree = unified().use(remarkParse).parse(text) as MdastRoot;
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
  return mask;

  function inCode(at: number): boolean {
    return codeRanges.some(([start, end]) => at >= start && at < end);
  }
}
