import { describe, expect, it } from 'vitest';
import { RULES } from '../src/index.js';
import { runExample } from '../scripts/examples.js';

describe('rule definitions', () => {
  it('have unique ids, a docs url, and at least one failing and one passing example each', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.url, rule.id).toBe(`https://policyc.dev/rules/${rule.id}`);
      expect(rule.examples.fail.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.pass.length, rule.id).toBeGreaterThan(0);
      for (const example of rule.examples.fail) expect(example.messages.length, `${rule.id}: ${example.title}`).toBeGreaterThan(0);
      for (const example of rule.examples.pass) expect(example.messages, `${rule.id}: ${example.title}`).toEqual([]);
    }
  });
});

// One runner for every rule: the examples are the docs, and the docs are the tests.
for (const rule of RULES) {
  describe(`${rule.id} (${rule.severity})`, () => {
    for (const kind of ['fail', 'pass'] as const) {
      for (const example of rule.examples[kind]) {
        it(`${kind}: ${example.title}`, () => {
          expect(runExample(rule, example)).toEqual(example.messages);
        });
      }
    }
  });
}
