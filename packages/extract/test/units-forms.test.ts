/**
 * Clause forms found in local policies beyond the shared corpus.
 */
import { describe, expect, it } from 'vitest';
import { findClauses } from '@policyc/extract';

const roles = (text: string) =>
  findClauses(text).map((c) => ({ lead: c.lead.map((u) => u.name), assist: c.assist.map((u) => u.name), responsible: c.responsible.map((u) => u.name) }));

describe('clause forms', () => {
  it.each([
    ['a lead marked in brackets inside a 责任单位 list', '推进改造。责任单位：市住房城乡建设局（牵头）、市规划和自然资源局、各区人民政府', { lead: ['市住房城乡建设局'], assist: ['市规划和自然资源局', '各区人民政府'], responsible: [] }],
    ['牵头单位 and 配合单位 on lines of their own', '推进改造。\n牵头单位：市科技局\n配合单位：市财政局、市教育局\n', { lead: ['市科技局'], assist: ['市财政局', '市教育局'], responsible: [] }],
    ['主责单位 and 协同单位', '推进改造。（主责单位：市商务局；协同单位：市财政局）', { lead: ['市商务局'], assist: ['市财政局'], responsible: [] }],
    ['a time limit after the units', '推进改造。（责任单位：区教育局、区财政局，完成时限：2024年12月）', { lead: [], assist: [], responsible: ['区教育局', '区财政局'] }],
    ['half-width brackets and colon', '推进改造。(责任单位:市交通委、市公安局)', { lead: [], assist: [], responsible: ['市交通委', '市公安局'] }],
  ])('%s', (_, text, expected) => {
    expect(roles(text)).toEqual([expected]);
  });

  it('keeps two labelled lines apart when the first already names assisting units', () => {
    const text = '推进改造。\n牵头单位：市科技局；配合单位：市财政局\n负责单位：市教育局\n';
    expect(roles(text)).toHaveLength(2);
  });
});
