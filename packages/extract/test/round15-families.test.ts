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
