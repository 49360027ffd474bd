import type * as Yaml from 'yaml';
import { ownCopy } from '../own-copy.js';

/** A plain scalar's value from its text: null, a boolean, a number, or the text itself. */
type Resolver = (text: string) => unknown;

/** What `readPlainItem` gives: the item's value, and where its node starts and ends (as the `yaml` package spans it). */
export interface PlainItem {
  value: unknown;
  /** The offset of the item's `-`: where a list of this one item starts. */
  dash: number;
  start: number;
  end: number;
}

/**
 * Reads a list item of [from, to) (`- ` at its line's indentation, then a block map) into a plain
 * value without building a `yaml` document: a document holds a node object for every value, and
 * making one per item of a 55 MB registry is most of a check's memory. Only the layout policyc
 * writes is read: block maps and lists, keys that are plain words, one-line plain and quoted
 * scalars, `|` literal scalars, one-line flow maps and lists of scalars, comments on lines of
 * their own. Undefined for anything else (an anchor, a tag, a tab, a folded or multi-line scalar, a
 * key written twice …): the item is then read by the `yaml` package, which reports what is wrong.
 */
export function readPlainItem(yaml: typeof Yaml, text: string, from: number, to: number): PlainItem | undefined {
  // Control characters, tabs and CRs: rare, and each has rules of its own; the full parser reads them.
  if (CONTROL.test(text.slice(from, to))) return undefined;
  const reader = new Reader(text, from, to, resolverOf(yaml));
  return reader.item();
}

// eslint-disable-next-line no-control-regex -- the characters this reader leaves to the full parser
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f\u0085\u2028\u2029\ufeff]/u;
/** A key as policyc writes one: a word, never read as anything but a string. */
const KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/u;

/** A key the reader takes: a word that reads as a string, not written before; `__proto__` is read specially. */
function isKey(key: string, resolve: Resolver, map: Record<string, unknown>): boolean {
  return KEY.test(key) && key !== '__proto__' && resolve(key) === key && !Object.hasOwn(map, key);
}

let resolvers: Resolver[] | undefined;

/**
 * Resolves plain scalars with the tags of the YAML 1.2 core schema that match by text (null, bool,
 * int, float), in the order the `yaml` package tries them: reusing them reads `0o17`, `.inf` or
 * `~` exactly as a full parse does.
 */
function resolverOf(yaml: typeof Yaml): Resolver {
  if (!resolvers) {
    const { tags } = new yaml.Document(null, { version: '1.2' }).schema;
    const scalarTags = tags.filter((tag): tag is Yaml.ScalarTag & { test: RegExp } => tag.default === true && tag.test instanceof RegExp);
    resolvers = scalarTags.map((tag) => (value: string) => {
      if (!tag.test.test(value)) return NOT_THIS;
      const resolved = tag.resolve(value, () => {}, { intAsBigInt: false } as Yaml.ParseOptions) as unknown;
      return yaml.isScalar(resolved) ? resolved.value : resolved;
    });
  }
  const list = resolvers;
  return (value) => {
    for (const resolve of list) {
      const resolved = resolve(value);
      if (resolved !== NOT_THIS) return resolved;
    }
    return value;
  };
}

const NOT_THIS = Symbol('not this tag');
/** Thrown inside the reader only, caught by `item()`: the text is not in the layout it reads. */
const UNREAD = Symbol('not plain');

class Reader {
  /** Start of the current line, and its end (the offset of its `\n`, or `to`). */
  private line: number;
  private lineEnd: number;
  /** End of the last line that held content (after its `\n`): where the `yaml` package ends a node. */
  private contentEnd: number;

  constructor(private readonly text: string, from: number, private readonly to: number, private readonly resolve: Resolver) {
    this.line = from;
    this.lineEnd = this.endOf(from);
    this.contentEnd = from;
  }

