import { createHash } from 'node:crypto';

/**
 * The options of every ajv instance policyc creates, and of the validator generated at build
 * time: JSON Schema 2020-12, every error rather than the first, strict about the schema itself.
 */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true } as const;

/** SHA-256 of a schema's JSON: tells whether the generated validator was made from the schema in use. */
export function schemaFingerprint(schema: object): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}
