import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Span } from '@policyc/model';

/**
 * A link to a mark in the policy text: without script it jumps to the anchor, with script it also
 * marks every piece of the span (see `script.ts`). Without the text there is nothing to link to.
 */
export function sourceLink(key: string | undefined, label: string, linked: boolean, title?: string): ElementContent {
  if (!key || !linked) return title ? h('span', { title }, label) : { type: 'text', value: label };
  return h('a', { href: `#src-${key}`, dataGo: key, title }, label);
}

/** "12:55", the span's start as editors and the checker write it. */
export function placeLabel(span: Span | null | undefined): string {
  const start = span?.start;
  return start && Number.isInteger(start.line) && Number.isInteger(start.column) ? `${start.line}:${start.column}` : '';
}

/** A block of the report: heading, then content, under an id the top navigation links to. */
export function part(id: string, heading: string, ...children: (ElementContent | ElementContent[] | null)[]): Element {
  return h('section', { id, className: ['part'] }, h('h2', heading), ...children.filter((c) => c !== null));
}

/** A table in a box that scrolls sideways, so a wide table never widens the page on a phone. */
export function scrollTable(table: Element, label: string): Element {
  return h('div', { className: ['scroll'], role: 'region', ariaLabel: label, tabIndex: 0 }, table);
}

/** Items separated by "、", as unit lists are written. */
export function joined(items: ElementContent[]): ElementContent[] {
  return items.flatMap((item, index) => (index === 0 ? [item] : [{ type: 'text', value: '、' } as const, item]));
}
