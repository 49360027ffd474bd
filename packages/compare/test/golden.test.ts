/**
 * The trace of the reference provincial policy (examples/qinghai-pharma) to the national
 * guidance it implements (examples/national-pharma), compiled here from their texts. The JSON
 * and the human report are golden files; `UPDATE=1 npx vitest run packages/compare/test/golden.test.ts`
 * rewrites them, and the diff is reviewed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAjv } from '@policyc/model';
import { describe, expect, it } from 'vitest';
import { formatJson, formatTrace, trace, traceSchema } from '../src/index.js';
import { compileText, example } from './helpers.js';

const update = process.env.UPDATE === '1';
const GOLDEN = join(import.meta.dirname, 'golden');

const load = (name: string) => {
  const { text } = example(name);
  return compileText(`${name}.txt`, text);
};
const provincial = load('qinghai-pharma');
const national = load('national-pharma');
const result = trace(provincial, national);

describe('trace of the examples', () => {
  for (const [name, content] of [['trace.json', formatJson(result)], ['trace.txt', formatTrace(result)]] as const) {
    it(`${name} is up to date`, () => {
      const path = join(GOLDEN, name);
      if (update) writeFileSync(path, content);
      expect(content, `${path} drifted: rerun with UPDATE=1 and review the diff`).toBe(readFileSync(path, 'utf8'));
    });
  }

  it('follows its JSON Schema', () => {
    const validate = createAjv().compile(traceSchema);
    expect(validate(JSON.parse(formatJson(result))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('maps national tasks to the provincial tasks on the same subject', () => {
    const implementers = (nationalTitle: RegExp) =>
      result.tasks.filter((t) => nationalTitle.test(t.task.title)).flatMap((t) => t.implementedBy.map((m) => m.task.title));
    // Innovation, the reform of medical insurance, foreign cooperation, new business forms, talent.
    expect(implementers(/技术创新/u).some((t) => /创新/u.test(t))).toBe(true);
    expect(implementers(/衔接医改/u).some((t) => /医改/u.test(t))).toBe(true);
    expect(implementers(/对外合作/u).some((t) => /对外合作/u.test(t))).toBe(true);
    expect(implementers(/新兴业态/u).some((t) => /新兴业态/u.test(t))).toBe(true);
    expect(implementers(/人才/u).some((t) => /人才/u.test(t))).toBe(true);
    // A provincial task that merges two national ones is linked to both.
    const merged = result.tasks.filter((t) => t.implementedBy.some((m) => /优化产业结构，加快质量升级/u.test(m.task.title)));
    expect(merged.map((t) => t.task.title).sort()).toEqual(expect.arrayContaining([expect.stringMatching(/质量升级/u), expect.stringMatching(/产业结构/u)]));
  });

  it('matches units across levels as evidence', () => {
    const units = result.tasks.flatMap((t) => t.implementedBy.flatMap((m) => m.evidence.units));
    expect(units).toContainEqual({ a: '国家发展改革委', b: '省发展改革委', key: '发展改革' });
  });

  it('lists local additions and compares the growth targets', () => {
    expect(result.localAdditions.length).toBeGreaterThan(0);
    for (const a of result.localAdditions) expect(result.tasks.some((t) => t.implementedBy.some((m) => m.task.id === a.task.id))).toBe(false);
    expect(result.summary.covered + result.notTakenUp.length).toBe(national.tasks.length);
    const growth = result.targets.find((t) => t.national.comparator === 'gt');
    expect(growth).toMatchObject({ verdict: 'stricter', deadline: 'same', national: { value: 10, unit: '%' }, provincial: { value: 12, comparator: 'eq' } });
  });
});
