import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { registrySchema } from './schema.js';
import type { Registry } from './types.js';

/** One schema violation: where in the registry (a JSON pointer) and why. */
export interface SchemaError {
  /** JSON pointer to the offending value ("/tasks/3/lead/0"); "" for the root. */
  instancePath: string;
  /** The schema keyword that failed ("required", "enum", …). */
  keyword: string;
  message: string;
}

let compiled: ValidateFunction | undefined;

/** Creates the ajv instance every policyc validator uses (2020-12, all errors). */
export function createAjv(): Ajv2020 {
  return new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
}

/** Compiles any registry-shaped schema (the published one, or one narrowed to a policy). */
export function compileSchema(schema: object): ValidateFunction {
  return createAjv().compile(schema);
}

/** Validates a value against the published registry schema; returns every violation. */
export function validateRegistry(value: unknown): { valid: boolean; errors: SchemaError[] } {
  compiled ??= compileSchema(registrySchema);
  const valid = compiled(value);
  return { valid, errors: toSchemaErrors(compiled.errors) };
}

/** Ajv's error objects as the plain `SchemaError`s policyc reports. */
export function toSchemaErrors(errors: ErrorObject[] | null | undefined): SchemaError[] {
  return (errors ?? []).map((e) => ({
    instancePath: e.instancePath,
    keyword: e.keyword,
    message: e.keyword === 'required' || e.keyword === 'additionalProperties'
      ? `${e.message ?? 'is invalid'}`
      : `${e.message ?? 'is invalid'}${e.keyword === 'enum' ? `: ${JSON.stringify((e.params as { allowedValues?: unknown[] }).allowedValues)}` : ''}`,
  }));
}

/** Type guard over `validateRegistry`. */
export function isRegistry(value: unknown): value is Registry {
  return validateRegistry(value).valid;
}
