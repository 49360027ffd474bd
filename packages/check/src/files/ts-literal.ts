/**
 * The data literal of a `registry.ts` (`export const registry = { … }`) read token by token with
 * TypeScript's scanner, without a syntax tree. A syntax tree holds a node (and its positions) for
 * every value: for the registry of a 20 MB policy, gigabytes. Only plain literals are read here
 * (strings, numbers, `-` numbers, true, false, null, lists, objects with plain keys); anything else
 * gives up, and the reader falls back to the syntax tree, which says what is wrong and where.
 */
import type { ts } from 'ts-morph';
import { tsMorph } from '../typecheck.js';
import { toPointer } from './pointer.js';

export interface LiteralSpans {
  value: [number, number];
  key?: [number, number];
}

export interface ScannedLiteral {
  data: unknown;
  /** Offsets of the literal's opening and just past its closing brace. */
  start: number;
  end: number;
  /** Offsets of each item of each top-level list (`tasks` …): where an item starts and ends. */
  items: Map<string, Array<[number, number]>>;
}

/** Deeper than any registry (5 or 6 levels): past it the syntax tree's reader takes over. */
const MAX_DEPTH = 64;

class GiveUp extends Error {}

/**
 * Finds `const registry = {` at the top level and reads the object literal after it; undefined
 * when the text holds something this reader does not take (the caller then reads the syntax tree).
 * With `spans`, records where each value (and property name) is written, by JSON pointer, but for
 * the values inside the items of the top-level lists: those are millions for a long policy
 * (gigabytes of pointers), and `scanItemSpans` finds them an item at a time.
 */
