import { registrySchema, SCHEMA_ID } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as api from '../src/index.js';
import { emitAll, OUTPUT_FILES, OUTPUT_FORMATS } from '../src/index.js';
import { smallRegistry } from './fixtures/small.js';
import { runModule } from './helpers.js';

describe('@policyc/emit public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'OUTPUT_FILES', 'OUTPUT_FORMATS', 'canonicalRegistry', 'emitAll', 'emitJson', 'emitSchema',
      'emitTypeScript', 'emitYaml', 'isOutputFormat', 'narrowSchema',
    ]);
  });
});

describe('emitAll', () => {
  it('emits every format under its file name by default', () => {
    expect(Object.keys(emitAll(smallRegistry()))).toEqual(OUTPUT_FORMATS.map((f) => OUTPUT_FILES[f]));
    expect(Object.keys(emitAll(smallRegistry()))).toEqual(['registry.json', 'registry.yaml', 'registry.ts', 'registry.schema.json']);
  });

  it('emits only the formats asked for, in the fixed order', () => {
    expect(Object.keys(emitAll(smallRegistry(), ['ts', 'json']))).toEqual(['registry.json', 'registry.ts']);
  });

  it('points $schema of the JSON, the YAML and the TypeScript data at the schema written beside them', async () => {
    const files = emitAll({ ...smallRegistry(), $schema: SCHEMA_ID });
    expect(JSON.parse(files['registry.json']!).$schema).toBe('./registry.schema.json');
    expect(parse(files['registry.yaml']!).$schema).toBe('./registry.schema.json');
    expect(((await runModule(files['registry.ts']!))['registry'] as { $schema: string }).$schema).toBe('./registry.schema.json');
  });

  it('keeps the published schema\'s remote $id in $schema when no schema file is written beside the data', () => {
    const files = emitAll(smallRegistry(), ['json', 'yaml']);
    expect(JSON.parse(files['registry.json']!).$schema).toBe(SCHEMA_ID);
    expect(parse(files['registry.yaml']!).$schema).toBe(SCHEMA_ID);
    expect(registrySchema.$id).toBe(SCHEMA_ID);
  });
});
