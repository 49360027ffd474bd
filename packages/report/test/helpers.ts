import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Registry } from '@policyc/model';
import { compile } from '@policyc/core';

/** Compiles a made-up policy with the real pipeline. */
export function compileText(text: string, path = 'policy.txt'): Registry {
  return compile({ path, value: text }).registry;
}

/** Parses a report as a browser would (HTML5 parsing), reporting parse errors. */
export function parseReport(html: string): { tree: Root; errors: string[] } {
  const errors: string[] = [];
  const tree = fromHtml(html, { onerror: (error) => { errors.push(`${error.ruleId}: ${error.reason}`); } });
  return { tree, errors };
}

/** Every element, in document order, that passes `test`. */
export function findAll(node: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (current: Nodes) => {
    if (current.type === 'element' && test(current)) found.push(current);
    if ('children' in current) for (const child of current.children) walk(child);
    if (current.type === 'element' && current.tagName === 'template' && current.content) walk(current.content);
  };
  walk(node);
  return found;
}

export function find(node: Nodes, test: (element: Element) => boolean): Element {
  const [first] = findAll(node, test);
  if (!first) throw new Error('no such element');
  return first;
}

export const byTag = (tagName: string) => (element: Element) => element.tagName === tagName;
export const byClass = (name: string) => (element: Element) => classes(element).includes(name);
export const byId = (id: string) => (element: Element) => element.properties.id === id;

export function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** The text content of a node, as `textContent` gives it. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
  return '';
}
