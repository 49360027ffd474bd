/**
 * Positions: a JSON pointer mapped to the line and column in JSON, YAML and TypeScript, and
 * through the registry's source positions to the policy sentence.
 */
import { SCHEMA_VERSION } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { checkRecord, edit, fixtureFiles, lineColumn, smallRegistry, where } from './helpers.js';

describe('schema errors in registry.json', () => {
  it('are reported at the value\'s line and column, with the policy sentence as related place', () => {
    const files = fixtureFiles();
    const json = edit(files['reg/registry.json']!, '"comparator": "gte"', '"comparator": "at least"');
    const result = checkRecord({ 'reg/registry.json': json, 'reg/small.txt': files['reg/small.txt']! }, { rules: ['schema'] });
    expect(where(result)).toEqual([`schema reg/registry.json:${lineColumn(json, '"at least"')}`]);
    expect(result.messages[0]!.reason).toBe('/targets/0/comparator must be one of "eq", "gte", "gt", "lte", "lt", "approx", "range"');
    expect(result.messages[0]!.related).toEqual([
      { file: 'reg/small.txt', place: smallRegistry().targets[0]!.position, message: 'the policy sentence this value came from' },
    ]);
  });

  it('a missing property is reported at the object that lacks it', () => {
    const files = fixtureFiles();
    const json = edit(files['reg/registry.json']!, '      "clauses": [\n        "省农牧厅、省林业厅负责"\n      ],\n', '');
    const result = checkRecord({ 'reg/registry.json': json }, { rules: ['schema'] });
    expect(result.messages.map((m) => m.reason)).toEqual(["/tasks/1 must have required property 'clauses'"]);
    // The task object opens on the line after `"tasks": [ {`.
    expect(result.messages[0]!.line).toBe(Number(lineColumn(json, '"id": "task-2.2"').split(':')[0]) - 1);
  });

  it('a JSON syntax error is reported where the text goes wrong', () => {
    const json = '{\n  "tasks": [1, 2,]\n}\n';
    const result = checkRecord({ 'reg/registry.json': json }, { rules: ['registry-syntax'] });
    expect(where(result)).toEqual(['registry-syntax reg/registry.json:2:18']);
    expect(result.messages[0]!.reason).toBe("Invalid JSON: Unexpected ']' (a trailing comma?)");
  });
});

describe('registry.ts', () => {
  it('a hand edit naming an unknown unit fails to compile, reported at the edit', () => {
    const files = fixtureFiles();
    const ts = edit(files['reg/registry.ts']!, "lead: ['省经济和信息化委'],\n      assist: [],", "lead: ['省经济和信息化局'],\n      assist: [],");
    const result = checkRecord({ 'reg/registry.ts': ts }, { rules: ['ts-compile'] });
    expect(where(result)).toEqual([`ts-compile reg/registry.ts:${lineColumn(ts, "'省经济和信息化局'")}`]);
    expect(result.messages[0]!.reason).toMatch(/'"省经济和信息化局"' is not assignable to type 'UnitId'/u);
  });

  it('is not type-checked with typecheck: false', () => {
    const ts = edit(fixtureFiles()['reg/registry.ts']!, "'省经济和信息化委'],\n      assist: [],", "'省经济和信息化局'],\n      assist: [],");
    expect(checkRecord({ 'reg/registry.ts': ts }, { rules: ['ts-compile'], typecheck: false }).messages).toEqual([]);
  });

  it('data that is not a literal is a syntax problem at the expression', () => {
    const ts = edit(fixtureFiles()['reg/registry.ts']!, `schemaVersion: '${SCHEMA_VERSION}',`, 'schemaVersion: version(),');
    const result = checkRecord({ 'reg/registry.ts': ts }, { rules: ['registry-syntax'] });
    expect(where(result)).toEqual([`registry-syntax reg/registry.ts:${lineColumn(ts, 'version()')}`]);
  });

  it('a widened union is reported at the extra member', () => {
    const ts = edit(fixtureFiles()['reg/registry.ts']!, "  | '省林业厅';", "  | '省林业厅'\n  | '省水利厅';");
    const result = checkRecord({ 'reg/registry.ts': ts }, { rules: ['ts-id-unions'] });
    expect(where(result)).toEqual([`ts-id-unions reg/registry.ts:${lineColumn(ts, "'省水利厅'")}`]);
  });
});

describe('policy-logic findings', () => {
  it('point at the policy sentence, with the registry entry as related place', () => {
    const registry = smallRegistry();
    registry.tasks[2]!.lead = [];
    registry.units[0]!.leads = ['task-2.1'];
    const result = checkRecord(fixtureFiles(registry), { rules: ['task-no-lead'] });
    const [message] = result.messages;
    expect(where(result)).toEqual(['task-no-lead reg/small.txt:19:3']);
    expect(message!.related[0]!.file).toBe('reg/registry.yaml');
    expect(message!.pointer).toBe('/tasks/2/lead');
  });

  it('fall back to the registry file when the registry has no source position', () => {
    const yaml = 'tasks:\n  - id: t\n    lead: []\n  - id: u\n    lead: [省财政厅]\n';
    const result = checkRecord({ 'r/registry.yaml': yaml }, { rules: ['task-no-lead'] });
    expect(where(result)).toEqual(['task-no-lead r/registry.yaml:3:11']);
  });
});
