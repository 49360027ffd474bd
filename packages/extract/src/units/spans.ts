/** Lookups in sorted, disjoint `[start, end)` spans (bracket pairs, clauses found), by bisection. */

export interface Range {
  start: number;
  end: number;
}

/** Is `i` inside one of the spans? */
export function insideAny(spans: readonly Range[], i: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Range;
    if (i < s.start) hi = mid - 1;
    else if (i >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Does `[a, b)` overlap one of the spans? */
export function overlapsAny(spans: readonly Range[], a: number, b: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Range).end <= a) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.start < b;
}
