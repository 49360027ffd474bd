import type { Registry } from '@policyc/model';
import { canonicalItem, canonicalShell } from './canonical.js';

/** `registry.json`: the canonical registry, two-space indented, with a final newline. */
export function emitJson(registry: Registry): string {
  return [...jsonChunks(registry)].join('');
}

/**
 * `emitJson`'s text in pieces, an item of each list at a time: byte for byte what
 * `JSON.stringify(canonicalRegistry(registry), null, 2)` prints, without ever holding that
 * string (for a 20 MB policy, some 60 million characters) or an ordered copy of the registry.
 * Each piece is printed on its own and indented into place: JSON strings hold no raw line
 * break, so every line break in a piece is one the printer put between lines.
 */
export function* jsonChunks(registry: Registry): Generator<string> {
  const entries = Object.entries(canonicalShell(registry));
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    const end = i < entries.length - 1 ? ',\n' : '\n';
    const head = `  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      yield `${head}${indented(JSON.stringify(value, null, 2) ?? 'null', '  ')}${end}`;
      continue;
    }
    yield `${head}[\n`;
    for (const [j, item] of value.entries()) {
      // An item JSON cannot hold (undefined) prints as null in a list, as JSON.stringify does.
      const text = JSON.stringify(canonicalItem(key, item), null, 2) ?? 'null';
      yield `    ${indented(text, '    ')}${j < value.length - 1 ? ',\n' : '\n'}`;
    }
    yield `  ]${end}`;
  }
  yield '}\n';
}

function indented(text: string, pad: string): string {
  return text.replaceAll('\n', `\n${pad}`);
}
