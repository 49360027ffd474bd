import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

/**
 * Writing a page a piece at a time. A report's big parts (the policy text cut into highlighted
 * pieces, a row per task, a cell per unit and task) grow with the document: as one hast tree,
 * then as the strings `toHtml` joins at every level, they took about 100× the policy's size. So
 * the page is a small tree (head, headings, filters) with placeholders where the big parts go;
 * each placeholder makes its nodes a batch at a time, and each batch is serialised by `toHtml`
 * and dropped before the next is made. The bytes are those of the whole tree through `toHtml`:
 * every node still goes through it, in the same order, and an element's tags are cut from its
 * own serialisation.
 */

/** Nodes of a deferred part, in batches; each batch is serialised on its own. */
export type Batches = () => Iterable<ElementContent[]>;

/** The placeholders in pages, with what each one makes: nodes in batches, or HTML as it is. */
const deferred = new WeakMap<Element, { batches: Batches } | { html: () => Iterable<string> }>();

/**
 * A placeholder for nodes made only as the page is written: the element stands for its batches'
 * nodes (it is never written itself), so it can go where those nodes would, as a child.
 */
export function defer(batches: Batches): Element {
  const placeholder = h('template');
  deferred.set(placeholder, { batches });
  return placeholder;
}

/**
 * A placeholder for HTML made as the page is written, for a part with so many nodes that even a
 * batch of hast is too dear (the highlighted text): the pieces are written as they are, so they
 * must be HTML as `toHtml` would write it (`escapeText` for text).
 */
export function deferHtml(html: () => Iterable<string>): Element {
  const placeholder = h('template');
  deferred.set(placeholder, { html });
  return placeholder;
}

/** Text as `toHtml` writes it in an element's content (`<` and `&` as references). */
export function escapeText(value: string): string {
  return toHtml({ type: 'text', value });
}

/** A placeholder for `render` of each item, made as the page is written, `size` items a batch. */
export function deferEach<T>(items: readonly T[], render: (item: T, index: number) => ElementContent, size = BATCH): Element {
  return defer(() => batched(mapLazily(items, render), size));
}

function* mapLazily<T>(items: readonly T[], render: (item: T, index: number) => ElementContent): Generator<ElementContent> {
  for (let index = 0; index < items.length; index++) yield render(items[index]!, index);
}

/** Nodes gathered into batches of about `size` for `toHtml`: fewer, bigger strings. */
export function* batched<T>(items: Iterable<T>, size = BATCH): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Nodes in a batch: small enough to come and go, big enough that each string is worth a write. */
const BATCH = 256;

/** Stands in for an element's children when its tags are cut from its own serialisation. */
const SLOT = '\u0000policyc-slot\u0000';

/** The HTML of `node`, in pieces, placeholders replaced by their nodes. */
export function* htmlChunks(node: Root | RootContent): Generator<string> {
  const withDeferred = new Set<Root | RootContent>();
  const mark = (current: Root | RootContent): boolean => {
    let found = current.type === 'element' && deferred.has(current);
    if ('children' in current) for (const child of current.children) found = mark(child) || found;
    if (found) withDeferred.add(current);
    return found;
  };
  mark(node);
  yield* chunksOf(node, withDeferred);
}

function* chunksOf(node: Root | RootContent, withDeferred: ReadonlySet<Root | RootContent>): Generator<string> {
  if (!withDeferred.has(node)) {
    yield toHtml(node);
    return;
  }
  const part = node.type === 'element' ? deferred.get(node) : undefined;
  if (part && 'html' in part) {
    yield* part.html();
    return;
  }
  if (part) {
    // A batch may hold placeholders of its own (a row whose cells are made a batch at a time).
    for (const batch of part.batches()) yield* htmlChunks({ type: 'root', children: batch });
    return;
  }
  if (node.type === 'root') {
    for (const child of node.children) yield* chunksOf(child, withDeferred);
    return;
  }
  // An element with a placeholder below it: its own tags, its children between. The slot is
  // found from the end, as document text in an attribute could hold anything; only the closing
  // tag, which holds none, follows it.
  const element = node as Element;
  const tags = toHtml({ ...element, children: [{ type: 'raw', value: SLOT } as unknown as ElementContent] }, { allowDangerousHtml: true });
  const at = tags.lastIndexOf(SLOT);
  yield tags.slice(0, at);
  for (const child of element.children) yield* chunksOf(child, withDeferred);
  yield tags.slice(at + SLOT.length);
}
