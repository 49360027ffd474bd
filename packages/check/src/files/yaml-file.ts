import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';
import { parsePointer } from './pointer.js';
import { FILE_START } from './lines.js';
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

/** Reads a YAML registry; errors carry the line and column the `yaml` package gives them. */
export function readYamlFile(path: string, text: string, kind: RegistryFileKind = 'yaml'): RegistryFile {
  const deep = tooDeepAt(text);
  if (deep !== null) {
    const lineCounter = new (yaml().LineCounter)();
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
    return {
      path, kind, text, data: undefined,
      problems: [{ reason: `Nested more than ${MAX_YAML_DEPTH} levels deep: not read`, place: placeFrom(lineCounter, deep, deep + 1) }],
      locate: () => FILE_START,
    };
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
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // An alias to no anchor, or too many aliases (a "billion laughs" file), fails only here.
      problems.push({ reason: error instanceof Error ? error.message : String(error), place: FILE_START });
    }
  }
  return { path, kind, text, data, problems, locate: yamlLocator(text, doc, lineCounter) };
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
export function yamlLocator(text: string, doc: Document.Parsed, lineCounter: LineCounter): (pointer: string, key?: boolean) => Place {
  const { isMap, isScalar, isSeq } = yaml();
  return (pointer, key = false) => {
    let node: Node | null | undefined = doc.contents;
    let keyNode: Node | null | undefined;
    let last: Node | null | undefined = node;
    for (const segment of parsePointer(pointer)) {
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
    const target = key && keyNode ? keyNode : last;
    if (!target?.range) return FILE_START;
    const [start, end] = target.range;
    // A block map or list spans many lines; its first line is the place to show.
    return placeFrom(lineCounter, start, isMap(target) || isSeq(target) ? firstLineEnd(text, start, end) : end);
  };
}

function firstLineEnd(text: string, start: number, end: number): number {
  const newline = text.indexOf('\n', start);
  return newline < 0 || newline > end ? end : newline;
}

function placeFrom(lineCounter: LineCounter, start: number, end: number): Place {
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
