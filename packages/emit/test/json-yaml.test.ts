import { validateRegistry, SCHEMA_ID } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { canonicalRegistry, emitJson, emitYaml } from '../src/index.js';
import { smallRegistry } from './fixtures/small.js';

/** The same registry with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
}

describe('emitJson', () => {
  it('writes $schema and schemaVersion first, and validates against the published schema', () => {
    const json = JSON.parse(emitJson(smallRegistry()));
    expect(Object.keys(json).slice(0, 2)).toEqual(['$schema', 'schemaVersion']);
    expect(json.$schema).toBe(SCHEMA_ID);
    expect(validateRegistry(json).errors).toEqual([]);
  });

  it('prints the same bytes whatever order the keys were built in', () => {
    const registry = smallRegistry();
    expect(emitJson(reversedKeys(registry) as typeof registry)).toBe(emitJson(registry));
  });

  it('keeps array order as given (nothing is sorted)', () => {
    const registry = smallRegistry();
    registry.units.reverse();
    expect(JSON.parse(emitJson(registry)).units.map((u: { id: string }) => u.id)).toEqual(registry.units.map((u) => u.id));
  });

  it('keeps keys the schema does not know rather than dropping them', () => {
    const registry = { ...smallRegistry(), extra: 1 } as ReturnType<typeof smallRegistry>;
    expect(JSON.parse(emitJson(registry)).extra).toBe(1);
  });
});

describe('emitYaml', () => {
  it('reads back as the same data as the JSON', () => {
    const registry = smallRegistry();
    expect(parse(emitYaml(registry))).toEqual(JSON.parse(emitJson(registry)));
  });

  it('is YAML 1.2 with no parse errors or warnings', () => {
    const doc = parseDocument(emitYaml(smallRegistry()));
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
    expect(emitYaml(smallRegistry())).toContain('%YAML 1.2\n---\n');
  });

  it('names each task\'s source line in a comment above it', () => {
    const registry = smallRegistry();
    const lines = emitYaml(registry).split('\n');
    registry.tasks.forEach((task) => {
      const at = lines.indexOf(`  - id: ${task.id}`);
      expect(lines[at - 1]).toBe(`  # small.txt:${task.position.start.line}`);
    });
  });

  it('says "line N" when the registry does not name its source', () => {
    const registry = smallRegistry();
    registry.document.source = null;
    expect(emitYaml(registry)).toContain(`  # line ${registry.tasks[0]!.position.start.line}\n  - id: task-2.1`);
  });

  it('prints source points inline and everything else in block style', () => {
    const yaml = emitYaml(smallRegistry());
    expect(yaml).toMatch(/^ {6}start: \{ line: 7, column: 3, offset: \d+ \}$/mu);
    expect(yaml).not.toMatch(/^[^#]*: \{ (?!line)/mu);
  });

  it('never folds a long sentence over lines', () => {
    const registry = smallRegistry();
    registry.tasks[0]!.text = '加强'.repeat(200);
    expect(emitYaml(registry)).toContain(`text: ${'加强'.repeat(200)}\n`);
  });

  it('quotes strings that would otherwise read as numbers, so paths and years stay strings', () => {
    const data = parse(emitYaml(smallRegistry()));
    expect(data.sections[0].path).toBe('1');
    expect(data.targets[0].deadline).toBe('2020');
  });

  it('is the canonical registry and nothing else', () => {
    const registry = smallRegistry();
    expect(parse(emitYaml(registry))).toEqual(canonicalRegistry(registry));
  });
});
