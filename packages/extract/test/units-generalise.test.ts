/**
 * Mechanisms behind unseen documents' clauses: a unit label starts a field wherever it stands, the
 * first-listed-leads convention read by a small grammar and scoped to the text where it stands,
 * a table set one cell a line keyed by its header (a unit cell broken over lines), role nouns as
 * no role verbs, and conditional clauses that no earlier actor goes on past. Made-up excerpts.
 */
import { describe, expect, it } from 'vitest';
import { findClauses, findConvention } from '@policyc/extract';
import { findDuties } from '../src/units/index.js';
import { compile } from 'policyc';

const roles = (text: string, convention?: ReturnType<typeof findConvention>) =>
  findClauses(text, 0, convention).map((c) => ({ lead: c.lead.map((u) => u.name), assist: c.assist.map((u) => u.name), responsible: c.responsible.map((u) => u.name), form: c.form }));

describe('two labelled fields in one bracket, nothing between them but spaces', () => {
  it.each([
    ['two spaces', '（牵头单位：县商务局  责任单位：县财政局、县市场监管局）'],
    ['one space', '（牵头单位：县商务局 责任单位：县财政局、县市场监管局）'],
    ['none', '（牵头单位：县商务局责任单位：县财政局、县市场监管局）'],
  ])('%s', (_, clause) => {
    expect(roles(`1.优化营商环境。${clause}`)).toEqual([{ lead: ['县商务局'], assist: ['县财政局', '县市场监管局'], responsible: [], form: 'clause' }]);
  });
});

describe('the first-listed-leads convention as a grammar', () => {
  it.each([
    ['列第一位者为工作牵头单位或汇总单位'],
    ['排在首位的单位为牵头单位'],
    ['排名第一的部门为牵头部门'],
    ['列第一位的为牵头或汇总单位'],
  ])('%s', (statement) => {
    expect(findConvention(`各项任务中，${statement}，下同。`)?.firstListedLeads).toBe(true);
  });

  it('holds for the clause whose note states it, and for those after it', () => {
    const text = '1.扩大投资。\n责任单位：区发改局、区财政局（列第一位者为工作牵头单位或汇总单位，下同）\n2.稳定就业。\n责任单位：区人社局、区教育局\n';
    expect(roles(text).map((r) => [r.lead, r.assist])).toEqual([[['区发改局'], ['区财政局']], [['区人社局'], ['区教育局']]]);
  });

  it('does not hold for clauses before it, nor past the attachment where it stands', () => {
    const text = [
      '附件1', '重点工作分工', '一、扩大投资（区发改局、区财政局负责）',
      '二、稳定就业（区人社局、区教育局负责）（列第一位者为牵头单位，下同）',
      '附件2', '民生实事分工', '一、改造老旧小区（区住建局、区财政局负责）', '',
    ].join('\n');
    const convention = findConvention(text);
    expect(roles(text, convention).map((r) => [r.lead, r.responsible])).toEqual([
      [[], ['区发改局', '区财政局']],
      [['区人社局'], []],
      [[], ['区住建局', '区财政局']],
    ]);
  });
});

describe('a convention stated in a note under what it annotates', () => {
  it('holds for the whole attached text above it, not from the note on', () => {
    const text = [
      '某县人民政府办公室关于印发重点工作任务分工的通知', '各乡镇人民政府：', '现将任务分工印发给你们。',
      '附件', '重点工作任务分工', '一、扩大有效投资（县发改局、县财政局负责）', '二、稳定就业（县人社局、县教育局负责）',
      '注：列第一位的为牵头单位。', '',
    ].join('\n');
    const convention = findConvention(text);
    expect(roles(text, convention).map((r) => [r.lead, r.assist])).toEqual([[['县发改局'], ['县财政局']], [['县人社局'], ['县教育局']]]);
  });

  it('near miss: a statement inside running text still holds from where it stands', () => {
    const text = '一、扩大有效投资（县发改局、县财政局负责）\n二、稳定就业。各项任务中列第一位的为牵头单位。\n三、改造小区（县住建局、县财政局负责）\n';
    const convention = findConvention(text);
    expect(roles(text, convention).map((r) => [r.lead, r.responsible])).toEqual([[[], ['县发改局', '县财政局']], [['县住建局'], []]]);
  });
});

describe('a table set one cell a line, keyed by its header, without a 序号 column', () => {
  it('joins a unit cell broken over lines, and reads the row\'s roles by column', () => {
    const text = ['牵头单位', '', '目 标 任 务', '', '责 任 单 位', '', '县政', '', '府办', '', '公室', '', '加强政务公开，办好人大代表建议和政协提案', '', '县直各单位', ''].join('\n');
    expect(roles(text)).toEqual([{ lead: ['县政府办公室'], assist: ['县直各单位'], responsible: [], form: 'table' }]);
  });

  it('reads nothing when the header has no unit column', () => {
    expect(roles(['目 标 任 务', '完成时限', '加强政务公开', '年底前', ''].join('\n'))).toEqual([]);
  });
});

describe('role nouns and conditions in running text', () => {
  const duties = (text: string) => findDuties(text).map((d) => ({ lead: d.lead.map((u) => u.name), assist: d.assist.map((u) => u.name), text: d.text }));

  it('a role noun with no role verb in its sentence assigns nothing, and its actor does not go on past a condition', () => {
    expect(duties('涉及多部门工作的，牵头部门要加大协调力度。需要分县落实的，要及时下达任务，加强指导和调度。')).toEqual([]);
  });

  it('a role noun beside a role verb still names the units', () => {
    expect(duties('涉及多个部门的工作，牵头部门要加强协调，配合部门要积极配合。')).toHaveLength(1);
  });

  it('a subject goes on acting in later clauses with no condition between', () => {
    expect(duties('县民政局要加强统筹，负责制定实施细则。')).toEqual([{ lead: ['县民政局'], assist: [], text: '县民政局要加强统筹，负责制定实施细则' }]);
  });
});

describe('a notice republished under a page title', () => {
  it('takes the notice\'s own title, the one the 发文字号 follows, over the page title', () => {
    const text = ['某市民生实事实施方案', '发布时间：2019-03-01 来源：市政府办公室', '某市人民政府办公室关于印发《某市民生实事实施方案》的通知', '某府办〔2019〕3号', '各区人民政府：', '一、总体要求', ''].join('\n');
    expect(compile({ path: 'notice.txt', value: text }).registry.document).toMatchObject({
      title: '某市人民政府办公室关于印发《某市民生实事实施方案》的通知',
      docNumber: '某府办〔2019〕3号',
    });
  });
});
