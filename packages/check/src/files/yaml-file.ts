import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { parsePointer } from './pointer.js';
import { FILE_START } from './lines.js';
import type { Place } from '../types.js';
import type { RegistryFile, RegistryFileKind, SyntaxProblem } from './registry-file.js';

/** Reads a YAML registry; errors carry the line and column the `yaml` package gives them. */
export function readYamlFile(path: string, text: string, kind: RegistryFileKind = 'yaml'): RegistryFile {
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
  const lineCounter = new LineCounter();
  // uniqueKeys stays on: a key written twice is a hand-edit mistake worth reporting.
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false, prettyErrors: false, version: '1.2' });
  return { doc, lineCounter };
}

/** Finds a JSON pointer's node in a YAML (or JSON) document and returns its span. */
export function yamlLocator(text: string, doc: Document.Parsed, lineCounter: LineCounter): (pointer: string, key?: boolean) => Place {
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
