/**
 * The invariants every policy tree must keep, as one assertion for all fixtures:
 * lossless leaves, children inside their parents, siblings in order, positions that agree
 * with offsets, each section's path once, attachments at the top level, and a JSON round trip.
 */
import { createPositionMap, leaves, toSource, type PolicyNode, type Root } from '@policyc/parse';
import { expect } from 'vitest';

export function expectValidTree(tree: Root, text: string): void {
  expect(toSource(tree)).toBe(text);
  const positions = createPositionMap(text);
  let cursor = 0;
  for (const leaf of leaves(tree)) {
    expect(leaf.position.start.offset).toBe(cursor);
    expect(leaf.value.length).toBeGreaterThan(0);
    expect(text.slice(leaf.position.start.offset, leaf.position.end.offset)).toBe(leaf.value);
    expect(leaf.position.start).toEqual(positions.point(leaf.position.start.offset!));
    cursor = leaf.position.end.offset!;
  }
  expect(cursor).toBe(text.length);
  // A path names one section: the registry's tasks and the gold's headings are keyed by it.
  const paths = new Set<string>();
  const walk = (node: PolicyNode | Root, above: readonly (PolicyNode | Root)[] = []) => {
    if (node.type === 'section') {
      expect(paths.has(node.path), `section path ${node.path} twice`).toBe(false);
      paths.add(node.path);
      // An attachment is a top-level division: under the root, or a plan the root holds.
      if (node.style === 'attachment') expect(above.filter((n) => n.type === 'section').map((n) => (n as { path: string }).path), `attachment ${node.path} nested`).toEqual([]);
    }
    if (!('children' in node)) return;
    let previousEnd = node.position.start.offset!;
    for (const child of node.children as PolicyNode[]) {
      expect(child.position.start.offset!).toBeGreaterThanOrEqual(previousEnd);
      expect(child.position.end.offset!).toBeLessThanOrEqual(node.position.end.offset!);
      expect(child.position.start.offset!).toBeLessThanOrEqual(child.position.end.offset!);
      previousEnd = child.position.end.offset!;
      walk(child, [...above, node]);
    }
  };
  walk(tree);
  expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
}
