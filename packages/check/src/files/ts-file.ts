import type { Point } from '@policyc/model';
import type { ts } from 'ts-morph';
import { tsMorph } from '../typecheck.js';
import { lineIndex, placeOf, FILE_START } from './lines.js';
import { parsePointer, toPointer } from './pointer.js';
import type { RegistryFile, SyntaxProblem } from './registry-file.js';
import { scanItemSpans, scanRegistryLiteral, type LiteralSpans, type ScannedLiteral } from './ts-literal.js';
import type { Place } from '../types.js';


/**
 * Reads the data of a generated `registry.ts`: the literal assigned to `export const registry`.
 * Only literals are read (no code runs); anything else is reported as a problem, and so is every
 * top-level statement policyc does not write: whoever imports the file would run it.
 */
export function readTsFile(path: string, text: string): RegistryFile {
  return readScanned(path, text) ?? readTree(path, text);
}

/** What `declarationsOf` gives: a syntax tree of the file without its data, and how its offsets map to the file's. */
export interface Declarations {
  source: ts.SourceFile;
  /** The file's offset of an offset in `source`. */
  offset(at: number): number;
}

const declarations = new WeakMap<RegistryFile, Declarations>();

/**
 * The syntax tree of a `registry.ts` as read, its data literal left out when it was read by the
 * scanner (`{}` in its place): the unions and interfaces, small whatever the size of the data.
 */
export function declarationsOf(file: RegistryFile): Declarations {
  const known = declarations.get(file);
  if (known) return known;
  const { ts } = tsMorph();
  return { source: ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS), offset: (at) => at };
}

/**
 * The file read with the scanner (`scanRegistryLiteral`) for its data, and a syntax tree of the
 * rest (the data replaced by `{}`) for its statements; undefined when the data is not plain
 * literals or a statement around it is not one policyc writes: `readTree` then says what is wrong.
 * Where each value is written is found again when first asked for.
 */
