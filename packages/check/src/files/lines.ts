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
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - starts[low]! + 1, offset: at };
  };
}

export function placeOf(pointAt: (offset: number) => Point, start: number, end: number): Place {
  return { start: pointAt(start), end: pointAt(Math.max(start, end)) };
}

/** Where nothing better is known: the start of the file. */
export const FILE_START: Place = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
