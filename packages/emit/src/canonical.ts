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
  const shell = canonicalShell(registry) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(shell)) {
    if (Array.isArray(value)) shell[key] = value.map((item) => canonicalItem(key, item));
  }
  return shell as unknown as Registry;
}

/**
 * The registry's top level in canonical order with its lists (sections, tasks …) left as they
 * are: `canonicalItem` orders an item when it is printed. Emitters that print a list an item at a
 * time hold one ordered item at a time instead of an ordered copy of the whole registry.
 */
export function canonicalShell(registry: Registry): Registry {
  const withHeader: Record<string, unknown> = {
    ...registry,
    $schema: registry.$schema ?? SCHEMA_ID,
    schemaVersion: registry.schemaVersion ?? SCHEMA_VERSION,
  };
  const out: Record<string, unknown> = {};
  for (const key of [...Object.keys(topProperties), ...Object.keys(withHeader)]) {
    const value = withHeader[key];
    if (key in out || !(key in withHeader) || value === undefined) continue;
    out[key] = Array.isArray(value) ? value : order(value, topSchema(key));
  }
  return out as unknown as Registry;
}

/** An item of the top-level list `key` (`tasks` …) in canonical order, as `canonicalRegistry` prints it. */
export function canonicalItem(key: string, item: unknown): unknown {
  return order(item, resolve(topSchema(key), [])?.['items'] as Schema | undefined);
}

const topProperties = (registrySchema.properties ?? {}) as unknown as Record<string, Schema>;

/** The schema of a top-level key; none for a key the schema does not know (`constructor` included). */
function topSchema(key: string): Schema | undefined {
  return Object.hasOwn(topProperties, key) ? topProperties[key] : undefined;
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
