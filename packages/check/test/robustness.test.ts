/** Never throw on user input: any text, any JSON value, every rule. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../src/index.js';

const crashed = (reasons: string[]) => reasons.filter((r) => r.includes('crashed'));

describe('check on arbitrary input', () => {
  it('any JSON value as registry.json or registry.yaml gives messages, never a throw or a crash', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value) ?? 'null';
        const result = checkFiles([
          { path: 'r/registry.json', content: text },
          { path: 'r/registry.yaml', content: text },
        ], { typecheck: false });
        expect(crashed(result.messages.map((m) => m.reason))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('registry-shaped values with wrong field types never crash a rule', () => {
    const anything = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()), fc.dictionary(fc.string(), fc.string()));
    const item = fc.dictionary(fc.constantFrom('id', 'path', 'lead', 'assist', 'responsible', 'leads', 'partOf', 'value', 'min', 'max', 'unit', 'kind', 'marker', 'ordinal', 'parent', 'position', 'occurrences', 'deadline'), anything);
    fc.assert(
      fc.property(fc.record({ sections: fc.array(item), tasks: fc.array(item), units: fc.array(item), targets: fc.array(item) }), (registry) => {
        const result = checkFiles([{ path: 'r/registry.json', content: JSON.stringify(registry) }, { path: 'r/p.txt', content: '（一）甲。乙（二）丙。' }], { typecheck: false });
        expect(crashed(result.messages.map((m) => m.reason))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary text as YAML, JSON and TypeScript never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = checkFiles([
          { path: 'r/registry.json', content: text },
          { path: 'r/registry.yaml', content: text },
          { path: 'r/registry.ts', content: text },
        ], { typecheck: false });
        expect(crashed(result.messages.map((m) => m.reason))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
