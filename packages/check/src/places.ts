/**
 * From a registry value to the policy sentence it came from: the nearest enclosing object with
 * a `position` (or a unit's first occurrence) along the JSON pointer.
 */
import type { Point, Span } from '@policyc/model';
import { parsePointer, toPointer, valueAt } from './files/pointer.js';
import type { Place } from './types.js';

export function policySpanAt(data: unknown, pointer: string): Place | undefined {
  const segments = parsePointer(pointer);
  for (let n = segments.length; n >= 0; n -= 1) {
    const value = valueAt(data, toPointer(segments.slice(0, n)));
    if (value === null || typeof value !== 'object') continue;
    const record = value as Record<string, unknown>;
    const span = asPlace(record['position']) ?? (Array.isArray(record['occurrences']) ? asPlace(record['occurrences'][0]) : undefined);
    if (span) return span;
    // A span itself (the pointer names `/position/start`, say).
    const self = asPlace(record);
    if (self) return self;
  }
  return undefined;
}

/** A well-formed span (1-based line and column), or undefined. */
export function asPlace(value: unknown): Place | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { start, end } = value as Partial<Span>;
  const first = asPoint(start);
  if (!first) return undefined;
  return { start: first, end: asPoint(end) ?? first };
}

function asPoint(value: unknown): Point | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { line, column, offset } = value as Partial<Point>;
  if (!isPositive(line) || !isPositive(column)) return undefined;
  return typeof offset === 'number' && offset >= 0 ? { line, column, offset } : ({ line, column } as Point);
}

function isPositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}