  item(): PlainItem | undefined {
    try {
      this.skipBlank();
      const column = this.indentOf();
      if (column < 0 || !this.isDash(this.line + column)) return undefined;
      const dash = this.line + column;
      // The item's own content: a block map starting on the dash's line.
      const keyColumn = this.columnAfterDash(column);
      if (keyColumn < 0 || !this.startsMap(this.line + keyColumn)) return undefined;
      const start = this.line + keyColumn;
      const value = this.map(keyColumn, start);
      this.skipBlank();
      // Anything left is another item or something else: not one item.
      if (this.line < this.to) return undefined;
      return { value, dash, start, end: this.contentEnd };
    } catch (error) {
      if (error === UNREAD) return undefined;
      throw error;
    }
  }

  private endOf(at: number): number {
    const newline = this.text.indexOf('\n', at);
    return newline < 0 || newline >= this.to ? this.to : newline;
  }

  private next(): void {
    this.line = this.lineEnd < this.to ? this.lineEnd + 1 : this.to;
    this.lineEnd = this.endOf(this.line);
  }

  private consumed(): void {
    this.contentEnd = this.lineEnd < this.to ? this.lineEnd + 1 : this.to;
    this.next();
  }

  /** Skips blank lines and lines holding only a comment. */
  private skipBlank(): void {
    while (this.line < this.to) {
      const column = this.indentOf();
      if (column >= 0 && this.text[this.line + column] !== '#') return;
      this.next();
    }
  }

  /** The current line's indentation, or -1 when it is blank. */
  private indentOf(): number {
    let at = this.line;
    while (at < this.lineEnd && this.text[at] === ' ') at++;
    return at === this.lineEnd ? -1 : at - this.line;
  }

  private isDash(at: number): boolean {
    return this.text[at] === '-' && (at + 1 === this.lineEnd || this.text[at + 1] === ' ');
  }

  /** The column of the content after the `- ` at `column` on the current line; -1 when there is none. */
  private columnAfterDash(column: number): number {
    let at = this.line + column + 1;
    while (at < this.lineEnd && this.text[at] === ' ') at++;
    return at === this.lineEnd ? -1 : at - this.line;
  }

  /** A block map whose first key is at `first` on the current line, its other keys at `column`. */
  private map(column: number, first: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    let at = first;
    for (;;) {
      const colon = this.text.indexOf(':', at);
      if (colon < 0 || colon >= this.lineEnd) throw UNREAD;
      const key = this.text.slice(at, colon);
      if (!isKey(key, this.resolve, map)) throw UNREAD;
      const rest = colon + 1;
      if (rest < this.lineEnd && this.text[rest] !== ' ') throw UNREAD;
      map[key] = this.valueAfter(column, rest);
      this.skipBlank();
      if (this.line >= this.to) return map;
      const indent = this.indentOf();
      if (indent < column) return map;
      if (indent > column || this.isDash(this.line + indent)) throw UNREAD;
      at = this.line + indent;
    }
  }

  /** The value of a key at `column` whose colon ends before `at` on the current line. */
  private valueAfter(column: number, at: number): unknown {
    while (at < this.lineEnd && this.text[at] === ' ') at++;
    if (at === this.lineEnd || this.text[at] === '#') {
      // `key:` alone: its value is on the lines below, more indented; else it is null, and the
      // yaml package ends the map before the line's break.
      const keyLineEnd = this.lineEnd;
      this.consumed();
      this.skipBlank();
      const indent = this.line < this.to ? this.indentOf() : -1;
      if (indent <= column) {
        this.contentEnd = keyLineEnd;
        return null;
      }
      if (this.isDash(this.line + indent)) return this.list(indent);
      return this.map(indent, this.line + indent);
    }
    const first = this.text[at]!;
    if (first === '|') return this.literal(column, at);
    const value = first === '[' || first === '{' ? this.flow(at) : this.scalar(at, this.lineEnd, false);
    this.consumed();
    return value;
  }

