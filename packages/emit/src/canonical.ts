/**
 * The registry in canonical form: every object's keys in the order the published schema lists
 * them, `$schema` and `schemaVersion` filled in. Every emitter starts from this, so a registry
 * assembled in any key order prints byte-identical files.
 */
import { SCHEMA_ID, SCHEMA_VERSION, registrySchema, type Registry } from '@policyc/model';

type Schema = { [key: string]: unknown };

const defs = registrySchema.$defs as unknown as Record<string, Schema>;

/** Returns a copy of `registry` with keys in schema order; array order is kept as is. */
export function canonicalRegistry(registry: Registry): Registry {
  const withHeader = {
    ...registry,
    $schema: registry.$schema ?? SCHEMA_ID,
    schemaVersion: registry.schemaVersion ?? SCHEMA_VERSION,
  };
  return order(withHeader, registrySchema as unknown as Schema) as Registry;
}

function order(value: unknown, schema: Schema | undefined): unknown {
  const resolved = resolve(schema, value);
  if (Array.isArray(value)) {
    const items = resolved?.['items'] as Schema | undefined;
    return value.map((item) => order(item, items));
  }
  if (value === null || typeof value !== 'object') return value;
  const properties = (resolved?.['properties'] ?? {}) as Record<string, Schema>;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(properties)) {
    if (key in source && source[key] !== undefined) out[key] = order(source[key], properties[key]);
  }
  // Keys the schema does not know are kept (after the known ones), so emitting never loses data.
  for (const key of Object.keys(source)) {
    if (!(key in out) && source[key] !== undefined) out[key] = order(source[key], undefined);
  }
  return out;
}

/** Follows `$ref` and picks the `anyOf` branch that fits the value's shape. */
function resolve(schema: Schema | undefined, value: unknown): Schema | undefined {
  if (!schema) return undefined;
  const ref = schema['$ref'];
  if (typeof ref === 'string') return resolve(defs[ref.replace('#/$defs/', '')], value);
  const anyOf = schema['anyOf'] as Schema[] | undefined;
  if (anyOf) {
    const shape = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    return resolve(anyOf.find((branch) => fits(branch, shape)) ?? anyOf[0], value);
  }
  return schema;
}

function fits(schema: Schema, shape: string): boolean {
  if (schema['$ref']) return shape === 'object';
  const type = schema['type'];
  return type === shape || (type === undefined && shape !== 'null');
}
