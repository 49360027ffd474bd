/**
 * What policyc prints as `registry.ts` for the primary's data, reduced to digests: of the whole
 * text, of the text around the items of its lists (the declarations, the id unions, the values
 * outside the lists), and of each item. A file whose text around the items is the same declares
 * the same types, and each of its items printed as policyc prints it compiles as the emitter's
 * tests prove; only the others need the type-checker, whose cost grows with what it is given.
 */
import { createHash } from 'node:crypto';
import type { ListItem } from '@policyc/emit';
import type { ScannedLiteral } from './ts-literal.js';

const HASH_BYTES = 32;

export interface PrintedTypeScript {
  /** SHA-256 (hex) of the whole text, as `fileTextDigest` reads a file. */
  text: string;
  /** SHA-256 (hex) of the digests of the pieces of text between the lists' items, in order. */
  frame: string;
  /** For each list printed an item at a time, the SHA-256 of each item's text, one after another. */
  items: Map<string, Buffer>;
}

/** The digests of the text `pieces` make: strings around the items, the items themselves. */
export function printedTypeScript(pieces: Iterable<string | ListItem>): PrintedTypeScript {
  const whole = createHash('sha256');
  const frame = createHash('sha256');
  const lists = new Map<string, Buffer[]>();
  let between = createHash('sha256');
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      whole.update(piece);
      between.update(piece);
      continue;
    }
    whole.update(piece.text);
    frame.update(between.digest());
    between = createHash('sha256');
    let hashes = lists.get(piece.list);
    if (!hashes) lists.set(piece.list, (hashes = []));
    hashes[piece.index] = createHash('sha256').update(piece.text).digest();
  }
  frame.update(between.digest());
  return { text: whole.digest('hex'), frame: frame.digest('hex'), items: new Map([...lists].map(([list, hashes]) => [list, Buffer.concat(hashes)])) };
}

/**
 * For each list of a scanned `registry.ts`, which of its items are printed exactly as in
 * `printed` (item i of list L as item i of L); undefined when the text around the items differs
 * (a declaration, an id union or a value outside the lists edited, an item added or removed):
 * then no item can be taken as compiling on its own.
 */
export function printedItems(text: string, literal: ScannedLiteral, printed: PrintedTypeScript): Map<string, boolean[]> | undefined {
  // The lists printed an item at a time, with as many items: their items are cut from the frame.
  const spans: Array<[number, number]> = [];
  for (const [list, items] of literal.items) {
    const hashes = printed.items.get(list);
    if (hashes?.length === items.length * HASH_BYTES) spans.push(...items);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const frame = createHash('sha256');
  let at = 0;
  for (const [from, to] of spans) {
    frame.update(createHash('sha256').update(text.slice(at, from)).digest());
    at = to;
  }
  frame.update(createHash('sha256').update(text.slice(at)).digest());
  if (frame.digest('hex') !== printed.frame) return undefined;
  const found = new Map<string, boolean[]>();
  for (const [list, items] of literal.items) {
    const hashes = printed.items.get(list);
    // A list printed on one line (of strings, say) is part of the frame, the same as printed.
    if (hashes?.length !== items.length * HASH_BYTES) {
      found.set(list, items.map(() => true));
      continue;
    }
    found.set(list, items.map(([from, to], i) => createHash('sha256').update(text.slice(from, to)).digest()
      .equals(hashes.subarray(i * HASH_BYTES, (i + 1) * HASH_BYTES))));
  }
  return found;
}
