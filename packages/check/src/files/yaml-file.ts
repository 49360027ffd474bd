import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Document, LineCounter, Node, Pair } from 'yaml';
import { diskText, heldText, linePositions, type LinePositions, type TextAccess } from './disk-text.js';
import { parsePointer } from './pointer.js';
import { FILE_START, lowerBound } from './lines.js';
import { readPlainItem } from './yaml-plain.js';
import { withOwnStrings } from '../own-copy.js';
import type { Place } from '../types.js';
import type { RegistryFile, RegistryFileKind, SyntaxProblem } from './registry-file.js';

const require = createRequire(import.meta.url);
let yamlModule: typeof Yaml | undefined;

/** The `yaml` package, loaded when a file is first read: CommonJS, so `require` keeps reading synchronous. */
function yaml(): typeof Yaml {
  yamlModule ??= require('yaml') as typeof Yaml;
  return yamlModule;
}

/**
 * The deepest nesting read, flow (`[`, `{`) or block (indentation, `- - -`): far beyond any
 * registry (5 or 6 levels), far below where the `yaml` package overflows its stack (a few
 * thousand levels) or aborts Node natively (≈ 70k flow levels, no exception to catch).
 */
export const MAX_YAML_DEPTH = 1000;

/**
 * Reads a YAML registry; errors carry the line and column the `yaml` package gives them. With
 * `absolutePath` (the file on disk that `text` was read from), a file read in pieces lets its text
 * go: places are found by reading their lines again from disk (`diskText`).
 */
