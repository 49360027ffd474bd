/**
 * Ajv's errors, made readable: one message per failing value (an `anyOf` of a type and null
 * gives "must be string or null", not three errors), with the pointer to show and whether the
 * problem is a property name.
 */
import { compileSchema, registrySchema } from '@policyc/model';
import type { ErrorObject, ValidateFunction } from 'ajv';

export interface SchemaFinding {
  pointer: string;
  key: boolean;
  reason: string;
}

let published: ValidateFunction | undefined;
/** By data read: the checker asks again of the primary's, to know whether another file can match it unread. */
const known = new WeakMap<object, SchemaFinding[]>();

export function publishedSchemaFindings(data: unknown): SchemaFinding[] {
  const key = data !== null && typeof data === 'object' ? data : undefined;
  const cached = key && known.get(key);
  if (cached) return cached;
  published ??= compileSchema(registrySchema);
  published(data);
  const findings = schemaFindings(published.errors ?? []);
  if (key) known.set(key, findings);
  return findings;
}

const itemValidators = new Map<string, ValidateFunction | undefined>();

/**
 * `publishedSchemaFindings` of data valid but for `items`, the items `from`, `from + 1` … of its
 * list `list` (the other items and values those of valid data): each item validated against the
 * schema of the list's items, its findings' pointers put under the item's. Undefined for a list
 * the schema does not have.
 */
export function itemSchemaFindings(list: string, from: number, items: readonly unknown[]): SchemaFinding[] | undefined {
  if (!itemValidators.has(list)) {
    const properties = registrySchema.properties as Record<string, { type?: string; items?: object } | undefined>;
    const listSchema = Object.hasOwn(properties, list) ? properties[list] : undefined;
    itemValidators.set(list, listSchema?.type === 'array' && listSchema.items
      ? compileSchema({ $schema: registrySchema.$schema, $defs: registrySchema.$defs, ...listSchema.items })
      : undefined);
  }
  const validate = itemValidators.get(list);
  if (!validate) return undefined;
  return items.flatMap((item, i) => {
    validate(item);
    const under = `/${list.replaceAll('~', '~0').replaceAll('/', '~1')}/${from + i}`;
    return schemaFindings((validate.errors ?? []).map((error) => ({ ...error, instancePath: `${under}${error.instancePath}` })));
  });
}

function schemaFindings(errors: readonly ErrorObject[]): SchemaFinding[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const findings: SchemaFinding[] = [];
  for (const error of errors) {
    const branchOf = anyOfs.find((a) => error !== a && error.instancePath === a.instancePath && error.schemaPath.startsWith(a.schemaPath.replace(/anyOf$/u, '')));
    if (branchOf) continue;
    if (error.keyword === 'anyOf') {
      const alternatives = errors
        .filter((e) => e !== error && e.instancePath === error.instancePath && e.schemaPath.startsWith(error.schemaPath))
        .map(alternative);
      findings.push({ pointer: error.instancePath, key: false, reason: `${shown(error.instancePath)} must be ${[...new Set(alternatives)].join(' or ') || 'of another shape'}` });
      continue;
    }
    if (error.keyword === 'additionalProperties') {
      const name = String((error.params as { additionalProperty: string }).additionalProperty);
      findings.push({ pointer: `${error.instancePath}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`, key: true, reason: `${shown(error.instancePath)} has unknown property '${name}'` });
      continue;
    }
    findings.push({ pointer: error.instancePath, key: false, reason: `${shown(error.instancePath)} ${describe(error)}` });
  }
  return findings;
}

/** One branch of an `anyOf`, as the words after "must be". */
function alternative(error: ErrorObject): string {
  if (error.keyword === 'type') return String((error.params as { type: string }).type);
  if (error.keyword === 'enum') return describe(error).replace(/^must be /u, '');
  return `such that it ${describe(error)}`;
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
    return allowed.length <= 8 ? `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` : 'must be one of the values the schema lists';
  }
  if (error.keyword === 'not') return 'is not allowed here';
  return error.message ?? 'is invalid';
}

function shown(pointer: string): string {
  return pointer === '' ? 'The registry' : pointer;
}
