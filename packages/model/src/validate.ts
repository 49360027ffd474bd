import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { schemaFingerprint as generatedFrom, validate as generatedValidator } from './registry-validator.generated.js';
import { registrySchema } from './schema.js';
import type { Registry } from './types.js';
import { AJV_OPTIONS, schemaFingerprint } from './validator-config.js';

/** One schema violation: where in the registry (a JSON pointer) and why. */
export interface SchemaError {
  /** JSON pointer to the offending value ("/tasks/3/lead/0"); "" for the root. */
  instancePath: string;
  /** The schema keyword that failed ("required", "enum", …). */
  keyword: string;
  message: string;
}

const require = createRequire(import.meta.url);
let published: ValidateFunction | undefined;

/**
 * Creates the ajv instance every policyc validator uses (2020-12, all errors). Ajv is loaded on
 * first use: the published schema's validator is generated at build time, so compiling a policy
 * never loads it; only other schemas (a narrowed one, in `check`) do. CommonJS, hence `require`,
 * which keeps this synchronous.
 */
export function createAjv(): Ajv2020 {
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  return new Ajv({ ...AJV_OPTIONS });
}

/**
 * Compiles any registry-shaped schema (the published one, or one narrowed to a policy). The
 * published schema is not compiled again: its validator, generated at build time from the same
 * schema with the same options, is returned.
 */
export function compileSchema(schema: object): ValidateFunction {
  if (schema === registrySchema) return publishedValidator();
  return createAjv().compile(schema);
}

/** Validates a value against the published registry schema; returns every violation. */
export function validateRegistry(value: unknown): { valid: boolean; errors: SchemaError[] } {
  const validate = publishedValidator();
  const valid = validate(value);
  return { valid, errors: toSchemaErrors(validate.errors) };
}

/**
 * The validator generated from `registrySchema` (scripts/generate-validator.ts). Should the
 * schema have changed since it was generated (a build without `generate`), ajv compiles the
 * schema in use instead: slower to start, never wrong. `test/validator.test.ts` keeps the
 * committed file current.
 */
function publishedValidator(): ValidateFunction {
  if (published) return published;
  const current = schemaFingerprint(registrySchema) === generatedFrom;
  published = current
    ? Object.assign(generatedValidator as unknown as ValidateFunction, { schema: registrySchema })
    : createAjv().compile(registrySchema);
  return published;
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