export function readYamlFile(path: string, text: string, kind: RegistryFileKind = 'yaml', absolutePath?: string): RegistryFile {
  const deep = tooDeepAt(text);
  if (deep !== null) {
    const lineCounter = lineCounterOf(text);
    return {
      path, kind, text, data: undefined,
      problems: [{ reason: `Nested more than ${MAX_YAML_DEPTH} levels deep: not read`, place: placeFrom(lineCounter, deep, deep + 1) }],
      locate: () => FILE_START,
    };
  }
  const pieces = readPieces(text);
  if (pieces) {
    const lines = linePositions(pieces.lineStarts);
    const onDisk = absolutePath === undefined ? undefined : diskText(absolutePath, text, pieces.lineStarts);
    if (onDisk && absolutePath !== undefined) {
      return {
        path, kind, text: '', data: pieces.data, problems: [], unheld: { absolutePath, length: text.length },
        locate: sliceLocator(onDisk, pieces.index, lines),
      };
    }
    return { path, kind, text, data: pieces.data, problems: [], locate: sliceLocator(heldText(text), pieces.index, lines) };
  }
  const { doc, lineCounter } = parseYaml(text);
  // After the first error the parser's view of indentation is off, and the rest mostly follow
  // from it: report the first, and how many more there are.
  const problems: SyntaxProblem[] = doc.errors.slice(0, 1).map((error) => ({
    reason: `${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '')}${
      doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more error${doc.errors.length > 2 ? 's' : ''} after it)` : ''}`,
    place: placeFrom(lineCounter, error.pos[0], error.pos[1]),
  }));
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = withOwnStrings(doc.toJS({ maxAliasCount: 100 }));
    } catch (error) {
      // An alias to no anchor, or too many aliases (a "billion laughs" file), fails only here.
      problems.push({ reason: error instanceof Error ? error.message : String(error), place: FILE_START });
    }
  }
  // The document goes once read: places are found again from its top level, when asked for.
  return { path, kind, text, data, problems, locate: sliceLocator(heldText(text), topIndex(doc), lineCounter) };
}

/** The line starts of a text, as the `yaml` package's parser records them. */
export function lineCounterOf(text: string): LineCounter {
  const lineCounter = new (yaml().LineCounter)();
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  return lineCounter;
}

export function parseYaml(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  // uniqueKeys stays on: a key written twice is a hand-edit mistake worth reporting. Text nested
  // too deep to parse safely (also JSON, located through here) is read as an empty document.
  const doc = parseDocument(tooDeepAt(text) === null ? text : '', { lineCounter, keepSourceTokens: false, prettyErrors: false, version: '1.2' });
  return { doc, lineCounter };
}

/** Finds a JSON pointer's node in a YAML (or JSON) document and returns its span. */
export function yamlLocator(text: string, doc: Document.Parsed, lineCounter: LinePositions): (pointer: string, key?: boolean) => Place {
  const access = heldText(text);
  return (pointer, key = false) => placeOfNode(access, lineCounter, walkTo(doc.contents, parsePointer(pointer), key), 0);
}

/** Where a top-level key's value is written, and each item's when the value is a list. */
export interface TopEntry {
  key: [number, number] | undefined;
  value: [number, number, boolean] | undefined;
  /** Start and end of each item, in pairs; undefined when the value is not a list. */
  items: Int32Array | undefined;
}

/**
 * `yamlLocator` without keeping the document: the offsets of the top level (each key, its value,
 * each item of a list) are taken from `doc`, which can then go; a value deeper down is found by
 * parsing again just the item (or top-level entry) that holds it. A document is several times
 * the size of its text, a gigabyte for the registry of a 20 MB policy, and a check needs places
 * for a few of its values. Where a slice does not read back as the same node (aliases, odd
 * layouts), the whole text is parsed once and kept.
 */
export function sliceLocator(text: TextAccess, index: TopIndex, lineCounter: LinePositions): (pointer: string, key?: boolean) => Place {
  const { entries, rootIsMap } = index;
  const rootPlace = index.root ? spanPlaceIn(text, lineCounter, ...index.root) : FILE_START;
  let whole: ((pointer: string, key?: boolean) => Place) | undefined;
  const fromWhole = (pointer: string, key: boolean) => {
    if (!whole) {
      const all = text.whole();
      // A file on disk that no longer reads as it did: no place in it can be trusted.
      if (all === undefined) return FILE_START;
      whole = yamlLocator(all, parseYaml(all).doc, lineCounter);
    }
    return whole(pointer, key);
  };
  const spanPlace = (start: number, end: number, collection: boolean) => spanPlaceIn(text, lineCounter, start, end, collection);
  const cache: SliceCache = {};
  return (pointer, key = false) => {
    const segments = parsePointer(pointer);
    if (!rootIsMap) return fromWhole(pointer, key);
    if (segments.length === 0) return rootPlace;
    const entry = entries.get(segments[0]!);
    // No such key: the walk stops at the top-level map.
    if (!entry) return rootPlace;
    if (segments.length === 1 || !entry.value) {
      if (key && entry.key) return placeFrom(lineCounter, entry.key[0], entry.key[1]);
      if (entry.value) return spanPlace(...entry.value);
      return entry.key ? placeFrom(lineCounter, entry.key[0], entry.key[1]) : FILE_START;
    }
    if (entry.items) {
      const at = Number(segments[1]);
      // No such item: the walk stops at the list.
      if (!Number.isInteger(at) || at < 0 || at >= entry.items.length / 2) return spanPlace(...entry.value);
      const [start, end] = [entry.items[2 * at]!, entry.items[2 * at + 1]!];
      const found = start < 0 ? undefined : inSlice(text, lineCounter, cache, start, end, segments.slice(2), key);
      return found ?? fromWhole(pointer, key);
    }
    const start = entry.key?.[0] ?? entry.value[0];
    return inSlice(text, lineCounter, cache, start, entry.value[1], segments, key, true) ?? fromWhole(pointer, key);
  };
}

function spanPlaceIn(text: TextAccess, lineCounter: LinePositions, start: number, end: number, collection: boolean): Place {
  return placeFrom(lineCounter, start, collection ? firstLineEnd(text, start, end) : end);
}

/** The top level of a document, for `sliceLocator`: the root's span, each key's entry (the first of a key written twice). */
export interface TopIndex {
  root: [number, number, boolean] | undefined;
  rootIsMap: boolean;
  entries: Map<string, TopEntry>;
}

export function topIndex(doc: Document.Parsed): TopIndex {
  const { isMap, isScalar, isSeq } = yaml();
  const root = doc.contents;
  const entries = new Map<string, TopEntry>();
  if (isMap(root)) {
    for (const pair of root.items) {
      const name = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (entries.has(name)) continue;
      const keyNode = pair.key as Node | null;
      const value = pair.value as Node | null;
      entries.set(name, {
        key: keyNode?.range ? [keyNode.range[0], keyNode.range[1]] : undefined,
        value: value?.range ? [value.range[0], value.range[1], isMap(value) || isSeq(value)] : undefined,
        items: isSeq(value) ? Int32Array.from(value.items.flatMap((item) => {
          const range = (item as Node | null)?.range;
          return range ? [range[0], range[1]] : [-1, -1];
        })) : undefined,
      });
    }
  }
  return { root: root?.range ? [root.range[0], root.range[1], isMap(root) || isSeq(root)] : undefined, rootIsMap: isMap(root), entries };
}

/**
 * Reads a YAML registry an entry at a time, and a long list an item at a time, each parsed as a
 * document of its own: a document of the whole text holds a node for every value, some 20 times
 * the text (a gigabyte for the registry of a 20 MB policy), all at once. It takes the layout
 * policyc writes and any block layout like it: top-level keys at column 0, list items on lines of
 * their own. Undefined for anything else, or when any piece does not read cleanly (an error, an
 * alias, a key written twice, a second document): the whole text is then parsed, which reports
 * what is wrong exactly as before.
 */
function readPieces(text: string): { data: Record<string, unknown>; index: TopIndex; lineStarts: Int32Array } | undefined {
  const { isMap, isScalar, isSeq } = yaml();
  const layout = pieceLayout(text);
  if (!layout) return undefined;
  const data: Record<string, unknown> = {};
  const entries = new Map<string, TopEntry>();
  for (const piece of pieceEntries(text, layout)) {
    if (!piece) return undefined;
    const { start, end, items, entry, name, pair, keyNode } = piece;
    // A key written twice is an error of the whole document.
    if (entries.has(name)) return undefined;
    const keyRange: [number, number] = [start + keyNode.range![0], start + keyNode.range![1]];
    if (items.length === 0) {
      const value = pair.value as Node | null;
      data[name] = withOwnStrings((entry.toJS({ maxAliasCount: 100 }) as Record<string, unknown>)[name]);
      entries.set(name, {
        key: keyRange,
        value: value?.range ? [start + value.range[0], start + value.range[1], isMap(value) || isSeq(value)] : undefined,
        items: isSeq(value) ? Int32Array.from(value.items.flatMap((item) => {
          const range = (item as Node | null)?.range;
          return range ? [start + range[0], start + range[1]] : [-1, -1];
        })) : undefined,
      });
      continue;
    }
    // `key:` alone on its line(s), its list below it.
    const empty = pair.value as Node | null;
    if (empty !== null && !(isScalar(empty) && empty.value === null && empty.source === '')) return undefined;
    const list: unknown[] = [];
    const ranges = new Int32Array(items.length * 2);
    let seqStart = 0;
    let seqEnd = 0;
    for (const [j, itemStart] of items.entries()) {
      const item = readItem(text, itemStart, items[j + 1] ?? end);
      if (!item) return undefined;
      list.push(item.value);
      ranges[2 * j] = item.start;
      ranges[2 * j + 1] = item.end;
      if (j === 0) seqStart = item.dash;
      seqEnd = item.end;
    }
    data[name] = list;
    entries.set(name, { key: keyRange, value: [seqStart, seqEnd, true], items: ranges });
  }
  return { data, index: { root: [layout.keyLines[0]!, text.length, true], rootIsMap: true, entries }, lineStarts: Int32Array.from(layout.lineStarts) };
}

/**
 * The value at `part` of a YAML registry (a top-level entry, or an item of a list entry) read
 * alone, as `readPieces` reads it: what the agreement rule needs of the primary, read again, to
 * name the first difference, without the rest of the data beside the file being compared.
 * Undefined when the text is not in a layout read in pieces or the piece does not read cleanly
 * (the caller then reads the whole), or when the part is a whole list (read whole too).
 */
export function readYamlPart(text: string, part: { key: string; index?: number | undefined }): { value: unknown } | undefined {
  if (tooDeepAt(text) !== null) return undefined;
  const layout = pieceLayout(text);
  if (!layout) return undefined;
  for (const piece of pieceEntries(text, layout)) {
    if (!piece) return undefined;
    const { end, items, entry, name } = piece;
    if (name !== part.key) continue;
    if (items.length === 0) {
      const value = (entry.toJS({ maxAliasCount: 100 }) as Record<string, unknown>)[name];
      if (part.index === undefined) return { value };
      return { value: Array.isArray(value) ? (value as unknown[])[part.index] : undefined };
    }
    if (part.index === undefined) return undefined;
    if (part.index >= items.length) return { value: undefined };
    const item = readItem(text, items[part.index]!, items[part.index + 1] ?? end);
    return item && { value: item.value };
  }
  return { value: undefined };
}

/**
 * `readYamlPart` of a YAML registry given as lines (a file read a piece at a time), holding only
 * the lines of the entry's key and of the one item asked for: the whole text of a long registry
 * is some eighty megabytes as a string. It takes the layout `readYamlPart` takes (keys at column
 * 0, each item of a list on lines of its own at one indentation) with the key written plain
 * (`tasks:`); undefined for anything else, which the caller then reads whole.
 */
export function readYamlPartFromLines(lines: Iterable<string>, part: { key: string; index?: number | undefined }): { value: unknown } | undefined {
  // The lines of the wanted entry: its key and what precedes its first item, and the item asked for
  // (or, for a part that is a whole entry, all its lines).
  let head: string[] | null = null;
  let item: string[] | null = null;
  let indent = -1;
  let items = 0;
  let keys = 0;
  // A key line not of the plain form ("tasks :"): the key asked for may be written so.
  let unsure = false;
  const finish = (): { value: unknown } | undefined => {
    if (head === null) return unsure ? undefined : { value: undefined };
    // Each line ends with its line feed again (a CR kept at a line's end is half of a CRLF).
    if (part.index === undefined || indent < 0) return readYamlPart(`${head.join('\n')}\n`, part);
    if (item === null) return { value: undefined };
    return readYamlPart(`${head.join('\n')}\n${item.join('\n')}\n`, { key: part.key, index: 0 });
  };
  for (const line of lines) {
    const first = line[0];
    // A byte-order mark: left to the whole read.
    if (first === '\uFEFF') return undefined;
    if (first !== undefined && first !== ' ' && first !== '\t' && first !== '\r' && first !== '#') {
      if (first === '%' || /^(?:---|\.\.\.)(?:[ \t\r]|$)/u.test(line)) {
        if (keys > 0) return undefined;
        continue;
      }
      // A list, a flow collection, a complex or quoted key, a tag, an anchor or alias: read whole.
      if ('-?{}[],!&*|>@`"\''.includes(first)) return undefined;
      if (head !== null) return finish();
      keys += 1;
      if (line.startsWith(`${part.key}:`) && /^(?:[ \t\r#]|$)/u.test(line.slice(part.key.length + 1))) head = [line];
      else if (!/^[^\s:#]+:(?:[ \t\r#]|$)/u.test(line)) unsure = true;
      continue;
    }
    if (head === null) continue;
    if (part.index === undefined) {
      head.push(line);
      continue;
    }
    let column = 0;
    while (line[column] === ' ') column++;
    const next = line[column];
    if (next === undefined || next === '\r' || next === '#') {
      (item ?? head).push(line);
      continue;
    }
    if (indent < 0) indent = column;
    if (column === indent) {
      if (next !== '-' || !' \t\r'.includes(line[column + 1] ?? ' ')) return undefined;
      if (item !== null) return finish();
      if (items === part.index) item = [line];
      items += 1;
    } else if (column < indent) return undefined;
    else item?.push(line);
  }
  return finish();
}

/**
 * The line starts of a YAML text and those of its top-level keys, when it is in a layout read in
 * pieces: keys at column 0, nothing before the first but directives, a start marker and comments.
 */
function pieceLayout(text: string): { lineStarts: number[]; keyLines: number[] } | undefined {
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  // Top-level keys: lines starting at column 0 with something other than a comment, an indicator or a marker.
  const keyLines: number[] = [];
  for (const start of lineStarts) {
    const first = text[start];
    if (first === undefined || first === '\n' || first === '\r' || first === ' ' || first === '\t' || first === '#') continue;
    if (text.startsWith('%', start) || (/^(?:---|\.\.\.)(?:[ \t\r\n]|$)/u.test(text.slice(start, start + 4)))) {
      // Directives and the start marker belong before the first key; a marker after it starts another document.
      if (keyLines.length > 0) return undefined;
      continue;
    }
    // A list, a flow collection, a complex key, a tag, an anchor or alias, a block scalar: read whole.
    if ('-?{}[],!&*|>@`'.includes(first)) return undefined;
    keyLines.push(start);
  }
  if (keyLines.length === 0) return undefined;
  const { isScalar } = yaml();
  // What comes before the first key: directives, a start marker, comments; no content.
  const header = parsePiece(text, 0, keyLines[0]!);
  if (!header || (header.contents !== null && !(isScalar(header.contents) && header.contents.value === null && header.contents.source === ''))) return undefined;
  return { lineStarts, keyLines };
}

/**
 * Each top-level entry of a text in the piece layout: where it lies, the line starts of its list's
 * items (none when it is not a list on lines of its own), and its key read with what precedes the
 * first item; null for an entry that does not read as one plain key (the text is then read whole).
 */
function* pieceEntries(text: string, { lineStarts, keyLines }: { lineStarts: number[]; keyLines: number[] }): Generator<{
  start: number; end: number; items: number[]; entry: Document.Parsed; name: string; pair: Pair; keyNode: Node;
} | null> {
  for (const [i, start] of keyLines.entries()) {
    const end = keyLines[i + 1] ?? text.length;
    const items = itemStarts(text, lineStarts, start, end);
    const entry = parsePiece(text, start, items.length > 0 ? items[0]! : end);
    const keyed = entry && entryKey(entry);
    yield keyed ? { start, end, items, entry: entry!, ...keyed } : null;
  }
}

/** The text in [from, to) parsed as a document of its own; undefined when it has an error or an alias. */
function parsePiece(text: string, from: number, to: number): Document.Parsed | undefined {
  const { parseDocument, visit } = yaml();
  const doc = parseDocument(text.slice(from, to), { keepSourceTokens: false, prettyErrors: false, version: '1.2' });
  let alias = false;
  visit(doc, { Alias: () => { alias = true; return visit.BREAK; } });
  return doc.errors.length > 0 || alias ? undefined : doc;
}

/** The one key of a top-level entry read alone; undefined for anything else (`__proto__` and `<<` are read specially: whole). */
function entryKey(entry: Document.Parsed): { name: string; pair: Pair; keyNode: Node } | undefined {
  const { isMap, isScalar } = yaml();
  const pair = isMap(entry.contents) && entry.contents.items.length === 1 ? entry.contents.items[0]! : undefined;
  const keyNode = pair?.key as Node | null | undefined;
  if (!pair || !isScalar(keyNode) || typeof keyNode.value !== 'string' || !keyNode.range) return undefined;
  const name = String(keyNode.value);
  if (name === '__proto__' || name === '<<') return undefined;
  return { name, pair, keyNode };
}

/**
 * An item of a top-level list in [itemStart, itemEnd): its value, where the value is written and
 * where its dash is. Items in the layout policyc writes are read straight into values; the others
 * as documents.
 */
function readItem(text: string, itemStart: number, itemEnd: number): { value: unknown; start: number; end: number; dash: number } | undefined {
  const plain = readPlainItem(yaml(), text, itemStart, itemEnd);
  if (plain) return plain;
  const { isSeq } = yaml();
  const doc = parsePiece(text, itemStart, itemEnd);
  const seq = doc?.contents;
  if (!isSeq(seq) || seq.items.length !== 1 || !seq.range) return undefined;
  const item = seq.items[0] as Node | null;
  return {
    value: withOwnStrings((doc!.toJS({ maxAliasCount: 100 }) as unknown[])[0]),
    start: item?.range ? itemStart + item.range[0] : -1,
    end: item?.range ? itemStart + item.range[1] : -1,
    dash: itemStart + seq.range[0],
  };
}

/**
 * The line starts of the items of a block list that is a top-level entry's value, when the entry
 * is a key alone on its line and each item starts a line of its own (`- ` at one indentation);
 * [] when the entry is anything else (it is then read whole).
 */
function itemStarts(text: string, lineStarts: readonly number[], start: number, end: number): number[] {
  const keyLineEnd = text.indexOf('\n', start);
  if (keyLineEnd < 0 || keyLineEnd >= end || !isKeyAlone(text.slice(start, keyLineEnd))) return [];
  const starts: number[] = [];
  let indent = -1;
  let line = lowerBound(lineStarts, keyLineEnd + 1);
  for (; line < lineStarts.length && lineStarts[line]! < end; line++) {
    const at = lineStarts[line]!;
    let column = 0;
    while (text[at + column] === ' ') column++;
    const next = text[at + column];
    if (next === '\n' || next === '\r' || next === '#' || next === undefined) continue;
    if (indent < 0) indent = column;
    if (column === indent) {
      if (next !== '-' || !' \t\r\n'.includes(text[at + column + 1] ?? '\n')) return [];
      starts.push(at);
    } else if (column < indent) return [];
  }
  return starts;
}

/**
 * Whether a line is a key with nothing after its colon but blanks and a comment. A guess, in one
 * pass: a wrong one only costs the split (the pieces then do not read back, and the entry is read whole).
 */
function isKeyAlone(line: string): boolean {
  const comment = line.indexOf(' #');
  let end = comment < 0 ? line.length : comment;
  while (end > 0 && ' \t\r'.includes(line[end - 1]!)) end--;
  return line[end - 1] === ':';
}

/** The slice `inSlice` parsed last, kept by each locator: places are asked for an item at a time, several for each. */
interface SliceCache {
  last?: { base: number; end: number; doc: Document.Parsed };
}

/**
 * Parses the lines holding the node at [start, end) and walks `segments` from it; undefined when
 * the slice does not read cleanly back as that node. With `pair`, the node is a top-level entry
 * (key and value) and the walk starts at the slice's map; else it is a list item, read as a list
 * of one item (block style) or as itself (flow style).
 */
function inSlice(
  text: TextAccess, lineCounter: LinePositions, cache: SliceCache, start: number, end: number, segments: string[], key: boolean, pair = false,
): Place | undefined {
  const { isMap, isSeq, parseDocument } = yaml();
  const base = text.lineStartOf(start);
  if (cache.last?.base !== base || cache.last.end !== end) {
    const slice = text.slice(base, end);
    if (slice === undefined) return undefined;
    cache.last = { base, end, doc: parseDocument(slice, { keepSourceTokens: false, prettyErrors: false, version: '1.2' }) };
  }
  const { doc } = cache.last;
  if (doc.errors.length > 0) return undefined;
  const root = doc.contents;
  if (pair) {
    if (!isMap(root) || root.items.length !== 1 || (root.items[0]!.key as Node | null)?.range?.[0] !== start - base) return undefined;
    return placeOfNode(text, lineCounter, walkTo(root, segments, key), base);
  }
  const item = isSeq(root) && root.items.length === 1 ? root.items[0] as Node | null : root;
  if (item?.range?.[0] !== start - base) return undefined;
  return placeOfNode(text, lineCounter, walkTo(item, segments, key), base);
}

/** The node a pointer's segments lead to from `from` (the nearest existing one), or its key with `key`. */
function walkTo(from: Node | null | undefined, segments: readonly string[], key: boolean): Node | null | undefined {
  const { isMap, isScalar, isSeq } = yaml();
  let node: Node | null | undefined = from;
  let keyNode: Node | null | undefined;
  let last: Node | null | undefined = node;
  for (const segment of segments) {
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === segment);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
      // `key:` with no value: the key is the best place there is.
      last = node ?? keyNode;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) break;
      node = item;
      last = node;
    } else break;
  }
  return key && keyNode ? keyNode : last;
}

/** A node's place in the file (its offsets are `base` ahead of the text it was parsed from). */
function placeOfNode(text: TextAccess, lineCounter: LinePositions, target: Node | null | undefined, base: number): Place {
  const { isMap, isSeq } = yaml();
  if (!target?.range) return FILE_START;
  const start = target.range[0] + base;
  const end = target.range[1] + base;
  // A block map or list spans many lines; its first line is the place to show.
  return placeFrom(lineCounter, start, isMap(target) || isSeq(target) ? firstLineEnd(text, start, end) : end);
}

function firstLineEnd(text: TextAccess, start: number, end: number): number {
  const newline = text.lineFeedFrom(start);
  return newline < 0 || newline > end ? end : newline;
}

function placeFrom(lineCounter: LinePositions, start: number, end: number): Place {
  const point = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, offset };
  };
  return { start: point(start), end: point(Math.max(start, end)) };
}

