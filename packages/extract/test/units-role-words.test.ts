/**
 * One list of role words for clauses, unit labels and table columns (clause.ts LEAD_WORDS,
 * ASSIST_WORDS): a word that makes a unit assist in one place does so in the others. Before the
 * lists were one, "参加单位：" was no unit label and a "协同单位" column no unit column, and their
 * units were lost. Made-up documents.
 */
import { extractRegistry, findClauses } from '@policyc/extract';
import { parsePolicy } from '@policyc/parse';
import { describe, expect, it } from 'vitest';

const roles = (text: string) => findClauses(text).map((c) => ({ lead: c.lead.map((u) => u.name), assist: c.assist.map((u) => u.name) }));

describe('role words', () => {
  it('read a 参加单位 label as assisting, as a 参加 column is', () => {
    expect(roles('1.推进养老服务。（牵头单位：市民政局；参加单位：市财政局、市卫生健康委）')).toEqual([
      { lead: ['市民政局'], assist: ['市财政局', '市卫生健康委'] },
    ]);
  });

  it('read a 协同单位 column as assisting, as a 协同单位 label is', () => {
    const text = [
      '关于推进养老服务的实施方案',
      '',
      '| 序号 | 重点任务 | 牵头单位 | 协同单位 |',
      '| --- | --- | --- | --- |',
      '| 1 | 建设社区养老服务中心 | 市民政局 | 市财政局 |',
      '| 2 | 培育养老护理队伍 | 市人力资源社会保障局 | 市卫生健康委 |',
      '',
    ].join('\n');
    const tasks = extractRegistry(parsePolicy(text).tree, text).tasks.map((t) => ({ path: t.path, lead: t.lead, assist: t.assist }));
    expect(tasks).toEqual([
      { path: '1', lead: ['市民政局'], assist: ['市财政局'] },
      { path: '2', lead: ['市人力资源社会保障局'], assist: ['市卫生健康委'] },
    ]);
    expect(roles('（牵头单位：市民政局；协同单位：市财政局）')).toEqual([{ lead: ['市民政局'], assist: ['市财政局'] }]);
  });
});

describe('column headers that say what the column covers or what its units do', () => {
  it('read 总牵头单位, 考核配合单位 and 负责考核部门 as columns of units', () => {
    const tasks = (text: string) => extractRegistry(parsePolicy(text).tree, text).tasks.map((t) => [t.lead, t.assist, t.responsible]);
    const scoped = ['某县年度工作绩效考核项目表', '', '| 序号 | 考核项目 | 总牵头单位 | 考核配合单位 |', '| --- | --- | --- | --- |', '| 1 | 重点工作推进 | 县委办 | 县考核办 |', ''].join('\n');
    expect(tasks(scoped)).toEqual([[['县委办'], ['县考核办'], []]]);
    const assessed = ['某县河长制工作考核细则', '', '| 序号 | 考核项目 | 负责考核部门 |', '| --- | --- | --- |', '| 1 | 河道保洁 | 县水利局 |', '| 2 | 宣传教育 | 县委宣传部、县教育局 |', ''].join('\n');
    expect(tasks(assessed)).toEqual([[['县水利局'], [], []], [[], [], ['县委宣传部', '县教育局']]]);
  });
  it('read 涉及部门 as a column of units answerable for the row (the clause rules give the roles)', () => {
    const tasks = (text: string) => extractRegistry(parsePolicy(text).tree, text).tasks.map((t) => [t.lead, t.assist, t.responsible]);
    const text = ['某市校园安全职责分工', '', '| 序号 | 涉及部门 | 职责分工 |', '| --- | --- | --- |', '| 1 | 市教育局 | 负责校园安全管理。 |', '| 2 | 市公安局、市消防救援支队 | 负责校园周边治安和消防检查。 |', ''].join('\n');
    expect(tasks(text)).toEqual([[['市教育局'], [], []], [[], [], ['市公安局', '市消防救援支队']]]);
  });
  it('near miss: a scope or a doing with no role word names no units answerable (工作单位, 考核单位)', () => {
    const text = ['某县河长名单及工作任务', '', '| 序号 | 工作任务 | 工作单位 | 考核单位 |', '| --- | --- | --- | --- |', '| 1 | 统筹全县河长制工作 | 县人民政府 | 县考核办 |', ''].join('\n');
    expect(extractRegistry(parsePolicy(text).tree, text).tasks.flatMap((t) => [...t.lead, ...t.assist, ...t.responsible])).toEqual([]);
  });
  it('near miss: a column of officials or of a measure is no column of units', () => {
    const text = ['某县工作任务表', '', '| 序号 | 重点任务 | 责任领导 | 计量单位 |', '| --- | --- | --- | --- |', '| 1 | 河道保洁 | 张某某 | 公里 |', ''].join('\n');
    expect(extractRegistry(parsePolicy(text).tree, text).tasks.flatMap((t) => [...t.lead, ...t.assist, ...t.responsible])).toEqual([]);
  });
});
