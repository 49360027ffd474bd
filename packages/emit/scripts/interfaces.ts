/**
 * The interfaces of `registry.ts`, derived from the published JSON Schema so the generated
 * types cannot drift from the model. Id fields are narrowed to the policy's literal unions.
 * Build time only (scripts/generate-declarations.ts): they are the same for every policy.
 */
import { registrySchema } from '@policyc/model';
import { StructureKind, type InterfaceDeclarationStructure, type PropertySignatureStructure } from 'ts-morph';

type Schema = { [key: string]: unknown };

/** Properties whose type names the policy's own ids instead of `string`. */
const NARROWED: Record<string, Record<string, string>> = {
  Section: { id: 'SectionId', path: 'SectionPath', parent: 'SectionPath | null' },
  Task: {
    id: 'TaskId',
    // A duty in running text before the first heading is a task at path "".
    path: "SectionPath | ''",
    lead: 'readonly UnitId[]',
    assist: 'readonly UnitId[]',
    responsible: 'readonly UnitId[]',
  },
  Unit: { id: 'UnitId', leads: 'readonly TaskId[]', assists: 'readonly TaskId[]', shares: 'readonly TaskId[]' },
  Target: { id: 'TargetId', path: "SectionPath | ''", partOf: 'TargetId | null' },
};

/** The order the interfaces are printed in: leaves first, the registry last. */
const DEFS = ['Point', 'Span', 'SourceFile', 'DocumentMeta', 'Section', 'Evidence', 'TaskDeadline', 'Task', 'Unit', 'Target'] as const;

export function interfaceStructures(): InterfaceDeclarationStructure[] {
  const defs = registrySchema.$defs as unknown as Record<string, Schema>;
  const structures = DEFS.map((name) => toInterface(name, defs[name]!, NARROWED[name] ?? {}));
  structures.push(toInterface('Registry', registrySchema as unknown as Schema, {}));
  return structures;
}

function toInterface(name: string, schema: Schema, narrowed: Record<string, string>): InterfaceDeclarationStructure {
  const properties = schema['properties'] as Record<string, Schema>;
  const required = new Set(schema['required'] as string[]);
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    docs: typeof schema['description'] === 'string' ? [schema['description']] : [],
    properties: Object.entries(properties).map(([key, property]): PropertySignatureStructure => ({
      kind: StructureKind.PropertySignature,
      name: key,
      isReadonly: true,
      hasQuestionToken: !required.has(key),
      type: narrowed[key] ?? typeText(property),
      docs: typeof property['description'] === 'string' ? [property['description']] : [],
    })),
  };
}

/** The TypeScript type a (registry-shaped) schema describes. */
export function typeText(schema: Schema): string {
  const ref = schema['$ref'];
  if (typeof ref === 'string') return ref.replace('#/$defs/', '');
  if (Array.isArray(schema['anyOf'])) return (schema['anyOf'] as Schema[]).map(typeText).join(' | ');
  if (Array.isArray(schema['enum'])) return (schema['enum'] as unknown[]).map((v) => JSON.stringify(v).replaceAll('"', "'")).join(' | ');
  // A list of types (`['string', 'number']`), as a task's extra fields allow.
  if (Array.isArray(schema['type'])) return (schema['type'] as string[]).map((type) => typeText({ type })).join(' | ');
  switch (schema['type']) {
    case 'object': {
      // A map of names the policy's team chooses (a task's `extra`): an index signature.
      const values = schema['additionalProperties'];
      return values && typeof values === 'object' ? `{ readonly [name: string]: ${typeText(values as Schema)} }` : 'unknown';
    }
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array': {
      const item = typeText(schema['items'] as Schema);
      return `readonly ${item.includes(' ') ? `(${item})` : item}[]`;
    }
    default:
      return 'unknown';
  }
}
