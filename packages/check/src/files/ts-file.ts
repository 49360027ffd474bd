import { ts } from 'ts-morph';
import { lineIndex, placeOf, FILE_START } from './lines.js';
import { parsePointer, toPointer } from './pointer.js';
import type { RegistryFile, SyntaxProblem } from './registry-file.js';
import type { Place } from '../types.js';

interface Spans {
  value: [number, number];
  key?: [number, number];
}

/**
 * Reads the data of a generated `registry.ts`: the literal assigned to `export const registry`.
 * Only literals are read (no code runs); anything else is reported as a problem.
 */
export function readTsFile(path: string, text: string): RegistryFile {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const pointAt = lineIndex(text);
  const spans = new Map<string, Spans>();
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

  const declaration = findRegistry(source);
  let data: unknown;
  if (declaration?.initializer) data = read(declaration.initializer, []);
  else problems.push({ reason: 'registry.ts has no `export const registry = { … }`', place: FILE_START });

  return {
    path, kind: 'ts', text, data, problems,
    locate(pointer, key = false): Place {
      const segments = parsePointer(pointer);
      for (let n = segments.length; n >= 0; n -= 1) {
        const found = spans.get(toPointer(segments.slice(0, n)));
        if (!found) continue;
        const [start, end] = (key && n === segments.length && found.key) || found.value;
        return placeOf(pointAt, start, end);
      }
      return FILE_START;
    },
  };
}

function findRegistry(source: ts.SourceFile): ts.VariableDeclaration | undefined {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const found = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === 'registry');
    if (found) return found;
  }
  return undefined;
}

/** `x as const`, `x satisfies T`, `(x)`: the literal inside. */
function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isParenthesizedExpression(current) || ts.isTypeAssertionExpression(current)) {
    current = current.expression;
  }
  return current;
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}
