import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';
import type { Diagnostic, Project, ts } from 'ts-morph';
import { collectGarbage } from './collect.js';
import type { Place } from './types.js';
import { lastAtOrBefore, lineIndex, placeOf, FILE_START } from './files/lines.js';
import { filePoints, type RegistryFile } from './files/registry-file.js';
import { declarationsOf, literalOf } from './files/ts-file.js';
import { printedItems, type PrintedTypeScript } from './files/ts-printed.js';

const require = createRequire(import.meta.url);
let tsMorphModule: typeof TsMorph | undefined;

/**
 * ts-morph, loaded on first use: loading it (TypeScript with it) costs more than a check of the
 * JSON and YAML outputs, so only the rules that read `registry.ts` pay for it. `require` rather
 * than `import()` keeps the rules synchronous; ts-morph is CommonJS.
 */
export function tsMorph(): typeof TsMorph {
  tsMorphModule ??= require('ts-morph') as typeof TsMorph;
  return tsMorphModule;
}

export interface TypeDiagnostic {
  reason: string;
  place: Place;
}

const PATH = '/registry.ts';
let project: Project | undefined;

/**
 * Type-checks a generated `registry.ts` on its own under `strict`, in memory. One project is kept
 * for the process: the standard library's declarations are parsed once, not per check.
 */
export function typeCheck(text: string, pointAt = lineIndex(text)): TypeDiagnostic[] {
  return diagnosticsOf(text).map(({ reason, start, end }) => ({ reason, place: start === undefined ? FILE_START : placeOf(pointAt, start, end!) }));
}

/** Lists of the data are type-checked this many characters of items at a time. */
const SLICE_CHARS = 500_000;

export interface TypeCheckOptions {
  /**
   * What policyc prints for the primary's data, given when that data is valid and its rules found
   * no error: an item of the file printed exactly so compiles (the emitter's tests compile such
   * output), so only the other items are type-checked, with everything around the lists.
   */
  printed?: PrintedTypeScript | undefined;
  /** At most this many characters of items are type-checked at a time. */
  sliceChars?: number;
}

/**
 * `typeCheck` of a `registry.ts`, a slice of its data at a time when the data is large: the
 * checker holds types for every value it checks, several gigabytes for the data of a 20 MB
 * policy. Each slice is the file with the items of its lists outside the slice left out (each
 * item is checked against its interface on its own, so nothing is lost); the diagnostics are
 * mapped back to the file's own offsets, and those outside the lists (in the declarations, say)
 * are reported once. Items printed as `printed` says policyc prints them are left out of every
 * slice: a hand edit to one task of a long policy type-checks that task, not the policy.
 *
 * Each slice also leaves out the members of the id unions (`UnitId` …) that no string of its data
 * names: a union of tens of thousands of literals costs the checker more than the slice's data,
 * and a value checked against part of a union that holds it passes against the whole. A slice
 * with any diagnostic is checked again with the unions whole, so that every message (which may
 * print a union) reads as it would for the file whole.
 */
