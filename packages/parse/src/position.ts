/**
 * Offsets to unist points: 1-based line and column, 0-based offset, UTF-16 code units.
 */
import type { Point, Position } from 'unist';

export interface PositionMap {
  point(offset: number): Point;
  span(start: number, end: number): Position;
}

/**
 * A line ending's last character: LF, or a CR that no LF follows. Sought by the regex engine, which
 * passes the characters between line ends several times faster than a loop over char codes.
 */
const LINE_END = /\n|\r(?!\n)/g;

export function createPositionMap(text: string): PositionMap {
  const starts = [0];
  LINE_END.lastIndex = 0;
  while (LINE_END.test(text)) starts.push(LINE_END.lastIndex);
  // The line of the last answer: points are asked in text order, node after node, so most fall
  // on that line or the next, and need no search.
  let last = 0;
  const lineOf = (o: number): number => {
    const next = starts[last + 1] ?? Infinity;
    if (starts[last]! <= o && o < next) return last;
    if (next <= o && o < (starts[last + 2] ?? Infinity)) return ++last;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return (last = lo);
  };
  const point = (offset: number): Point => {
    const o = Math.max(0, Math.min(offset, text.length));
    const line = lineOf(o);
    return { line: line + 1, column: o - starts[line]! + 1, offset: o };
  };
  return { point, span: (start, end) => ({ start: point(start), end: point(end) }) };
}
