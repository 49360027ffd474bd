import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Section } from '@policyc/model';
import { deferEach } from '../chunks.js';
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
  // Which sections the tree shows, and under which parent, is settled first; the list items are
  // made as the page is written, a top-level section at a time.
  const seen = new Set<string>();
  // The sections listed under each section (under null, the top), by the section object: a path
  // listed twice has its children under its first listing only.
  const shown = new Map<Section | null, Section[]>();
  const place = (parent: Section | null) => {
    const items = (children.get(parent?.path ?? null) ?? []).filter((s) => !seen.has(s.path));
    if (items.length === 0) return;
    shown.set(parent, items);
    for (const section of items) {
      // A path listed twice, or a parent cycle in an edited registry, is shown once.
      seen.add(section.path);
      place(section);
    }
  };
  place(null);
  const item = (section: Section): ElementContent => {
    const label = `${section.marker}${section.title}`;
    const below = shown.get(section);
    return h('li', sourceLink(model.sectionKeys.get(section.path), label, linked), below ? h('ul', below.map(item)) : null);
  };
  const top = shown.get(null);
  const tree = top ? h('ul', deferEach(top, item)) : null;
  // Sections only reachable through a parent cycle (an edited registry) are listed flat after the tree.
  const rest = sections.filter((s) => !seen.has(s.path));
  const flat = rest.length === 0 ? null
    : h('ul', rest.map((s) => h('li', sourceLink(model.sectionKeys.get(s.path), `${s.marker}${s.title}`, linked))));
  return part('outline', '目录', h('nav', { className: ['outline'], ariaLabel: '目录' }, tree, flat));
}
