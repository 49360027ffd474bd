/**
 * A registry's data reduced to a digest of each item of its top-level lists (and of each other
 * top-level value): what the checker keeps of the primary's data while it reads the other files,
 * instead of the data itself (for the registry of a 20 MB policy, a few megabytes instead of some
 * 150 MB held beside the file being read). Equal digests mean `firstDifference` finds nothing.
 */
import { createHash } from 'node:crypto';

export interface DataDigest {
  /**
   * Where `firstDifference(data, digested)` finds the first difference: the top-level entry, or
   * the item of a top-level list, that holds it (`{ key: '' }` for data that is not an object);
   * undefined when `data` holds what the digested data held, item by item (never when in doubt).
   */
  firstDifferingPart(data: unknown): DataPart | undefined;
  /**
   * Of `items`, items `from`, `from + 1` … of the digested data's list `key`: the first that
   * differs from the digested item at its index (or has none there); undefined when none does.
   */
  firstDifferingItem(key: string, from: number, items: readonly unknown[]): DataPart | undefined;
}

/** A top-level entry of a registry's data, or an item of a list there. */
export interface DataPart {
  key: string;
  index?: number;
}

const HASH_BYTES = 32;
let unique = 0;

/** The digest of a registry's data; undefined when it is not an object (nothing worth digesting) or cannot be walked. */
export function digestData(data: unknown): DataDigest | undefined {
  if (!isObject(data)) return undefined;
  const entries = new Map<string, { list: boolean; hashes: Buffer }>();
  try {
    for (const key of Object.keys(data)) {
      const value = data[key];
      entries.set(key, Array.isArray(value) ? { list: true, hashes: hashItems(value) } : { list: false, hashes: hashOf(value) });
    }
  } catch {
    // Nested past the stack: the checker keeps the data itself.
    return undefined;
  }
  const itemHash = (key: string, i: number) => entries.get(key)!.hashes.subarray(i * HASH_BYTES, (i + 1) * HASH_BYTES);
  const firstDifferingPart = (other: unknown): DataPart | undefined => {
    if (!isObject(other)) return { key: '' };
    try {
      // In the order `firstDifference` walks: the keys of `other`, then the digested keys it lacks.
      for (const key of Object.keys(other)) {
        const entry = entries.get(key);
        const value = other[key];
        if (!entry || entry.list !== Array.isArray(value)) return { key };
        if (!entry.list) {
          if (!hashOf(value).equals(entry.hashes)) return { key };
          continue;
        }
        const items = value as readonly unknown[];
        const count = entry.hashes.length / HASH_BYTES;
        for (let i = 0; i < Math.max(items.length, count); i++) {
          if (i >= items.length || i >= count || !hashOf(items[i]).equals(itemHash(key, i))) return { key, index: i };
        }
      }
      for (const key of entries.keys()) if (!Object.hasOwn(other, key)) return { key };
    } catch {
      return { key: '' };
    }
    return undefined;
  };
  const firstDifferingItem = (key: string, from: number, items: readonly unknown[]): DataPart | undefined => {
    const entry = entries.get(key);
    const count = entry?.list ? entry.hashes.length / HASH_BYTES : 0;
    try {
      for (let i = 0; i < items.length; i++) {
        if (from + i >= count || !hashOf(items[i]).equals(itemHash(key, from + i))) return { key, index: from + i };
      }
    } catch {
      return { key, index: from };
    }
    return undefined;
  };
  return { firstDifferingPart, firstDifferingItem };
}

function hashItems(items: readonly unknown[]): Buffer {
  const hashes = Buffer.alloc(items.length * HASH_BYTES);
  for (let i = 0; i < items.length; i++) hashOf(items[i]).copy(hashes, i * HASH_BYTES);
  return hashes;
}

function hashOf(value: unknown): Buffer {
  return createHash('sha256').update(canonical(value)).digest();
}

/**
 * A text for a value that two values share only when `firstDifference` finds them equal: keys
 * sorted (their order does not count), every primitive told apart as `Object.is` tells them (-0,
 * NaN, undefined), a hole in a list read as undefined, as `firstDifference` reads it.
 */
function canonical(value: unknown): string {
  if (value === undefined) return 'u';
  if (value === null) return 'n';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return Object.is(value, -0) ? 'd-0' : `d${value}`;
  if (typeof value === 'string') return `s${JSON.stringify(value)}`;
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) items.push(canonical(value[i]));
    return `[${items.join(',')}]`;
  }
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  // Nothing a registry reader gives (a function, a symbol, a bigint): never equal to anything.
  unique += 1;
  return `?${unique}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
