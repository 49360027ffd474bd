import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Section } from '@policyc/model';
import type { ReportModel } from '../model.js';
import { part, sourceLink } from './links.js';

/** The heading tree as nested lists; a section whose parent is missing hangs at the top. */
export function renderOutline(model: ReportModel, linked: boolean): Element {
  const { sections } = model.registry;
  if (sections.length === 0) return part('outline', '目录', h('p', { className: ['empty'] }, '未识别到章节标题。'));
  const paths = new Set(sections.map((s) => s.path));
  const children = new Map<string | null, Section[]>();
  for (const section of sections) {
    const parent = section.parent !== null && paths.has(section.parent) && section.parent !== section.path ? section.parent : null;
    const list = children.get(parent) ?? [];
    list.push(section);
    children.set(parent, list);
  }
  const seen = new Set<string>();
  const list = (parent: string | null): Element | null => {
    const items = (children.get(parent) ?? []).filter((s) => !seen.has(s.path));
    if (items.length === 0) return null;
    return h('ul', items.map((section): ElementContent => {
      // A path listed twice, or a parent cycle in an edited registry, is shown once.
      seen.add(section.path);
      const label = `${section.marker}${section.title}`;
      return h('li', sourceLink(model.sectionKeys.get(section.path), label, linked), list(section.path));
    }));
  };
  const tree = list(null);
  // Sections only reachable through a parent cycle (an edited registry) are listed flat after the tree.
  const rest = sections.filter((s) => !seen.has(s.path));
  const flat = rest.length === 0 ? null
    : h('ul', rest.map((s) => h('li', sourceLink(model.sectionKeys.get(s.path), `${s.marker}${s.title}`, linked))));
  return part('outline', '目录', h('nav', { className: ['outline'], ariaLabel: '目录' }, tree, flat));
}
