/** Lookups in sorted, disjoint `[start, end)` spans (bracket pairs, clauses found), by bisection. */
import { partitionPoint } from '../search.js';

export interface Range {
  start: number;
  end: number;
}

/** Is `i` inside one of the spans? */
export function insideAny(spans: readonly Range[], i: number): boolean {
  // The first span that ends after `i`: the only one that may hold it (disjoint spans end in order).
  const s = spans[partitionPoint(spans.length, (k) => (spans[k] as Range).end <= i)];
  return s !== undefined && s.start <= i;
}

/** Does `[a, b)` overlap one of the spans? */
export function overlapsAny(spans: readonly Range[], a: number, b: number): boolean {
  const s = spans[partitionPoint(spans.length, (k) => (spans[k] as Range).end <= a)];
  return s !== undefined && s.start < b;
}
