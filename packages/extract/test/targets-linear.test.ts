/**
 * The attack strings of the ReDoS audit (test/redos.test.ts) that once made a target rule
 * quadratic, each run at two sizes in one run: four times the input must take well under sixteen
 * times the time (under eight, to leave room for noise). Never a wall-clock limit.
 */
import { parsePolicy } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { growth } from '../../../test/support/growth.js';
import { extractRegistry } from '../src/index.js';
import { clean, withoutFiller } from '../src/targets/metric.js';
import { endsChangeToYear } from '../src/targets/nontargets.js';

describe('target rules are linear on their ReDoS attack strings', () => {
  it('a goal cell of an indicator table holding "." and a long run of tabs', () => {
    const compile = (n: number) => {
      const text = ['某市生态环境保护规划', '一、主要指标', '| 序号 | 指标名称 | 单位 | 2025年目标 |', '| --- | --- | --- | --- |',
        `| 1 | 森林覆盖率 | % | .\t${'\t'.repeat(n)}\t. |`, '| 2 | 空气质量优良天数比率 | % | 90以上 |'].join('\n');
      const { tree } = parsePolicy(text);
      return () => void extractRegistry(tree, text);
    };
    expect(growth(compile)).toBeLessThan(8);
  });

  it('a long run of filler words between a verb and its figure ("压缩了了…到")', () => {
    expect(withoutFiller('至了到为')).toBe('');
    expect(withoutFiller('到全市企业开办时间为')).toBe('全市企业开办时间');
    expect(growth((n) => () => void withoutFiller(`\u0000${'了'.repeat(n)}到\u0000`))).toBeLessThan(8);
  });

  it('a subject of "从" and a long run of digits', () => {
    expect(clean('审批时限由20个工作日')).toBe('审批时限');
    expect(clean('主要污染物排放总量比2015年')).toBe('主要污染物排放总量');
    expect(growth((n) => () => void clean(`从${'0'.repeat(n)},`))).toBeLessThan(8);
  });

  it('a run of "从2000年" before a change to a year', () => {
    expect(endsChangeToYear('由2020年的2.5万亿元增长至2025年的')).toBe(true);
    expect(endsChangeToYear('2020年的2.5万亿元，增长至2025年的')).toBe(false);
    expect(growth((n) => () => void endsChangeToYear(`${'从2000年'.repeat(n)},从2000年至2020年`))).toBeLessThan(8);
  });
});
