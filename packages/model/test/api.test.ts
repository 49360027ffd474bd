import { describe, expect, it } from 'vitest';

describe('@policyc/model public API', () => {
  it('exports exactly these runtime names (the types are checked by schema-types.test.ts)', async () => {
    expect(Object.keys(await import('@policyc/model')).sort()).toEqual([
      'SCHEMA_ID', 'SCHEMA_VERSION', 'compileSchema', 'createAjv', 'isRegistry', 'registrySchema', 'toSchemaErrors', 'validateRegistry',
    ]);
  });

  it('names the schema by its version', async () => {
    const { SCHEMA_ID, SCHEMA_VERSION, registrySchema } = await import('@policyc/model');
    expect(SCHEMA_VERSION).toMatch(/^[0-9]+\.[0-9]+\.[0-9]+$/u);
    expect(SCHEMA_ID).toContain(SCHEMA_VERSION);
    expect(registrySchema.$id).toBe(SCHEMA_ID);
  });
});