export function scanRegistryLiteral(text: string, spans?: Map<string, LiteralSpans>): ScannedLiteral | undefined {
  const { ts } = tsMorph();
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const start = findLiteralStart(ts, scanner);
  if (start === undefined) return undefined;
  const items = new Map<string, Array<[number, number]>>();
  const read = literalReader(ts, scanner, spans, items);
  try {
    const data = read([]);
    return { data, start, end: scanner.getTokenEnd(), items };
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

/**
 * Records where each value inside the item of a top-level list that starts at `at` is written
 * (the item's own pointer is `segments`); false when it cannot be read as a plain literal.
 */
export function scanItemSpans(text: string, at: number, segments: ReadonlyArray<string | number>, spans: Map<string, LiteralSpans>): boolean {
  const { ts } = tsMorph();
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  scanner.resetTokenState(at);
  scanner.scan();
  try {
    literalReader(ts, scanner, spans, undefined)([...segments]);
    return true;
  } catch (error) {
    if (error instanceof GiveUp) return false;
    throw error;
  }
}

/**
 * A reader of the literal value at the scanner's current token, recording spans (with `items`,
 * the items of the top-level lists in it, and no spans inside them).
 */
function literalReader(
  ts: typeof import('ts-morph').ts, scanner: ts.Scanner, spans: Map<string, LiteralSpans> | undefined, items: Map<string, Array<[number, number]>> | undefined,
): (segments: (string | number)[]) => unknown {
  let token = scanner.getToken();
  const next = () => (token = scanner.scan());
  // A function, so the compiler does not narrow `token` inside a `case`.
  const is = (kind: ts.SyntaxKind) => token === kind;
  const skipItems = items !== undefined;
  // Inside an item of a top-level list (while `items` are recorded).
  let inItem = false;

  const value = (segments: (string | number)[], depth: number, key?: [number, number]): unknown => {
    if (depth > MAX_DEPTH) throw new GiveUp();
    const from = scanner.getTokenStart();
    const record = () => {
      if (spans && !(inItem && skipItems)) spans.set(toPointer(segments), { value: [from, scanner.getTokenEnd()], ...(key ? { key } : {}) });
    };
    let result: unknown;
    switch (token) {
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        result = scanner.getTokenValue();
        break;
      case ts.SyntaxKind.NumericLiteral:
        result = Number(scanner.getTokenValue());
        break;
      case ts.SyntaxKind.MinusToken:
        if (next() !== ts.SyntaxKind.NumericLiteral) throw new GiveUp();
        result = -Number(scanner.getTokenValue());
        break;
      case ts.SyntaxKind.TrueKeyword:
        result = true;
        break;
      case ts.SyntaxKind.FalseKeyword:
        result = false;
        break;
      case ts.SyntaxKind.NullKeyword:
        result = null;
        break;
      case ts.SyntaxKind.OpenBracketToken: {
        const list: unknown[] = [];
        const places = items && segments.length === 1 ? [] as Array<[number, number]> : undefined;
        const outer = inItem;
        inItem ||= places !== undefined;
        for (next(); !is(ts.SyntaxKind.CloseBracketToken); next()) {
          const itemStart = scanner.getTokenStart();
          list.push(value([...segments, list.length], depth + 1));
          places?.push([itemStart, scanner.getTokenEnd()]);
          if (next() === ts.SyntaxKind.CloseBracketToken) break;
          if (!is(ts.SyntaxKind.CommaToken)) throw new GiveUp();
        }
        inItem = outer;
        if (places) items!.set(String(segments[0]), places);
        result = list;
        break;
      }
      case ts.SyntaxKind.OpenBraceToken: {
        const object: Record<string, unknown> = {};
        for (next(); !is(ts.SyntaxKind.CloseBraceToken); next()) {
          const name = propertyName(ts, scanner, token);
          if (name === undefined) throw new GiveUp();
          const keySpan: [number, number] = [scanner.getTokenStart(), scanner.getTokenEnd()];
          if (next() !== ts.SyntaxKind.ColonToken) throw new GiveUp();
          next();
          // An assignment, as the syntax tree's reader makes it (`__proto__` included).
          object[name] = value([...segments, name], depth + 1, keySpan);
          if (next() === ts.SyntaxKind.CloseBraceToken) break;
          if (!is(ts.SyntaxKind.CommaToken)) throw new GiveUp();
        }
        result = object;
        break;
      }
      default:
        throw new GiveUp();
    }
    record();
    return result;
  };

  return (segments) => value(segments, segments.length);
}

/** Scans to the `{` of `const registry = {` at the top level; undefined when it is not there as such. */
function findLiteralStart(ts: typeof import('ts-morph').ts, scanner: ts.Scanner): number | undefined {
  let depth = 0;
  const recent: ts.SyntaxKind[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    // Regexes and template literals need the parser's context to be scanned right.
    if (token === ts.SyntaxKind.SlashToken || token === ts.SyntaxKind.SlashEqualsToken || token === ts.SyntaxKind.TemplateHead) return undefined;
    if (token === ts.SyntaxKind.OpenBraceToken && depth === 0 && recent.length === 3
      && recent[0] === ts.SyntaxKind.ConstKeyword && recent[1] === ts.SyntaxKind.Identifier && recent[2] === ts.SyntaxKind.EqualsToken) {
      return scanner.getTokenStart();
    }
    if (token === ts.SyntaxKind.OpenBraceToken || token === ts.SyntaxKind.OpenBracketToken || token === ts.SyntaxKind.OpenParenToken) depth++;
    else if (token === ts.SyntaxKind.CloseBraceToken || token === ts.SyntaxKind.CloseBracketToken || token === ts.SyntaxKind.CloseParenToken) depth--;
    if (depth < 0) return undefined;
    // The name `registry` is kept as Identifier, any other name as Unknown.
    const isRegistry = token === ts.SyntaxKind.Identifier && scanner.getTokenValue() === 'registry';
    recent.push(isRegistry ? ts.SyntaxKind.Identifier : token === ts.SyntaxKind.Identifier ? ts.SyntaxKind.Unknown : token);
    if (recent.length > 3) recent.shift();
  }
  return undefined;
}

/** A property name the syntax tree's reader takes: an identifier (a keyword too), a string or a number. */
function propertyName(ts: typeof import('ts-morph').ts, scanner: ts.Scanner, token: ts.SyntaxKind): string | undefined {
  if (token === ts.SyntaxKind.Identifier || token === ts.SyntaxKind.StringLiteral || token === ts.SyntaxKind.NumericLiteral) return scanner.getTokenValue();
  if (token >= ts.SyntaxKind.FirstKeyword && token <= ts.SyntaxKind.LastKeyword) return scanner.getTokenText();
  return undefined;
}