  /** A block list of items at `column`, starting on the current line. */
  private list(column: number): unknown[] {
    const list: unknown[] = [];
    for (;;) {
      const content = this.columnAfterDash(column);
      if (content < 0) throw UNREAD;
      const at = this.line + content;
      const first = this.text[at]!;
      if (first === '[' || first === '{') {
        list.push(this.flow(at));
        this.consumed();
      } else if (first === '|' || first === '#') {
        throw UNREAD;
      } else if (this.startsMap(at)) {
        list.push(this.map(content, at));
      } else {
        list.push(this.scalar(at, this.lineEnd, false));
        this.consumed();
      }
      this.skipBlank();
      if (this.line >= this.to) return list;
      const indent = this.indentOf();
      if (indent < column) return list;
      if (indent > column || !this.isDash(this.line + indent)) throw UNREAD;
    }
  }

  /** Whether the content at `at` on the current line is a `key: ` (a map), not a scalar. */
  private startsMap(at: number): boolean {
    const colon = this.text.indexOf(':', at);
    if (colon < 0 || colon >= this.lineEnd) return false;
    if (colon + 1 === this.lineEnd || this.text[colon + 1] === ' ') return true;
    return false;
  }

  /**
   * A `|`, `|-` or `|+` literal scalar whose indicator is at `at`, its lines below, more indented
   * than `column`: lines kept as written, less their indentation.
   */
  private literal(column: number, at: number): string {
    let chomp: '-' | '+' | '' = '';
    let after = at + 1;
    if (this.text[after] === '-' || this.text[after] === '+') chomp = this.text[after++] as '-' | '+';
    while (after < this.lineEnd && this.text[after] === ' ') after++;
    // An indentation indicator, or anything but a comment after the header.
    if (after < this.lineEnd && this.text[after] !== '#') throw UNREAD;
    if (after < this.lineEnd && this.text[after - 1] !== ' ') throw UNREAD;
    this.consumed();
    const lines: string[] = [];
    let indent = -1;
    /** Spaces of the blank lines before the first content line: more than its indentation is an error. */
    let leading = 0;
    while (this.line < this.to) {
      const spaces = this.spacesOf();
      const blank = this.line + spaces === this.lineEnd;
      if (blank) {
        if (indent < 0) leading = Math.max(leading, spaces);
        lines.push(indent < 0 || spaces <= indent ? '' : this.text.slice(this.line + indent, this.lineEnd));
        this.next();
        continue;
      }
      if (indent < 0) {
        if (spaces <= column) break;
        // A blank line before the first content line more indented than it: an error of the file.
        if (spaces < leading) throw UNREAD;
        indent = spaces;
      } else if (spaces < indent) break;
      lines.push(this.text.slice(this.line + indent, this.lineEnd));
      this.consumed();
    }
    // Trailing blank lines belong to the scalar only as its final line breaks (kept with `+`).
    let content = lines.length;
    while (content > 0 && lines[content - 1] === '') content--;
    if (indent < 0) {
      // No content line: only `+` keeps the breaks; the blank lines read are not this value's.
      if (chomp === '+' || lines.length > 0) throw UNREAD;
      return '';
    }
    const body = content === 1 ? ownCopy(lines[0]!) : lines.slice(0, content).join('\n');
    if (chomp === '-') return body;
    if (chomp === '') return `${body}\n`;
    // `|+` keeps every trailing break, and ends where the yaml package ends it: left to it.
    throw UNREAD;
  }

  private spacesOf(): number {
    let at = this.line;
    while (at < this.lineEnd && this.text[at] === ' ') at++;
    return at - this.line;
  }

