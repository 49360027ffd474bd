/**
 * A body of rules (a 办法, 规定 … set out in articles) sets norms, not goals: its limits, terms and
 * thresholds are no targets unless it states goals. And "三分之一" is a fraction, no score.
 * Made-up regulations in the style of real ones, with near misses.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';
import { scanQuantities } from '../src/targets/figures.js';

const targets = (text: string) => compile({ path: 'p.txt', value: text }).registry.targets.map((t) => t.text);

/** A regulation of `n` articles, the figures in its second. */
function regulation(second: string, n = 6): string {
  const articles = Array.from({ length: n }, (_, k) => (k === 1 ? `第二条  ${second}` : `第${'一二三四五六七八九十'[k]}条  本办法适用于本市某某中心的管理。`));
  return ['某市某某中心管理办法', '第一章  总则', ...articles, ''].join('\n');
}

describe('a body of rules', () => {
  it('sets norms: limits, terms and thresholds are no targets', () => {
    expect(targets(regulation('中心主任每届任期五年，累计任职不超过两届。一位专家不同时担任超过3个中心的委员，委员不少于9人。'))).toEqual([]);
  });

  it('still states goals where it says so: a deadline lead-in', () => {
    expect(targets(regulation('到2027年，全市建成中心30个以上。'))).toEqual(['30个以上']);
  });

  it('near miss: a plan with a few numbered measures is no body of rules', () => {
    expect(targets(regulation('培育龙头企业不少于10家。', 3))).toEqual(['不少于10家']);
  });
});

describe('a fraction', () => {
  it('"三分之一" is no score of 3', () => {
    expect(scanQuantities('成员不超过三分之一。').filter((q) => q.unit === '分')).toEqual([]);
  });

  it('near miss: a score still is ("不低于80分")', () => {
    expect(scanQuantities('考核得分不低于80分。').map((q) => q.unit)).toContain('分');
  });
});
