/**
 * Families first met on documents the compiler had never seen (round 15's probes: the openings of
 * pages from many provinces, township plans among them). Made-up sentences in the style of such
 * documents, each with a near miss that must not fire.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';

/** Every task with units, as "path form lead|…/assist|…/responsible|…". */
const tasks = (text: string) =>
  compile({ path: 'p.txt', value: text })
    .registry.tasks.filter((t) => t.lead.length + t.assist.length + t.responsible.length > 0)
    .map((t) => `${t.path} ${t.form} ${[t.lead, t.assist, t.responsible].map((us) => us.join('|')).join('/')}`);

/** The tasks of a line under a township plan's heading. */
const duties = (line: string) => tasks(`某乡工作方案\n一、治理农产品污染\n${line}\n`);

describe('a list of names its role verb vouches for', () => {
  it('a township\'s stations and offices between separators, beside a name running text reads', () => {
    expect(duties('由乡农业服务中心承办，乡畜牧站、卫生院、派出所、工商所配合。')).toEqual(['1 prose 乡农业服务中心/乡畜牧站|卫生院|派出所|工商所/']);
    expect(duties('由乡农技站负责，乡财政所、派出所协助。')).toEqual(['1 prose 乡农技站/乡财政所|派出所/']);
  });

  it('near miss: such a name alone, with nothing beside it to vouch for it, is not read', () => {
    expect(duties('由乡农业服务中心承办，工商所配合。')).toEqual(['1 prose 乡农业服务中心//']);
  });

  it('near miss: the same names with no role verb after them are no actors', () => {
    expect(duties('由乡农业服务中心承办，检查范围包括乡畜牧站、卫生院、派出所、工商所。')).toEqual(['1 prose 乡农业服务中心//']);
  });
});

/** [figure as written, deadline] of every target of a measure under a city opinion's heading. */
const goals = (sentence: string) =>
  compile({ path: 'p.txt', value: `某市关于支持实体经济发展的意见\n一、支持工业稳增长\n（一）持续加大投入力度。${sentence}\n` })
    .registry.targets.map((t) => [t.text, t.deadline]);

describe('sums a plan commits over a span of time', () => {
  it('spending as the predicate of a span: "今明两年投资530亿元"', () => {
    expect(goals('抓住铁路建设机遇，今明两年投资530亿元。')).toEqual([['530亿元', null]]);
    expect(goals('三年内累计投入50亿元，支持园区建设。')).toEqual([['50亿元', null]]);
  });

  it('near miss: spending after a noun is the noun ("研发投入", "项目投资"), no goal', () => {
    expect(goals('企业研发投入50亿元的，给予奖励。')).toEqual([]);
    expect(goals('对项目投资5亿元的企业给予支持。')).toEqual([]);
  });

  it('a sum over a span that opens its sentence is due by the span\'s end', () => {
    expect(goals('2018—2021年累计安排专项资金不低于30亿元，采取贷款贴息等方式支持。')).toEqual([['不低于30亿元', '2021']]);
  });

  it('near miss: a span inside a condition dates no goal', () => {
    expect(goals('对2016—2018年累计投资超过1亿元的企业给予奖励。')).toEqual([]);
  });
});

describe('the size of what a plan makes', () => {
  it('"组建总规模100亿元的工业发展基金": the fund\'s scale is a goal', () => {
    expect(goals('通过市场化方式组建总规模100亿元的工业发展基金，吸引社会资本。')).toEqual([['100亿元', null]]);
    expect(goals('设立首期规模20亿元的产业引导基金。')).toEqual([['20亿元', null]]);
  });

  it('near miss: a bar on the size of what is rewarded is no goal', () => {
    expect(goals('对总规模1亿元以上的基金给予奖励。')).toEqual([]);
  });
});
