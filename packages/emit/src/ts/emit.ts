import type { Registry } from '@policyc/model';
import {
  IndentationText, NewLineKind, Project, QuoteKind, StructureKind,
  type StatementStructures, type TypeAliasDeclarationStructure, type WriterFunction,
} from 'ts-morph';
import { canonicalRegistry } from '../canonical.js';
import { policyIds } from '../ids.js';
import { generatedBy, sourceRef } from '../source-ref.js';
import { interfaceStructures } from './interfaces.js';
import { jsDoc, printLiteral, quote, type Path } from './literal.js';

/** Fixed print settings, so the output does not depend on the machine or a user's config. */
const MANIPULATION = {
  indentationText: IndentationText.TwoSpaces,
  newLineKind: NewLineKind.LineFeed,
  quoteKind: QuoteKind.Single,
  useTrailingCommas: true,
  insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true,
} as const;

/**
 * `registry.ts`: literal unions of the policy's ids, the registry interfaces, and the data as
 * `export const registry = { … } as const satisfies Registry`. Each task's text is the JSDoc of
 * its `id`, so an editor shows the policy sentence on hover. Built from ts-morph structures in
 * one batch; the data literal is printed by `printLiteral`.
 */
export function emitTypeScript(registry: Registry): string {
  const data = canonicalRegistry(registry);
  const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: MANIPULATION });
  const statements: (StatementStructures | WriterFunction)[] = [
    ...unionStructures(data),
    ...interfaceStructures(),
    dataStatement(data),
  ];
  const file = project.createSourceFile('registry.ts', {
    leadingTrivia: `// ${generatedBy(data)} Regenerate it rather than edit it: \`policyc check\` compares it with registry.json and registry.yaml.\n\n`,
    statements,
  });
  // The printer leaves a space after `=` before a union that starts on the next line.
  return withoutTrailingBlanks(file.getFullText());
}

/**
 * Each line without the blanks at its end, in one pass: a regex anchored at line ends
 * (`/[ \t]+$/gm`) retries every blank of a long run and goes quadratic on it.
 */
function withoutTrailingBlanks(text: string): string {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    let end = i;
    while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    out.push(text.slice(from, end));
    from = i + 1;
  }
  return out.join('\n');
}

function unionStructures(data: Registry): TypeAliasDeclarationStructure[] {
  const ids = policyIds(data);
  const alias = (name: string, doc: string, values: string[]): TypeAliasDeclarationStructure => ({
    kind: StructureKind.TypeAlias,
    name,
    isExported: true,
    docs: [doc],
    type: union(values),
  });
  return [
    alias('SectionId', 'Every section id of this policy.', ids.sectionIds),
    alias('SectionPath', 'Every section path of this policy ("3.1").', ids.sectionPaths),
    alias('TaskId', 'Every task id of this policy.', ids.taskIds),
    alias('UnitId', 'Every unit this policy names in a responsibility clause.', ids.unitIds),
    alias('TargetId', 'Every target id of this policy.', ids.targetIds),
  ];
}

/** One member per line, so adding a unit is a one-line diff. */
function union(values: string[]): WriterFunction | string {
  if (values.length === 0) return 'never';
  // The printer hangs continuation lines one level in, which is the indentation wanted here.
  return (writer) => {
    for (const value of values) writer.newLine().write(`| ${quote(value)}`);
  };
}

/**
 * `export const registry = … as const satisfies Registry`, written as one statement: a variable
 * structure would hang every line of the literal one level in, closing brace included.
 */
function dataStatement(data: Registry): WriterFunction {
  const docFor = (path: Path, key: string): string[] | undefined => {
    if (key !== 'id' || path.length !== 2 || path[0] !== 'tasks') return undefined;
    const task = data.tasks[path[1] as number];
    if (!task) return undefined;
    const ref = sourceRef(data, task.position);
    return ref ? [task.text, '', `From ${ref}.`] : [task.text];
  };
  const doc = jsDoc(['The registry data; `satisfies` keeps every id within the unions above.']).join('\n');
  const literal = printLiteral(data, { docFor });
  return (writer) => writer.write(`${doc}\nexport const registry = ${literal} as const satisfies Registry;`);
}