  /** A one-line flow map or list of scalars at `at`; nothing but a comment may follow it. */
  private flow(at: number): unknown {
    const open = this.text[at]!;
    const close = open === '[' ? ']' : '}';
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    let i = at + 1;
    const skip = () => {
      while (i < this.lineEnd && this.text[i] === ' ') i++;
    };
    skip();
    if (this.text[i] === close) {
      i++;
    } else {
      for (;;) {
        if (open === '{') {
          const colon = this.text.indexOf(':', i);
          if (colon < 0 || colon >= this.lineEnd || this.text[colon + 1] !== ' ') throw UNREAD;
          const key = this.text.slice(i, colon);
          if (!isKey(key, this.resolve, map)) throw UNREAD;
          i = colon + 1;
          skip();
          const end = this.flowScalarEnd(i);
          map[key] = this.scalar(i, end, true);
          i = end;
        } else {
          const end = this.flowScalarEnd(i);
          list.push(this.scalar(i, end, true));
          i = end;
        }
        skip();
        if (this.text[i] === ',') {
          i++;
          skip();
          // A trailing comma before the bracket is allowed in flow collections, but rare: left to the full parser.
          if (this.text[i] === close) throw UNREAD;
          continue;
        }
        if (this.text[i] !== close) throw UNREAD;
        i++;
        break;
      }
    }
    this.rest(i);
    return open === '[' ? list : map;
  }

  /** Where a flow scalar starting at `at` ends: its closing quote, or the next `,` or bracket. */
  private flowScalarEnd(at: number): number {
    const quote = this.text[at];
    if (quote === '"' || quote === "'") return this.quotedEnd(at) + 1;
    let i = at;
    while (i < this.lineEnd && !',[]{}'.includes(this.text[i]!)) i++;
    return i;
  }

  /** Nothing but blanks and a comment after `at` on the current line. */
  private rest(at: number): void {
    let i = at;
    while (i < this.lineEnd && this.text[i] === ' ') i++;
    if (i < this.lineEnd && (this.text[i] !== '#' || i === at)) throw UNREAD;
  }

  /** The offset of the quote closing the quoted scalar at `at`, on the same line. */
  private quotedEnd(at: number): number {
    const quote = this.text[at]!;
    for (let i = at + 1; i < this.lineEnd; i++) {
      const ch = this.text[i];
      if (quote === '"' && ch === '\\') i++;
      else if (ch === quote) {
        if (quote === "'" && this.text[i + 1] === "'") i++;
        else return i;
      }
    }
    // Not closed on this line: a multi-line scalar.
    throw UNREAD;
  }

  /** A one-line scalar in [at, end): plain (resolved as the core schema does), single- or double-quoted. */
  private scalar(at: number, end: number, inFlow: boolean): unknown {
    const first = this.text[at];
    if (first === '"' || first === "'") {
      const close = this.quotedEnd(at);
      if (inFlow) {
        if (close + 1 !== end) throw UNREAD;
      } else this.rest(close + 1);
      const inner = this.text.slice(at + 1, close);
      return ownCopy(first === "'" ? inner.replaceAll("''", "'") : unescape(inner));
    }
    let stop = end;
    // In a block, ` #` ends a plain scalar and starts a comment.
    const comment = inFlow ? -1 : this.text.slice(at, end).indexOf(' #');
    if (comment >= 0) stop = at + comment;
    while (stop > at && this.text[stop - 1] === ' ') stop--;
    const value = this.text.slice(at, stop);
    // An indicator first, a comment, a `: ` inside, or a colon last: left to the full parser.
    const indicator = '-?:'.includes(value[0]!) ? value.length === 1 || value[1] === ' ' : ',[]{}#&*!|>\'"%@`'.includes(value[0]!);
    if (value === '' || indicator || value.includes(' #') || value.includes(': ') || value.endsWith(':')) {
      throw UNREAD;
    }
    const resolved = this.resolve(value);
    return resolved === value ? ownCopy(value) : resolved;
  }
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' };

/** The value of a double-quoted scalar's text; the escapes JSON has (and `\0`), others left to the full parser. */
function unescape(inner: string): string {
  if (!inner.includes('\\')) return inner;
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const code = inner[++i];
    if (code === 'u') {
      const hex = inner.slice(i + 1, i + 5);
      if (!/^[0-9a-fA-F]{4}$/u.test(hex)) throw UNREAD;
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 4;
    } else if (code !== undefined && Object.hasOwn(ESCAPES, code)) {
      out += ESCAPES[code];
    } else throw UNREAD;
  }
  return out;
}