/**
 * The offset where `text` first nests deeper than `MAX_YAML_DEPTH`, or null; one pass. Flow
 * depth counts brackets outside quoted scalars and comments; block depth is the number of open
 * indentation levels, a `- ` (or `? `) opening one more at its column. It may over-count in odd
 * plain scalars ("a[b"), which only matters past a thousand of them.
 */
export function tooDeepAt(text: string): number | null {
  let flow = 0;
  const indents: number[] = [];
  let lineStart = true;
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      lineStart = true;
      column = 0;
      continue;
    }
    if (lineStart && flow === 0) {
      if (ch === ' ') {
        column++;
        continue;
      }
      lineStart = false;
      if (ch === '#' || ch === '\r') continue;
      // A new block node at `column`: close the levels at or right of it, open its own.
      while (indents.length > 0 && indents[indents.length - 1]! >= column) indents.pop();
      indents.push(column);
      // "- - - x" or "? - x": each indicator opens a level inside the one before.
      let at = i;
      while ((text[at] === '-' || text[at] === '?') && (text[at + 1] === ' ' || text[at + 1] === '\t')) {
        at += 2;
        while (text[at] === ' ' || text[at] === '\t') at++;
        indents.push(column + (at - i));
      }
      if (indents.length > MAX_YAML_DEPTH) return i;
    }
    lineStart = false;
    if (ch === '[' || ch === '{') {
      if (++flow > MAX_YAML_DEPTH) return i;
    } else if (ch === ']' || ch === '}') {
      flow = Math.max(0, flow - 1);
    } else if ((ch === '"' || ch === "'") && /^[\s:,[{?-]?$/u.test(text[i - 1] ?? '')) {
      // A quote opens a scalar only where one starts ("it's" is plain text).
      i = quotedEnd(text, i, ch);
    } else if (ch === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    }
  }
  return null;
}

/** The offset of the quote that closes the quoted scalar opening at `start` (or the text's end). */
function quotedEnd(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}
