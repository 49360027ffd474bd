import { registrySchema, SCHEMA_ID } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as api from '../src/index.js';
import { emitAll, isOutputFormat, orderFormats, OUTPUT_FILES, OUTPUT_FORMATS, outputFile, TEXT_FORMATS } from '../src/index.js';
import { smallRegistry } from './fixtures/small.js';
import { runModule } from './helpers.js';

describe('@policyc/emit public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DOCUMENT_FILES', 'OUTPUT_FILES', 'OUTPUT_FORMATS', 'TEXT_FORMATS', 'canonicalRegistry', 'emitAll', 'emitChunks', 'emitJson', 'emitSchema',
      'emitTypeScript', 'emitYaml', 'isOutputFormat', 'isTextFormat', 'narrowSchema', 'orderFormats', 'outputFile', 'typeScriptPieces',
    ]);
  });
});

describe('emitAll', () => {
  it('emits every text format under its file name by default', () => {
    expect(Object.keys(emitAll(smallRegistry()))).toEqual(TEXT_FORMATS.map((f) => OUTPUT_FILES[f]));
    expect(Object.keys(emitAll(smallRegistry()))).toEqual(['registry.json', 'registry.yaml', 'registry.ts', 'registry.schema.json']);
  });

  it('emits only the formats asked for, in the fixed order', () => {
    expect(Object.keys(emitAll(smallRegistry(), ['ts', 'json']))).toEqual(['registry.json', 'registry.ts']);
  });

  it('leaves the document formats (workbook, CSV, report) to their own packages', () => {
    expect(Object.keys(emitAll(smallRegistry(), OUTPUT_FORMATS))).toEqual(['registry.json', 'registry.yaml', 'registry.ts', 'registry.schema.json']);
    expect(Object.keys(emitAll(smallRegistry(), ['xlsx', 'csv', 'html']))).toEqual([]);
    expect(OUTPUT_FORMATS.map(outputFile)).toEqual(['registry.json', 'registry.yaml', 'registry.ts', 'registry.schema.json', 'registry.xlsx', 'registry.html']);
    // The CSV is a format of its own, written only when asked for.
    expect(isOutputFormat('csv') && !OUTPUT_FORMATS.includes('csv')).toBe(true);
    expect(isOutputFormat('all')).toBe(false);
    expect(orderFormats(['html', 'csv', 'json'])).toEqual(['json', 'csv', 'html']);
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
