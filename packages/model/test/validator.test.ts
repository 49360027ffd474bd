/**
 * The registry validator generated at build time (scripts/generate-validator.ts): the committed
 * file is what the script writes for the current schema, it judges registries exactly as ajv
 * compiling the schema at run time does, and validating loads none of ajv but its small runtime
 * helpers. `UPDATE=1 npx vitest run packages/model/test/validator.test.ts` rewrites the file (as
 * `pnpm --filter @policyc/model generate` does); review the diff.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { compileSchema, registrySchema, validateRegistry, type Registry } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, validatorSource } from '../scripts/generate-validator.js';
import { validate as generated } from '../src/registry-validator.generated.js';
import { AJV_OPTIONS } from '../src/validator-config.js';

const update = process.env.UPDATE === '1';
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A made-up registry in the shape policyc writes: one section, one task with units, one target. */
function registry(): Registry {
  const span = (line: number) => ({ start: { line, column: 1, offset: line * 10 }, end: { line, column: 9, offset: line * 10 + 8 } });
  return {
    schemaVersion: '3.1.0',
    document: {
      title: '某市关于加快推进某产业发展的实施意见', docNumber: '某政发〔2024〕3号', addressees: ['各区人民政府'], issuer: '某市人民政府',
      date: '2024-03-01', planTitle: null, source: { path: 'policy.txt', sha256: null, encoding: 'utf-8', format: 'txt' }, convention: null,
    },
    sections: [{ id: 'sec-1', path: '1', depth: 1, marker: '一、', ordinal: 1, title: '重点任务', parent: null, position: span(3) }],
    tasks: [{
      id: 'task-1', path: '1', title: '重点任务', text: '一、重点任务（市发展改革委牵头，市财政局配合）', lead: ['市发展改革委'], assist: ['市财政局'],
      responsible: [], clauses: ['市发展改革委牵头，市财政局配合'], form: 'clause',
      evidence: { text: '市发展改革委牵头，市财政局配合', position: span(3) }, deadline: null, position: span(3),
    }],
    units: [
      { id: '市发展改革委', name: '市发展改革委', occurrences: [span(3)], leads: ['task-1'], assists: [], shares: [] },
      { id: '市财政局', name: '市财政局', occurrences: [span(3)], leads: [], assists: ['task-1'], shares: [] },
    ],
    targets: [{
      id: 'target-1-1', path: '1', text: '50亿元以上', metric: '产业规模', value: 50, min: null, max: null, unit: '亿元', comparator: 'gte', kind: 'level',
      deadline: '2025', inclusive: null, aggregation: null, baseline: null, recurring: false, partOf: null, position: span(4),
    }],
  } as Registry;
}

type Edit = (r: Registry & Record<string, unknown>) => void;

/** Each breaks the registry in a way a different schema keyword catches. */
const EDITS: Record<string, Edit> = {
  'nothing (valid)': () => {},
  'a required property missing': (r) => { delete (r.document as Partial<Registry['document']>).issuer; },
  'a property of the wrong type': (r) => { (r.sections[0] as unknown as Record<string, unknown>).depth = '1'; },
  'a value outside an enum': (r) => { (r.targets[0] as unknown as Record<string, unknown>).comparator = 'more'; },
  'an unknown property': (r) => { r['extraTop'] = 1; },
  'neither branch of an anyOf': (r) => { (r.document as unknown as Record<string, unknown>).date = '2024年3月1日'; },
  'a pattern not matched': (r) => { r.schemaVersion = 'v3'; },
  'a string shorter than minLength': (r) => { r.document.source!.path = ''; },
  'a number below its minimum': (r) => { r.sections[0]!.position.start.line = 0; },
  'several at once (all reported)': (r) => { delete (r as Partial<Registry>).units; r.tasks[0]!.lead = [1 as unknown as string]; },
};

describe('the generated registry validator', () => {
  it('is what scripts/generate-validator.ts writes for the current schema', () => {
    const expected = validatorSource();
    if (update) writeFileSync(GENERATED_PATH, expected);
    expect(readFileSync(GENERATED_PATH, 'utf8') === expected, `${GENERATED_PATH} is stale: run \`pnpm --filter @policyc/model generate\` (or UPDATE=1) and review the diff`).toBe(true);
  });

  const runtime = new Ajv2020({ ...AJV_OPTIONS }).compile(registrySchema);
  for (const [what, edit] of Object.entries(EDITS)) {
    it(`judges a registry with ${what} as ajv compiling the schema at run time does`, () => {
      const value = registry() as Registry & Record<string, unknown>;
      edit(value);
      const expectedValid = runtime(value);
      const expectedErrors = runtime.errors ?? null;
      expect(generated(value)).toBe(expectedValid);
      expect((generated as unknown as { errors: ErrorObject[] | null }).errors).toEqual(expectedErrors);
      expect(validateRegistry(value).valid).toBe(expectedValid);
      expect(expectedValid).toBe(what === 'nothing (valid)');
    });
  }

  it('is what compileSchema gives for the published schema; other schemas are compiled by ajv', () => {
    expect(compileSchema(registrySchema)).toBe(compileSchema(registrySchema));
    const other = compileSchema({ type: 'object', properties: { a: { type: 'integer' } }, required: ['a'] });
    expect(other({ a: 1 })).toBe(true);
    expect(other({})).toBe(false);
  });

  it('validating a registry does not load ajv (only its runtime helper for string lengths)', () => {
    const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', `
      import { createRequire } from 'node:module';
      const { validateRegistry } = await import('@policyc/model');
      const result = validateRegistry({ schemaVersion: 1 });
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((path) => /[\\/]ajv[\\/]/.test(path));
      process.stdout.write(JSON.stringify({ errors: result.errors.length, loaded }));
    `], { cwd: ROOT, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    const { errors, loaded } = JSON.parse(child.stdout) as { errors: number; loaded: string[] };
    expect(errors).toBeGreaterThan(0);
    expect(loaded.map((path) => path.replace(/.*[\\/]ajv[\\/]/u, 'ajv/'))).toEqual(['ajv/dist/runtime/ucs2length.js']);
  }, 30_000);
});
