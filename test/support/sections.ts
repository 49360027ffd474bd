/** The sections of a policy tree, flat in document order (plans included): what tests compare. */
import type { Root, Section } from '@policyc/parse';

export function sections(tree: Root): Section[] {
  const out: Section[] = [];
  const walk = (node: { children?: unknown[] }) => {
    for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) {
      if (child.type === 'section') out.push(child as Section);
      if (child.type === 'section' || child.type === 'plan') walk(child);
    }
  };
  walk(tree);
  return out;
}
