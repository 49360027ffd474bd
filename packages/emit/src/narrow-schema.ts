import { registrySchema, type Registry } from '@policyc/model';
import { canonicalShell } from './canonical.js';
import { policyIds } from './ids.js';

type Schema = { [key: string]: unknown };

/**
 * The published schema narrowed to one policy: its ids, paths and units become enums, so an
 * app that validates against it rejects a task naming a unit this policy does not have.
 */
export function narrowSchema(registry: Registry): Record<string, unknown> {
  const ids = policyIds(registry);
  const schema = structuredClone(registrySchema) as unknown as Schema;
  // The narrowed schema is not the published one: it has no `$id` of its own.
  delete schema['$id'];
  const title = registry.document?.title ?? registry.document?.source?.path;
  schema['title'] = title ? `policyc registry: ${title}` : 'policyc registry';
  const defs = schema['$defs'] as Record<string, { properties: Record<string, Schema> }>;
  const paths = oneOf(ids.sectionPaths);
  const units = oneOf(ids.unitIds);
  const tasks = oneOf(ids.taskIds);
  narrow(defs['Section']!, { id: oneOf(ids.sectionIds), path: paths, parent: nullable(paths) });
  narrow(defs['Task']!, {
    id: tasks,
    // A duty in running text before the first heading is a task at path "".
    path: oneOf(['', ...ids.sectionPaths]),
    lead: list(units),
    assist: list(units),
    responsible: list(units),
  });
  narrow(defs['Unit']!, { id: units, leads: list(tasks), assists: list(tasks), shares: list(tasks) });
  narrow(defs['Target']!, {
    id: oneOf(ids.targetIds),
    path: oneOf(['', ...ids.sectionPaths]),
    partOf: nullable(oneOf(ids.targetIds)),
  });
  return schema;
}

/** `registry.schema.json`. */
export function emitSchema(registry: Registry): string {
  return `${JSON.stringify(narrowSchema(canonicalShell(registry)), null, 2)}\n`;
}

/** `enum` must not be empty (ajv refuses it); an empty set is "nothing matches". */
function oneOf(values: string[]): Schema {
  const distinct = [...new Set(values)];
  return distinct.length > 0 ? { enum: distinct } : { not: {} };
}

function nullable(schema: Schema): Schema {
  return { anyOf: [schema, { type: 'null' }] };
}

function list(items: Schema): Schema {
  return { type: 'array', items };
}

/** Replaces properties' schemas, keeping each one's published description (editors show it). */
function narrow(definition: { properties: Record<string, Schema> }, replacements: Record<string, Schema>): void {
  for (const [key, schema] of Object.entries(replacements)) {
    const description = definition.properties[key]?.['description'];
    definition.properties[key] = description === undefined ? schema : { ...schema, description };
  }
}