function readScanned(path: string, text: string): RegistryFile | undefined {
  const { ts } = tsMorph();
  const scanned = scanRegistryLiteral(text);
  if (!scanned) return undefined;
  const { start, end } = scanned;
  const source = ts.createSourceFile(path, `${text.slice(0, start)}{}${text.slice(end)}`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const offset = (at: number) => (at <= start ? at : at + (end - start) - 2);
  const initializer = findRegistry(source)?.initializer;
  const literal = initializer && unwrap(initializer);
  if (!literal || !ts.isObjectLiteralExpression(literal) || literal.getStart(source) !== start || literal.properties.length > 0) return undefined;
  let pointAt: ((offset: number) => Point) | undefined;
  const placeIn = (from: number, to: number) => placeOf((pointAt ??= lineIndex(text)), from, to);
  const problems: SyntaxProblem[] = [];
  for (const statement of source.statements) {
    const reason = foreignStatement(statement);
    if (reason === null) continue;
    // The statement that holds the data, described from its text with `{}` in it: read it whole.
    if (statement.getStart(source) <= start && statement.getEnd() > start) return undefined;
    problems.push({ reason, place: placeIn(offset(statement.getStart(source)), offset(statement.getEnd())) });
  }
  // Where the values outside the lists' items are written, and those of the item last asked about.
  let spans: Map<string, LiteralSpans> | undefined;
  let item: { pointer: string; spans: Map<string, LiteralSpans> } | undefined;
  const file: RegistryFile = {
    path, kind: 'ts', text, data: scanned.data, problems,
    locate(pointer, key = false): Place {
      const segments = parsePointer(pointer);
      const places = segments.length >= 2 ? scanned.items.get(segments[0]!) : undefined;
      const index = Number(segments[1]);
      if (places && Number.isInteger(index) && index >= 0 && index < places.length && String(index) === segments[1]) {
        const itemPointer = toPointer(segments.slice(0, 2));
        if (item?.pointer !== itemPointer) {
          item = { pointer: itemPointer, spans: new Map() };
          scanItemSpans(text, places[index]![0], [segments[0]!, index], item.spans);
        }
        if (item.spans.size > 0) return locateIn(item.spans, pointer, key, placeIn);
      }
      if (!spans) {
        spans = new Map();
        scanRegistryLiteral(text, spans);
      }
      return locateIn(spans, pointer, key, placeIn);
    },
  };
  declarations.set(file, { source, offset });
  literals.set(file, scanned);
  return file;
}

const literals = new WeakMap<RegistryFile, ScannedLiteral>();

/** Where the data literal of a `registry.ts` read by the scanner lies, and each item of its top-level lists. */
export function literalOf(file: RegistryFile): ScannedLiteral | undefined {
  return literals.get(file);
}

function locateIn(spans: Map<string, LiteralSpans>, pointer: string, key: boolean, placeIn: (from: number, to: number) => Place): Place {
  const segments = parsePointer(pointer);
  for (let n = segments.length; n >= 0; n -= 1) {
    const found = spans.get(toPointer(segments.slice(0, n)));
    if (!found) continue;
    const [from, to] = (key && n === segments.length && found.key) || found.value;
    return placeIn(from, to);
  }
  return FILE_START;
}

/** The file read through its syntax tree: every construct is judged, and reported where it is written (exported for tests, which compare the two readers). */
export function readTree(path: string, text: string): RegistryFile {
  // TypeScript, loaded only when a registry.ts is read: `import '@policyc/check'` must not pay for it.
  const { ts } = tsMorph();
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const pointAt = lineIndex(text);
  const spans = new Map<string, LiteralSpans>();
  const problems: SyntaxProblem[] = [];
  const place = (node: ts.Node) => placeOf(pointAt, node.getStart(source), node.getEnd());

  const read = (node: ts.Expression, segments: (string | number)[], key?: ts.Node): unknown => {
    const expression = unwrap(node);
    spans.set(toPointer(segments), {
      value: [expression.getStart(source), expression.getEnd()],
      ...(key ? { key: [key.getStart(source), key.getEnd()] as [number, number] } : {}),
    });
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
    if (ts.isNumericLiteral(expression)) return Number(expression.text);
    if (ts.isPrefixUnaryExpression(expression) && expression.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(expression.operand)) {
      return -Number(expression.operand.text);
    }
    if (expression.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (expression.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (expression.kind === ts.SyntaxKind.NullKeyword) return null;
    if (ts.isArrayLiteralExpression(expression)) {
      return expression.elements.map((element, index) => read(element, [...segments, index]));
    }
    if (ts.isObjectLiteralExpression(expression)) {
      const object: Record<string, unknown> = {};
      for (const property of expression.properties) {
        const name = property.name && propertyName(property.name);
        if (ts.isPropertyAssignment(property) && name !== undefined) {
          object[name] = read(property.initializer, [...segments, name], property.name);
        } else {
          problems.push({ reason: 'registry.ts data must be plain properties (no spreads, methods or computed names)', place: place(property) });
        }
      }
      return object;
    }
    problems.push({ reason: `registry.ts data must be a literal; found ${ts.SyntaxKind[expression.kind]}`, place: place(expression) });
    return undefined;
  };

  for (const statement of source.statements) {
    const reason = foreignStatement(statement);
    if (reason !== null) problems.push({ reason, place: place(statement) });
  }
  const declaration = findRegistry(source);
  let data: unknown;
  if (declaration?.initializer) data = read(declaration.initializer, []);
  else problems.push({ reason: 'registry.ts has no `export const registry = { … }`', place: FILE_START });

  const file: RegistryFile = {
    path, kind: 'ts', text, data, problems,
    locate: (pointer, key = false) => locateIn(spans, pointer, key, (from, to) => placeOf(pointAt, from, to)),
  };
  declarations.set(file, { source, offset: (at) => at });
  return file;
}

/**
 * Why a top-level statement is not one the TypeScript emitter writes (exported type aliases and
 * interfaces, which run nothing, and the one `export const registry`); null when it is. Types may
 * say anything: only the statements themselves are judged.
 */
function foreignStatement(statement: ts.Statement): string | null {
  const { ts } = tsMorph();
  const exported = ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  if ((ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) && exported) return null;
  if (ts.isVariableStatement(statement) && exported && isRegistryDeclaration(statement)) return null;
  return `registry.ts holds a statement policyc does not write (${describeStatement(statement)}): importing the file would run it; regenerate registry.ts`;
}

/** `export const registry = …`, one declaration, not `let`, `var` or `declare`. */
function isRegistryDeclaration(statement: ts.VariableStatement): boolean {
  const { ts } = tsMorph();
  const list = statement.declarationList;
  const modifiers = ts.getModifiers(statement) ?? [];
  return (list.flags & ts.NodeFlags.Const) !== 0
    && modifiers.every((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    && list.declarations.length === 1
    && ts.isIdentifier(list.declarations[0]!.name)
    && list.declarations[0]!.name.text === 'registry';
}

/** A short name for a statement: its kind and its first words ("ExpressionStatement `eval(…)`"). */
function describeStatement(statement: ts.Statement): string {
  const { ts } = tsMorph();
  const text = statement.getText().replace(/\s+/gu, ' ');
  const head = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  // SyntaxKind names some kinds twice (VariableStatement is also FirstStatement); the reverse map gives the alias.
  const kind = ts.isVariableStatement(statement) ? 'VariableStatement' : ts.isDebuggerStatement(statement) ? 'DebuggerStatement' : ts.SyntaxKind[statement.kind];
  return `${kind} \`${head}\``;
}

function findRegistry(source: ts.SourceFile): ts.VariableDeclaration | undefined {
  const { ts } = tsMorph();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const found = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === 'registry');
    if (found) return found;
  }
  return undefined;
}

/** `x as const`, `x satisfies T`, `(x)`: the literal inside. */
function unwrap(node: ts.Expression): ts.Expression {
  const { ts } = tsMorph();
  let current = node;
  while (ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isParenthesizedExpression(current) || ts.isTypeAssertionExpression(current)) {
    current = current.expression;
  }
  return current;
}

function propertyName(name: ts.PropertyName): string | undefined {
  const { ts } = tsMorph();
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}
