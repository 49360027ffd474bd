/**
 * HTML policies as the text a browser shows (the innerText algorithm over rehype's tree). A module
 * of its own so that rehype is loaded only when an HTML file is read (read.ts imports it lazily).
 */
import type { Element, ElementContent, Root } from 'hast';
import { openingMarker } from '@policyc/parse';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { renderTable, type SourceCell } from './tables.js';

/** The text a browser would show for an HTML policy: block elements on lines of their own, tables a row a line. */
export function htmlText(html: string): string {
  const tree = unified().use(rehypeParse).parse(html);
  replaceTables(tree);
  breakAfterBoldHeadings(tree);
  const body = tree.children.find((n) => n.type === 'element' && n.tagName === 'html');
  return toText(body ?? tree, { whitespace: 'normal' }).replace(/\n{3,}/gu, '\n\n');
}

/**
 * A page may set a heading as a bold run at the head of its paragraph with the body straight after
 * it ("<b>一、各地自查</b>各市要…"): a browser shows them on one line, but the bold says where the
 * title ends. Such a run, opening its line, ends the line (a `br` after it).
 */
function breakAfterBoldHeadings(parent: Root | Element): void {
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i]!;
    if (child.type !== 'element') continue;
    const bold = child.tagName === 'b' || child.tagName === 'strong';
    if (!bold) {
      breakAfterBoldHeadings(child);
      continue;
    }
    // White space in a page's text is no break: the run opens its line after a break, a block, or a
    // sentence's end, and the body follows it when more than white space does.
    const before = parent.children[i - 1];
    const opensLine = before === undefined || before.type === 'element' || (before.type === 'text' && /(?:^|[。；;：:！!？?])\s*$/u.test(before.value));
    const after = parent.children[i + 1];
    const bodyFollows = bodyAfter(parent, i);
    // A run holding the marker alone ("<b>第三条</b>载体建设。…", "<b>一、</b>总体要求") marks the
    // heading but not its title's end: the line goes on as written, unless the title is a bold run
    // of its own right after it ("<b>一、</b><b>总体要求</b>坚持…"), which then ends the line.
    const text = toText(child).trim();
    const marker = openingMarker(text);
    if (!opensLine || !bodyFollows || marker === null) continue;
    let titleRun = text.length > marker.trim().length ? i : isBold(after) ? i + 1 : -1;
    // A converter may set a title as several bold runs side by side ("<b>稳步推进</b><b>棚户区改造。</b>"):
    // the title is all of them.
    // (Not past a run that ends the title, "<b>（一）加强组织领导。</b><b>各县区政府</b>负责…": the next
    // bold run opens the body.)
    while (titleRun >= 0 && !TITLE_CLOSED.test(toText(parent.children[titleRun]!).trim()) && isBold(parent.children[titleRun + 1])) titleRun++;
    if (titleRun >= 0 && bodyAfter(parent, titleRun)) {
      parent.children.splice(titleRun + 1, 0, { type: 'element', tagName: 'br', properties: {}, children: [] });
      i = titleRun + 1;
    }
  }
}

/** A bold run that closes a title: it ends as a sentence or a label does. */
const TITLE_CLOSED = /[。；;：:]$/u;

function isBold(node: Root['children'][number] | undefined): boolean {
  return node !== undefined && node.type === 'element' && (node.tagName === 'b' || node.tagName === 'strong');
}

/** Whether more than white space follows the child at `at` of `parent` (a break ends the line). */
function bodyAfter(parent: Root | Element, at: number): boolean {
  const next = parent.children[at + 1];
  return next !== undefined && (next.type === 'text' ? next.value.trim() !== '' : next.type === 'element' && next.tagName !== 'br');
}

/**
 * Puts each data table's rows, as text, in place of the table: a `pre` element, so that the
 * innerText algorithm keeps their tabs and line breaks and still sets them apart as a block.
 * Only innermost tables are read so: a table holding tables lays out a page, and is left to
 * innerText around the tables it holds. Returns whether `parent` holds a table.
 */
function replaceTables(parent: Root | Element): boolean {
  let holdsTable = false;
  parent.children.forEach((child, i) => {
    if (child.type !== 'element') return;
    const nested = replaceTables(child);
    if (child.tagName !== 'table') {
      holdsTable ||= nested;
      return;
    }
    holdsTable = true;
    const text = nested ? null : htmlTableText(child);
    if (text !== null) parent.children[i] = { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: text }] };
  });
  return holdsTable;
}

function htmlTableText(table: Element): string | null {
  const rows: SourceCell[][] = [];
  let caption = '';
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'caption') caption ||= toText(child, { whitespace: 'normal' });
      else if (child.tagName === 'tr') rows.push(child.children.filter(isCell).map(htmlCell));
      else visit(child); // thead, tbody, tfoot, and stray wrappers of malformed markup
    }
  };
  visit(table);
  return renderTable(rows, caption);
}

function isCell(node: ElementContent): node is Element {
  return node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th');
}

function htmlCell(cell: Element): SourceCell {
  return { text: toText(cell, { whitespace: 'normal' }), colSpan: Number(cell.properties.colSpan ?? 1), rowSpan: Number(cell.properties.rowSpan ?? 1) };
}

