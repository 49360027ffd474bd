/**
 * Clause forms found in local policies beyond the shared corpus.
 */
import { describe, expect, it } from 'vitest';
import { findClauses, findConvention } from '@policyc/extract';

const roles = (text: string) =>
  findClauses(text).map((c) => ({ lead: c.lead.map((u) => u.name), assist: c.assist.map((u) => u.name), responsible: c.responsible.map((u) => u.name) }));

describe('clause forms', () => {
  it.each([
    ['a lead marked in brackets inside a 责任单位 list', '推进改造。责任单位：市住房城乡建设局（牵头）、市规划和自然资源局、各区人民政府', { lead: ['市住房城乡建设局'], assist: ['市规划和自然资源局', '各区人民政府'], responsible: [] }],
    ['牵头单位 and 配合单位 on lines of their own', '推进改造。\n牵头单位：市科技局\n配合单位：市财政局、市教育局\n', { lead: ['市科技局'], assist: ['市财政局', '市教育局'], responsible: [] }],
    ['主责单位 and 协同单位', '推进改造。（主责单位：市商务局；协同单位：市财政局）', { lead: ['市商务局'], assist: ['市财政局'], responsible: [] }],
    ['a time limit after the units', '推进改造。（责任单位：区教育局、区财政局，完成时限：2024年12月）', { lead: [], assist: [], responsible: ['区教育局', '区财政局'] }],
    ['half-width brackets and colon', '推进改造。(责任单位:市交通委、市公安局)', { lead: [], assist: [], responsible: ['市交通委', '市公安局'] }],
    // Anshan 鞍立政发〔2023〕2号: one 责任单位 under a 牵头单位 assists it, as several do.
    ['牵头单位 and a single 责任单位 on lines of their own', '增长5%左右。\n\n牵头单位:区工信局\n\n责任单位:某经济开发区\n', { lead: ['区工信局'], assist: ['某经济开发区'], responsible: [] }],
    ['a task force (专班) is a unit', '增长6%左右。\n牵头单位:区发改局\n责任单位:某经济开发区,全区经济运行各专班\n', { lead: ['区发改局'], assist: ['某经济开发区', '全区经济运行各专班'], responsible: [] }],
    // Guangzhou 人才集聚工程: "牵头单位" closing a name is a noun.
    ['"各项目牵头单位" is a unit', '加强组织领导。（牵头单位：市委组织部，配合单位：各项目牵头单位，各区）', { lead: ['市委组织部'], assist: ['各项目牵头单位', '各区'], responsible: [] }],
    ['bold labels in Markdown', '推进改造。（**牵头单位**：市发展改革委，**配合单位**：市委组织部）', { lead: ['市发展改革委'], assist: ['市委组织部'], responsible: [] }],
    ['labels as Markdown list items', '推进改造。\n   - 牵头单位：市人力资源和社会保障局\n   - 配合单位：各区\n', { lead: ['市人力资源和社会保障局'], assist: ['各区'], responsible: [] }],
  ])('%s', (_, text, expected) => {
    expect(roles(text)).toEqual([expected]);
  });

  it('keeps two labelled lines apart when the first already names assisting units', () => {
    const text = '推进改造。\n牵头单位：市科技局；配合单位：市财政局\n负责单位：市教育局\n';
    expect(roles(text)).toHaveLength(2);
  });
});

describe('conventions stated in a notice', () => {
  it('"列第一位的责任单位为牵头单位" (Hangzhou 2020 责任分解) makes the first unit lead', () => {
    const text = '二、责任分解中,列第一位的责任单位为牵头单位或汇总单位。\n加快建设。（市发改委、市财政局）';
    expect(findConvention(text)).toMatchObject({ firstListedLeads: true, sentence: '列第一位的责任单位为牵头单位或汇总单位' });
    expect(roles(text)).toEqual([{ lead: ['市发改委'], assist: ['市财政局'], responsible: [] }]);
  });
});

describe('compound labels', () => {
  it.each([
    ['牵头责任单位 and 协同责任单位', '推进改造。\n牵头责任单位：市发展改革委。\n协同责任单位：市经信局、市财政局。\n', { lead: ['市发展改革委'], assist: ['市经信局', '市财政局'], responsible: [] }],
    ['配合实施单位', '推进改造。（牵头单位：市科技局；配合实施单位：市财政局）', { lead: ['市科技局'], assist: ['市财政局'], responsible: [] }],
  ])('%s', (_, text, expected) => {
    expect(roles(text)).toEqual([expected]);
  });
});

describe('a clause that closes with when the task is due', () => {
  const deadlines = (text: string) => findClauses(text).map((c) => [c.lead.map((u) => u.name), c.deadline === undefined ? null : text.slice(c.deadline.start, c.deadline.end)]);
  it.each([
    ['after a comma, without its verb', '推进改造。（市科技局负责，2025年底前完成）', [[['市科技局'], '2025年底前']]],
    ['in a part of its own', '推进改造。（市商务局牵头，市财政局配合；长期坚持）', [[['市商务局'], '长期坚持']]],
    ['none stated', '推进改造。（市商务局负责）', [[['市商务局'], null]]],
  ])('%s', (_, text, expected) => {
    expect(deadlines(text)).toEqual(expected);
  });
});

describe('a convention noted in brackets after a list', () => {
  const text = [
    '扩大有效投资。',
    '责任单位：市发改委、市经信局、市财政局（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）',
    '推进招商引资。',
    '责任单位：市商务局、市投资促进中心',
    '推进消费升级。',
    '责任单位：市商务局、市文旅局分别牵头',
    '',
  ].join('\n');
  it('applies to the list it follows and to the lists below; 分别牵头 makes each a lead', () => {
    const convention = findConvention(text);
    expect(convention?.firstListedLeads).toBe(true);
    expect(findClauses(text, 0, convention).map((c) => [c.lead.map((u) => u.name), c.assist.map((u) => u.name)])).toEqual([
      [['市发改委'], ['市经信局', '市财政局']],
      [['市商务局'], ['市投资促进中心']],
      [['市商务局', '市文旅局'], []],
    ]);
  });
});
