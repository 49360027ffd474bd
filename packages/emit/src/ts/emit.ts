import type { Registry } from '@policyc/model';
import { canonicalItem, canonicalShell } from '../canonical.js';
import { policyIds } from '../ids.js';
import { generatedBy, sourceRef } from '../source-ref.js';
import { REGISTRY_DECLARATIONS } from './declarations.generated.js';
import { jsDoc, literalPieces, quote, type ListItem, type LiteralOptions, type Path } from './literal.js';
import { withoutTrailingBlanks } from './text.js';

/**
 * `registry.ts`: literal unions of the policy's ids, the registry interfaces, and the data as
 * `export const registry = { … } as const satisfies Registry`. Each task's text is the JSDoc of
 * its `id`, so an editor shows the policy sentence on hover.
 */
export function emitTypeScript(registry: Registry): string {
  return [...typeScriptChunks(registry)].join('');
}

/**
 * `emitTypeScript`'s text in pieces. The interfaces are the same for every policy: ts-morph
 * prints them from the JSON Schema at build time (scripts/generate-declarations.ts). The id
 * unions and the data statement are printed here as text, the data an item of each list at a
 * time by `literalPieces`: ts-morph would parse whatever it is given into a syntax tree, a node
 * for every value of the data (for a 20 MB policy more than a gigabyte).
 */
export function* typeScriptChunks(registry: Registry): Generator<string> {
  for (const piece of typeScriptPieces(registry)) yield typeof piece === 'string' ? piece : piece.text;
}

/**
 * `typeScriptChunks` with each item of the data's lists given as a `ListItem`: `policyc check`
 * tells from it which items of a `registry.ts` are printed as policyc prints them (and so compile)
 * and type-checks only the others.
 */
export function* typeScriptPieces(registry: Registry): Generator<string | ListItem> {
  const data = canonicalShell(registry);
  yield `// ${generatedBy(data)} Regenerate it rather than edit it: \`policyc check\` compares it with registry.json and registry.yaml.\n\n`;
  yield* unionChunks(data);
  yield `\n${REGISTRY_DECLARATIONS}`;
  // The printer puts a blank line between statements, and ends the file with a line break.
  yield `\n${jsDoc(['The registry data; \`satisfies\` keeps every id within the unions above.']).join('\n')}\nexport const registry = `;
  yield* literalPieces(data, { docFor: docFor(data), itemOf: canonicalItem });
  yield ' as const satisfies Registry;\n';
}

/**
 * The literal unions of the policy's ids, one member per line (adding a unit is a one-line diff),
 * printed as the ts-morph printer prints a type alias: written as text, they are as long as the
 * policy's lists of ids, tens of thousands of members for a long one.
 */
function* unionChunks(data: Registry): Generator<string> {
  const ids = policyIds(data);
  const alias = (name: string, doc: string, values: string[]) =>
    `/** ${doc} */\nexport type ${name} =${values.length === 0 ? ' never' : values.map((value) => `\n  | ${quote(value)}`).join('')};\n`;
  yield alias('SectionId', 'Every section id of this policy.', ids.sectionIds);
  yield alias('SectionPath', 'Every section path of this policy ("3.1").', ids.sectionPaths);
  yield alias('TaskId', 'Every task id of this policy.', ids.taskIds);
  yield alias('UnitId', 'Every unit this policy names in a responsibility clause.', ids.unitIds);
  yield alias('TargetId', 'Every target id of this policy.', ids.targetIds);
}

/** Each task's text (and where it came from) as the JSDoc of its `id`, blanks at line ends dropped. */
function docFor(data: Registry): NonNullable<LiteralOptions['docFor']> {
  return (path: Path, key: string): string[] | undefined => {
    if (key !== 'id' || path.length !== 2 || path[0] !== 'tasks') return undefined;
    const task = data.tasks[path[1] as number];
    if (!task) return undefined;
    const ref = sourceRef(data, task.position);
    const text = task.text.split(/\r\n|\r|\n/u).map(withoutTrailingBlanks).join('\n');
    return ref ? [text, '', `From ${ref}.`] : [text];
  };
}
