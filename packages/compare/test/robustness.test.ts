/**
 * Odd registries do not make compare throw, and the task pairs it scores are those sharing a
 * rare bigram, not every pair (the inverted index at work).
 */
import { describe, expect, it } from 'vitest';
import type { Registry } from '@policyc/model';
import { diff, formatDiff, formatTrace, trace } from '../src/index.js';
import { TaskMatcher } from '../src/match.js';
import { registry } from './helpers.js';

describe('robustness', () => {
  const empty = registry([]);
  const odd = registry([
    { path: '', title: '', text: '' },
    { path: '1', title: '。。。', text: '（一）\n\n1．', lead: ['', '等'], assist: ['省'] },
    { path: '2', title: 'A', text: '\u0000\ud800', responsible: ['有关部门'] },
  ], [{ metric: null, comparator: 'range', min: null, max: null, unit: null }, { metric: '', comparator: 'eq', value: null }]);

  it.each([
    ['empty', empty, empty],
    ['empty against odd', empty, odd],
    ['odd against empty', odd, empty],
    ['odd against itself', odd, odd],
  ])('%s', (_name, a, b) => {
    expect(() => formatTrace(trace(a, b))).not.toThrow();
    expect(() => formatDiff(diff(a, b))).not.toThrow();
  });

  it('an odd threshold falls back to the default', () => {
    expect(trace(empty, empty, { threshold: Number.NaN }).threshold).toBe(0.2);
    expect(trace(empty, empty, { threshold: 7 }).threshold).toBe(0.2);
    expect(trace(empty, empty, { threshold: 0.5 }).threshold).toBe(0.5);
  });

  it('a registry missing its document still traces', () => {
    const bare = { ...empty, document: undefined } as unknown as Registry;
    expect(trace(bare, bare).national).toEqual({ title: null, docNumber: null, source: null });
  });

  it('names the source whether the registry records it as a file (model 3) or a string (older models)', () => {
    const withSource = (source: unknown) => ({ ...empty, document: { ...empty.document, source } }) as unknown as Registry;
    const record = withSource({ path: '../policy.txt', sha256: null, encoding: 'utf-8', format: 'txt' });
    expect(trace(record, withSource('draft.md')).provincial.source).toBe('../policy.txt');
    expect(trace(record, withSource('draft.md')).national.source).toBe('draft.md');
    expect(diff(withSource(null), withSource({ path: 42 })).new.source).toBeNull();
  });
});

describe('linearity', () => {
  /** `n` made-up tasks: a phrase every task uses, and words of their own from a seeded generator. */
  function many(n: number, seed: number): Registry {
    let state = seed;
    const char = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return String.fromCodePoint(0x4e00 + (state % 20000));
    };
    const word = () => Array.from({ length: 6 }, char).join('');
    return registry(Array.from({ length: n }, (_, k) => ({ path: `1.${k + 1}`, title: `加强${word()}`, text: `加强推进工作，${word()}，${word()}。` })));
  }

  it('visits only the pairs that share a rare bigram, however many tasks', () => {
    // Every task shares 加强 and 推进工作 with every other one: without the index's stop cut that
    // would make all n × n pairs candidates.
    for (const n of [200, 400]) expect(new TaskMatcher(many(n, 7), many(n, 11)).pairs().length).toBeLessThan((n * n) / 100);
  });
});
