/**
 * Extraction grows with the document, not faster: a unit that leads every task, and a long plan
 * of prose duties, take four times as long at four times the size (well under eight times here,
 * to leave room for noise). Growth is compared between two sizes in one run, never against a
 * wall-clock limit.
 */
import { parsePolicy } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { growth as linearGrowth } from '../../../test/support/growth.js';
import { extractRegistry } from '../src/index.js';

/** Time at 4n over time at n, for extracting the document `make(n)` (parsed outside the timing). */
function growth(make: (n: number) => string): number {
  const run = (n: number) => {
    const text = make(n);
    const { tree } = parsePolicy(text);
    return () => void extractRegistry(tree, text);
  };
  return linearGrowth(run, { start: 50, minMs: 40, maxN: 20_000, runs: 5 });
}

describe('extraction is linear in the document', () => {
  it('one unit leading every task, in a simplified text that names 健康 and 环境 often', () => {
    const plan = (n: number) =>
      ['某市健康环境建设实施方案', '一、重点任务', ...Array.from({ length: n }, (_, k) => `（${k + 1}）健全第${k + 1}项环境监督机制。（市发展改革委牵头，市财政局、市科技局配合）`)].join('\n');
    expect(growth(plan)).toBeLessThan(8);
  });

  it('sections of prose duties, most lines stating none', () => {
    const section = (k: number) => [`${k + 1}. 第${k + 1}项任务`, '加强组织领导，完善工作机制，提高服务水平。', `市民政局负责统筹推进第${k + 1}项工作，会同市财政局落实资金。`].join('\n');
    const plan = (n: number) => ['某市养老服务实施方案', '一、工作任务', ...Array.from({ length: n }, (_, k) => section(k))].join('\n');
    expect(growth(plan)).toBeLessThan(8);
  });

  it('a run of unit columns\' headers a line each, no text column among them', () => {
    const run = (n: number) => ['某市工作方案', '一、重点任务', ...Array.from({ length: n }, (_, k) => (k % 2 === 0 ? '责任单位（牵头）' : '管理责任单位'))].join('\n');
    expect(growth(run)).toBeLessThan(8);
  });

  it('one long sentence of 指导 after 指导, with no 接受 before any of them', () => {
    const sentence = (n: number) => `某市职责分工方案\n一、职责\n县发改委是负责指导的${'负责指导的'.repeat(n)}部门。`;
    expect(growth(sentence)).toBeLessThan(8);
  });
});
