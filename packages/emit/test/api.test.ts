import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { emitAll, OUTPUT_FILES, OUTPUT_FORMATS } from '../src/index.js';
import { smallRegistry } from './fixtures/small.js';

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
});
