/**
 * The top level of a JSON registry (each member's name and value, each item of a list value),
 * found in one pass over the text: what `sliceLocator` needs to place a value, which it then finds
 * by parsing the one item (or member) holding it. Parsing the whole text to a `yaml` document for
 * this costs some fifty times the text: four gigabytes, and half a minute, for the registry of a
 * 20 MB policy.
 */
import type { TopIndex } from './yaml-file.js';

/** The offsets `topIndex` takes from a `yaml` document of the same text; undefined for a text that is not a JSON object. */
export function jsonTopIndex(text: string): TopIndex | undefined {
  const entries: TopIndex['entries'] = new Map();
  let at = skipBlank(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (text[at] !== '{') return undefined;
  const rootStart = at;
  at = skipBlank(text, at + 1);
  if (text[at] === '}') return { root: [rootStart, at + 1, true], rootIsMap: true, entries };
  for (;;) {
    if (text[at] !== '"') return undefined;
    const keyStart = at;
    at = stringEnd(text, at);
    if (at < 0) return undefined;
    const key: [number, number] = [keyStart, at];
    let name: string;
    try {
      name = JSON.parse(text.slice(keyStart, at)) as string;
    } catch {
      return undefined;
    }
    at = skipBlank(text, at);
    if (text[at] !== ':') return undefined;
    const valueStart = skipBlank(text, at + 1);
    let items: number[] | undefined;
    if (text[valueStart] === '[') {
      items = [];
      at = skipBlank(text, valueStart + 1);
      if (text[at] !== ']') {
        for (;;) {
          const itemStart = at;
          at = valueEnd(text, at);
          if (at < 0) return undefined;
          items.push(itemStart, at);
          at = skipBlank(text, at);
          if (text[at] === ']') break;
          if (text[at] !== ',') return undefined;
          at = skipBlank(text, at + 1);
        }
      }
      at += 1;
    } else {
      at = valueEnd(text, valueStart);
      if (at < 0) return undefined;
    }
    const collection = text[valueStart] === '{' || text[valueStart] === '[';
    // The first of a key written twice, as `topIndex` takes it.
    if (!entries.has(name)) entries.set(name, { key, value: [valueStart, at, collection], items: items && Int32Array.from(items) });
    at = skipBlank(text, at);
    if (text[at] === '}') return { root: [rootStart, at + 1, true], rootIsMap: true, entries };
    if (text[at] !== ',') return undefined;
    at = skipBlank(text, at + 1);
  }
}

function skipBlank(text: string, at: number): number {
  for (;;) {
    const code = text.charCodeAt(at);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return at;
    at += 1;
  }
}

/** Just past the string that opens at `at`; -1 when it does not close. */
function stringEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5c) i += 1;
    else if (code === 0x22) return i + 1;
  }
  return -1;
}

/** Just past the value that starts at `at` (a string, an object or list with all it holds, a number or word); -1 when it does not end. */
function valueEnd(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return stringEnd(text, at);
  if (first === '{' || first === '[') {
    let depth = 0;
    for (let i = at; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i = stringEnd(text, i) - 1;
        if (i < 0) return -1;
      } else if (code === 0x7b || code === 0x5b) depth += 1;
      else if (code === 0x7d || code === 0x5d) {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  let i = at;
  while (i < text.length && !',]} \t\r\n'.includes(text[i]!)) i += 1;
  return i === at ? -1 : i;
}
