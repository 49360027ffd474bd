/**
 * Prints JSON data as a TypeScript literal: single quotes, trailing commas, two-space indent.
 * Written by hand rather than node by node through ts-morph, because the data is the bulk of
 * the file and a string is one insertion.
 */

export type Path = readonly (string | number)[];

export interface LiteralOptions {
  /** Lines of a JSDoc comment to put before property `key` of the object at `path`. */
  docFor?: (path: Path, key: string) => string[] | undefined;
}

const INDENT = '  ';

export function printLiteral(value: unknown, options: LiteralOptions = {}): string {
  return print(value, [], 0, options);
}

/** An item of a top-level list, printed: the text of its value alone, without indent or comma. */
export interface ListItem {
  /** The property that holds the list (`tasks` …). */
  list: string;
  index: number;
  text: string;
}

/**
 * `printLiteral`'s text in pieces: an object's properties one by one, and the items of a list of
 * objects it holds one by one, each passed through `itemOf` (key, item) first (the emitter orders
 * an item's keys only when it prints it) and given as a `ListItem` (what tells an item printed by
 * policyc from one edited by hand, item by item), the text around them as strings. Joined, the
 * pieces are what `printLiteral` prints.
 */
export function* literalPieces(
  value: unknown,
  options: LiteralOptions & { itemOf?: (key: string, item: unknown) => unknown } = {},
): Generator<string | ListItem> {
  const object = value as Record<string, unknown>;
  const keys = isPrimitive(value) || Array.isArray(value) ? [] : Object.keys(object);
  // Empty, or a source point: one line, as `printLiteral` prints it.
  if (keys.length === 0 || keys.every((key) => typeof object[key] === 'number')) {
    yield printLiteral(value, options);
    return;
  }
  const itemOf = options.itemOf ?? ((_key: string, item: unknown) => item);
  yield '{\n';
  for (const key of keys) {
    const doc = options.docFor?.([], key);
    if (doc) yield jsDoc(doc).map((line) => `${INDENT}${line}\n`).join('');
    const item = object[key];
    if (!Array.isArray(item) || item.length === 0 || item.every(isPrimitive)) {
      yield `${INDENT}${property(key)}: ${print(item, [key], 1, options)},\n`;
      continue;
    }
    yield `${INDENT}${property(key)}: [\n`;
    for (const [index, entry] of item.entries()) {
      yield INDENT.repeat(2);
      yield { list: key, index, text: print(itemOf(key, entry), [key, index], 2, options) };
      yield ',\n';
    }
    yield `${INDENT}],\n`;
  }
  yield '}';
}

function print(value: unknown, path: Path, depth: number, options: LiteralOptions): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return printArray(value, path, depth, options);
  if (typeof value === 'object') return printObject(value as Record<string, unknown>, path, depth, options);
  return 'null';
}

function printArray(items: unknown[], path: Path, depth: number, options: LiteralOptions): string {
  if (items.length === 0) return '[]';
  // Lists of ids stay on one line: they are short, and a diff then shows the whole list.
  if (items.every(isPrimitive)) return `[${items.map((item) => print(item, path, depth, options)).join(', ')}]`;
  const pad = INDENT.repeat(depth + 1);
  const lines = items.map((item, i) => `${pad}${print(item, [...path, i], depth + 1, options)},`);
  return `[\n${lines.join('\n')}\n${INDENT.repeat(depth)}]`;
}

function printObject(object: Record<string, unknown>, path: Path, depth: number, options: LiteralOptions): string {
  const keys = Object.keys(object);
  if (keys.length === 0) return '{}';
  // Source points ({ line, column, offset }) stay on one line.
  if (keys.every((key) => typeof object[key] === 'number')) {
    return `{ ${keys.map((key) => `${property(key)}: ${JSON.stringify(object[key])}`).join(', ')} }`;
  }
  const pad = INDENT.repeat(depth + 1);
  const lines: string[] = [];
  for (const key of keys) {
    const doc = options.docFor?.(path, key);
    if (doc) lines.push(...jsDoc(doc).map((line) => pad + line));
    lines.push(`${pad}${property(key)}: ${print(object[key], [...path, key], depth + 1, options)},`);
  }
  return `{\n${lines.join('\n')}\n${INDENT.repeat(depth)}}`;
}

/** A JSDoc block; a star-slash inside the text is escaped so the comment cannot end early. */
export function jsDoc(lines: string[]): string[] {
  const body = lines.flatMap((line) => line.split(/\r\n|\r|\n/u)).map((line) => line.replaceAll('*/', '*\\/'));
  return ['/**', ...body.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'];
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function property(key: string): string {
  return /^[A-Za-z_$][\w$]*$/u.test(key) ? key : quote(key);
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A single-quoted string literal; line terminators and control characters escaped. */
export function quote(text: string): string {
  const body = text.replace(/[\\'\n\r\t\u0000-\u001f\u2028\u2029]/gu, (c) =>
    ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${body}'`;
}
