import type { Registry } from '@policyc/model';
import { canonicalItem, canonicalShell } from './canonical.js';

/** `registry.json`: the canonical registry, two-space indented, with a final newline. */
export function emitJson(registry: Registry): string {
  return [...jsonChunks(registry)].join('');
}

/**
 * Items of a list printed by one `JSON.stringify` call: from 8 to 256 a registry prints as fast,
 * and a small batch holds less at once when its items are large (a unit named thousands of times).
 */
const BATCH = 16;

/**
 * `emitJson`'s text in pieces, a few of each list's items at a time: byte for byte what
 * `JSON.stringify(canonicalRegistry(registry), null, 2)` prints, without ever holding that
 * string (for a 20 MB policy, some 60 million characters) or an ordered copy of the registry.
 * A batch is printed inside a wrapper at the depth the items have in the registry, so the
 * printer indents them in place (re-indenting each item's text cost more than printing it); the
 * wrapper's first and last lines are then cut off.
 */
export function* jsonChunks(registry: Registry): Generator<string> {
  const entries = Object.entries(canonicalShell(registry));
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    const end = i < entries.length - 1 ? ',\n' : '\n';
    const head = `  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      yield `${head}${(JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', '\n  ')}${end}`;
      continue;
    }
    yield `${head}[\n`;
    for (let from = 0; from < value.length; from += BATCH) {
      // An item JSON cannot hold (undefined) prints as null in a list, as JSON.stringify does.
      const batch = value.slice(from, from + BATCH).map((item: unknown) => canonicalItem(key, item));
      const text = JSON.stringify({ [WRAPPER_KEY]: batch }, null, 2);
      yield `${text.slice(WRAPPER_HEAD.length, text.length - WRAPPER_TAIL.length)}${from + BATCH < value.length ? ',\n' : '\n'}`;
    }
    yield `  ]${end}`;
  }
  yield '}\n';
}

/** The wrapper a batch is printed in: `{ "k": [ …items… ] }`, items at the depth of a list's items. */
const WRAPPER_KEY = 'k';
const WRAPPER_HEAD = `{\n  ${JSON.stringify(WRAPPER_KEY)}: [\n`;
const WRAPPER_TAIL = '\n  ]\n}';
