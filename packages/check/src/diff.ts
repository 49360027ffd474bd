import { toPointer } from './files/pointer.js';

export interface Difference {
  pointer: string;
  /** What the first value has there (undefined: nothing). */
  left: unknown;
  right: unknown;
}

/** The first place two JSON values differ, depth first in key order of `left`; undefined when equal. */
export function firstDifference(left: unknown, right: unknown, path: (string | number)[] = []): Difference | undefined {
  if (Object.is(left, right)) return undefined;
  if (Array.isArray(left) && Array.isArray(right)) {
    for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
      if (i >= left.length || i >= right.length) return { pointer: toPointer([...path, i]), left: left[i], right: right[i] };
      const found = firstDifference(left[i], right[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (isObject(left) && isObject(right)) {
    // Own keys only: an inherited one ("constructor") is no member of JSON data.
    const has = (value: Record<string, unknown>, key: string) => Object.hasOwn(value, key);
    const keys = [...Object.keys(left), ...Object.keys(right).filter((k) => !has(left, k))];
    for (const key of keys) {
      if (!has(left, key) || !has(right, key)) return { pointer: toPointer([...path, key]), left: has(left, key) ? left[key] : undefined, right: has(right, key) ? right[key] : undefined };
      const found = firstDifference(left[key], right[key], [...path, key]);
      if (found) return found;
    }
    return undefined;
  }
  return { pointer: toPointer(path), left, right };
}

/** A value as a message shows it: short, JSON-like, "nothing" for a missing one. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