export function typeCheckFile(file: RegistryFile, options: TypeCheckOptions = {}): TypeDiagnostic[] {
  const sliceChars = options.sliceChars ?? SLICE_CHARS;
  const literal = literalOf(file);
  const named = literal ? [...literal.items].filter(([, items]) => items.length > 0) : [];
  const lists = named.map(([, items]) => items);
  const printed = literal && options.printed ? printedItems(file.text, literal, options.printed) : undefined;
  // The items to type-check, by index, of each list.
  const checked = named.map(([name, items]) => {
    const same = printed?.get(name);
    return items.flatMap((_, i) => (same?.[i] ? [] : [i]));
  });
  const total = lists.reduce((sum, items) => sum + items.at(-1)![1] - items[0]![0], 0);
  // A file read by its differing items is placed in the whole file; its declarations are the whole
  // file's, id unions of tens of thousands of members, narrowed to what its items name as a slice's are.
  const pointAt = filePoints(file);
  if (!literal || (!printed && !file.view && total <= sliceChars)) return typeCheck(file.text, pointAt);
  const { text } = file;
  const unions = stringUnions(file);
  const seen = new Set<string>();
  const found: Array<{ reason: string; start: number | undefined; end: number | undefined }> = [];
  for (const kept of slices(lists, checked, sliceChars)) {
    const cuts = listCuts(text, lists, kept);
    const narrowing = unions.length > 0 ? unionCuts(unions, stringsOf(literal.data, named, kept)) : [];
    let slice = sliceText(text, [...cuts, ...narrowing].sort((a, b) => a[0] - b[0]));
    let diagnostics = diagnosticsOf(slice.text);
    if (diagnostics.length > 0 && narrowing.length > 0) {
      slice = sliceText(text, cuts);
      diagnostics = diagnosticsOf(slice.text);
    }
    for (const diagnostic of diagnostics) {
      const start = diagnostic.start === undefined ? undefined : slice.offset(diagnostic.start);
      const end = diagnostic.end === undefined ? undefined : slice.offset(diagnostic.end);
      const key = `${start}:${end}:${diagnostic.reason}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ reason: diagnostic.reason, start, end });
    }
    // Each slice leaves TypeScript's syntax tree and types of it as garbage (60–100 MB for a
    // 500 K-character slice), which V8 let pile up to gigabytes before collecting it.
    collectGarbage();
  }
  found.sort((a, b) => (a.start ?? -1) - (b.start ?? -1));
  return found.map(({ reason, start, end }) => ({ reason, place: start === undefined ? FILE_START : placeOf(pointAt, start, end!) }));
}

/**
 * The slices: for each, the indexes of the items it keeps of each list (of those `checked`), about
 * `sliceChars` of items a slice, and at least one slice (the text around the lists is checked once
 * even when no item is).
 */
function slices(lists: ReadonlyArray<ReadonlyArray<[number, number]>>, checked: ReadonlyArray<readonly number[]>, sliceChars: number): number[][][] {
  const found: number[][][] = [];
  let current: number[][] = lists.map(() => []);
  let size = 0;
  checked.forEach((indexes, list) => {
    for (const i of indexes) {
      const [from, to] = lists[list]![i]!;
      if (size > 0 && size + to - from > sliceChars) {
        found.push(current);
        current = lists.map(() => []);
        size = 0;
      }
      current[list]!.push(i);
      size += to - from;
    }
  });
  if (size > 0 || found.length === 0) found.push(current);
  return found;
}

/**
 * The ranges of the file to drop so that only the items `kept` (ascending indexes) are left of
 * each list, in order. Items are cut with the separators after them (from an item's start to the
 * next kept one's), so what is left is still a list, trailing comma and all.
 */
function listCuts(text: string, lists: ReadonlyArray<ReadonlyArray<[number, number]>>, kept: ReadonlyArray<readonly number[]>): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  lists.forEach((items, list) => {
    const indexes = kept[list]!;
    const first = items[0]![0];
    const last = items.at(-1)![1];
    if (indexes.length === 0) {
      // No item kept: drop them all, and the comma after the last, or `[ , ]` would hold a hole.
      const comma = /\s*,/uy;
      comma.lastIndex = last;
      cuts.push([first, comma.test(text) ? comma.lastIndex : last]);
      return;
    }
    // The items before each kept one, back to the previous kept one, and those after the last.
    let next = 0;
    for (const i of indexes) {
      if (i > next) cuts.push([items[next]![0], items[i]![0]]);
      next = i + 1;
    }
    if (next < items.length) cuts.push([items[next - 1]![1], last]);
  });
  return cuts;
}

/** A type alias that is a union of string literals: each member's value and where it is written. */
interface StringUnion {
  members: Array<{ value: string; start: number; end: number }>;
}

/**
 * The unions of string literals `registry.ts` declares (its id unions), in file offsets; none when
 * a type is written in a way where fewer members could let through what the whole union does not
 * (a mapped type over a union needs a key for each member, a function's parameter reads it the
 * other way round): the declarations policyc writes use the unions only as the types of values.
 */
function stringUnions(file: RegistryFile): StringUnion[] {
  const { ts } = tsMorph();
  const { source, offset } = declarationsOf(file);
  const { SyntaxKind } = ts;
  const unsafe = new Set([
    SyntaxKind.MappedType, SyntaxKind.ConditionalType, SyntaxKind.IndexedAccessType, SyntaxKind.TypeQuery, SyntaxKind.FunctionType,
    SyntaxKind.ConstructorType, SyntaxKind.MethodSignature, SyntaxKind.CallSignature, SyntaxKind.ConstructSignature, SyntaxKind.IndexSignature,
    SyntaxKind.TemplateLiteralType, SyntaxKind.InferType, SyntaxKind.TypePredicate,
  ]);
  let narrowable = true;
  const visit = (node: ts.Node): void => {
    if (!narrowable) return;
    if (unsafe.has(node.kind)
      || (ts.isTypeOperatorNode(node) && node.operator !== SyntaxKind.ReadonlyKeyword)
      || (ts.isTypeReferenceNode(node) && node.typeArguments !== undefined)) {
      narrowable = false;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!narrowable) return [];
  const unions: StringUnion[] = [];
  for (const statement of source.statements) {
    if (!ts.isTypeAliasDeclaration(statement) || !ts.isUnionTypeNode(statement.type)) continue;
    const members = statement.type.types.map((type) => (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)
      ? { value: type.literal.text, start: offset(type.getStart(source)), end: offset(type.getEnd()) }
      : undefined));
    if (members.every((member) => member !== undefined)) unions.push({ members });
  }
  return unions;
}

/** The strings a slice's data holds: everything outside the lists, and the items `kept` of each list. */
function stringsOf(data: unknown, lists: ReadonlyArray<readonly [string, unknown]>, kept: ReadonlyArray<readonly number[]>): Set<string> {
  const strings = new Set<string>();
  const stack: unknown[] = [];
  // One value at a time: spreading a list of a hundred thousand items into `push` overflows the stack.
  const pushAll = (values: readonly unknown[]) => {
    for (const value of values) stack.push(value);
  };
  const keptOf = new Map(lists.map(([name], list) => [name, kept[list]!]));
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) {
      const indexes = keptOf.get(key);
      if (indexes && Array.isArray(value)) for (const i of indexes) stack.push(value[i]);
      else stack.push(value);
    }
  } else stack.push(data);
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') strings.add(value);
    else if (Array.isArray(value)) pushAll(value);
    else if (value !== null && typeof value === 'object') pushAll(Object.values(value));
  }
  return strings;
}

/**
 * The ranges to drop from each union to leave the members `used` names: each member with the `|`
 * before it. The first member stays whatever it is, so that no union is left empty.
 */
function unionCuts(unions: readonly StringUnion[], used: ReadonlySet<string>): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  for (const { members } of unions) {
    for (let i = 1; i < members.length; i++) {
      if (!used.has(members[i]!.value)) cuts.push([members[i - 1]!.end, members[i]!.end]);
    }
  }
  return cuts;
}

/** The file less the ranges `cuts` (in order, not overlapping), and the file's offset of each of its offsets. */
function sliceText(text: string, cuts: ReadonlyArray<[number, number]>): { text: string; offset(at: number): number } {
  const kept: Array<[number, number]> = [];
  let at = 0;
  for (const [from, to] of cuts) {
    kept.push([at, from]);
    at = to;
  }
  kept.push([at, text.length]);
  // Where each kept range starts in the slice, to map offsets back.
  const starts: number[] = [];
  let length = 0;
  for (const [from, to] of kept) {
    starts.push(length);
    length += to - from;
  }
  return {
    text: kept.map(([from, to]) => text.slice(from, to)).join(''),
    offset(position) {
      const range = lastAtOrBefore(starts, position);
      return kept[range]![0] + position - starts[range]!;
    },
  };
}

/** The diagnostics of `text` as a module of its own under `strict`: reason and offsets (none for a global one). */
/**
 * Lets go of the project kept between type-checks (TypeScript's library declarations, parsed, and
 * the checker's last program): tens of megabytes, worth keeping while a check type-checks slice
 * after slice, not past a large check's last file. The next type-check makes a new one.
 */
export function releaseTypeChecker(): void {
  project = undefined;
}

function diagnosticsOf(text: string): Array<{ reason: string; start: number | undefined; end: number | undefined }> {
  const { Project, ts } = tsMorph();
  project ??= new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], noEmit: true, skipLibCheck: true },
  });
  const file = project.createSourceFile(PATH, text, { overwrite: true });
  const diagnostics = project.getPreEmitDiagnostics().map((diagnostic) => {
    const start = diagnostic.getSourceFile() === file ? diagnostic.getStart() : undefined;
    return { reason: messageText(diagnostic), start, end: start === undefined ? undefined : start + (diagnostic.getLength() ?? 0) };
  });
  // The file's syntax tree and types go with it: the project is kept, its data is not.
  project.removeSourceFile(file);
  return diagnostics;
}

/** The diagnostic's message; of a chain, the first and last link (the cause and the detail). */
function messageText(diagnostic: Diagnostic): string {
  const message = diagnostic.getMessageText();
  if (typeof message === 'string') return message;
  const texts: string[] = [];
  let link: typeof message | undefined = message;
  while (link) {
    texts.push(link.getMessageText());
    link = link.getNext()?.[0];
  }
  return texts.length > 1 ? `${texts[texts.length - 1]} (${texts[0]})` : texts[0] ?? '';
}
