import type { Leaf, PolicyNode, Root } from './types.js';

/** The leaves of a tree in document order. */
export function leaves(tree: Root | PolicyNode): Leaf[] {
  const out: Leaf[] = [];
  const walk = (node: PolicyNode | Root) => {
    if ('children' in node) for (const child of node.children) walk(child as PolicyNode);
    else out.push(node);
  };
  walk(tree);
  return out;
}

/** Rebuilds the source from the leaves: equal to the input for every tree `parsePolicy` builds. */
export function toSource(tree: Root | PolicyNode): string {
  return leaves(tree).map((leaf) => leaf.value).join('');
}

/** The content of a node: its text leaves (and white space inside them), without markup. */
export function toText(node: PolicyNode | Root): string {
  return leaves(node).filter((l) => l.type !== 'markup').map((l) => l.value).join('');
}
