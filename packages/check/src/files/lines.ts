import type { Point } from '@policyc/model';
import type { Place } from '../types.js';

/** Turns offsets into 1-based line and column points (UTF-16 columns, like unist and SARIF). */
export function lineIndex(text: string): (offset: number) => Point {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\n') starts.push(i + 1);
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    const line = lastAtOrBefore(starts, at);
    return { line: line + 1, column: at - starts[line]! + 1, offset: at };
  };
}

/**
 * The number of `values` (ascending) below `target`: where `target` would go. The one bisection
 * of the checker (line starts, slice starts, key lines).
 */
export function lowerBound(values: ArrayLike<number>, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The index of the last of `values` (ascending, `values[0] <= at`) at or before `at`. */
export function lastAtOrBefore(values: ArrayLike<number>, at: number): number {
  return Math.max(0, lowerBound(values, at + 1) - 1);
}

export function placeOf(pointAt: (offset: number) => Point, start: number, end: number): Place {
  return { start: pointAt(start), end: pointAt(Math.max(start, end)) };
}

/** Where nothing better is known: the start of the file. */
export const FILE_START: Place = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
