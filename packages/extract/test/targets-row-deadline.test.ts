/**
 * A 任务分工 table's deadline column ties the goals a row states to its year, as a lead-in ties
 * a paragraph's; a goal that names a year of its own keeps it, and a row whose deadline names no
 * year ("全年", "长期") gives none. Made-up rows.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';

const targets = (text: string) => compile(text).registry.targets.map((t) => ({ path: t.path, value: t.value, deadline: t.deadline }));

describe('a table row\'s deadline column', () => {
  const text = [
    '某县关于印发社会救助重点任务分工方案的通知',
    '序号', '工作任务', '责任单位', '完成时限',
    '1', '城乡低保标准年均提高10%以上', '县民政局', '2026年12月底前',
    '2', '新建敬老院3所，到2027年护理型床位占比达到55%', '县民政局、县财政局', '2026年底前',
    '3', '培训基层经办人员200人次', '县人社局', '长期坚持',
  ].join('\n');

  it('dates the goals of its row that state no time of their own', () => {
    expect(targets(text)).toEqual([
      { path: '1', value: 10, deadline: '2026' },
      { path: '2', value: 3, deadline: '2026' },
      { path: '2', value: 55, deadline: '2027' },
      { path: '3', value: 200, deadline: null },
    ]);
  });
});

describe("a task column headed by the year's tasks", () => {
  const table = (column: string) => [
    '某市设备更新任务清单',
    `| 序号 | 领域 | ${column} | 牵头责任部门 |`,
    '| --- | --- | --- | --- |',
    '| 1 | 工业 | 组织实施技术改造项目1000个以上。 | 市工信局 |',
    '| 2 | 新建绿色工厂10家。 | 市工信局、市发改委 |',
  ].join('\n');

  it('"2024年推进任务": the tasks\' figures are goals due that year, a row short of its merged cell included', () => {
    expect(targets(table('2024年推进任务'))).toEqual([{ path: '1', value: 1000, deadline: '2024' }, { path: '2', value: 10, deadline: '2024' }]);
  });

  it('near miss: a task column naming no year leaves the goals undated', () => {
    expect(targets(table('推进任务')).map((t) => t.deadline)).toEqual([null, null]);
  });
});

describe("the text after an indicator table, set a cell a paragraph", () => {
  const plan = [
    '二、总体要求', '（三）主要目标', '到2025年，应急管理体系更加完善。',
    '序号', '指　　标', '预期值', '属性',
    '1', '生产安全事故死亡人数', '下降15%', '约束性',
    '2', '重特大生产安全事故起数', '下降20%', '约束性',
    '县级以上应急管理部门行政执法装备配备达标率达到80%。',
    '三、主要任务', '（一）完善体制。市应急管理局负责。',
  ].join('\n\n');

  it("is the table's section's: its goals are there, due by the section's lead-in", () => {
    expect(targets(plan)).toEqual([
      { path: '1.1.1', value: 15, deadline: '2025' },
      { path: '1.1.2', value: 20, deadline: '2025' },
      { path: '1.1', value: 80, deadline: '2025' },
    ]);
  });
});

describe('a span in a section title beside the plan\'s own year', () => {
  it('the plan\'s year governs: "某市2024年重点工作任务分工方案" over "（2024—2026年）"', () => {
    const text = '某市2024年重点工作任务分工方案\n一、推进城市更新\n（一）实施城市更新三年行动计划（2024—2026年）\n完成老旧小区改造50个。\n';
    expect(targets(text).map((t) => t.deadline)).toEqual(['2024']);
  });
});

describe('the text between a table and a later subsection of its section', () => {
  it('is the section\'s: its goal is read there', () => {
    const plan = [
      '一、主要目标', '到2025年，应急管理体系更加完善。',
      '序号', '指　　标', '预期值', '属性',
      '1', '生产安全事故死亡人数', '下降15%', '约束性',
      '县级以上应急管理部门行政执法装备配备达标率达到80%，市应急管理局负责。',
      '（一）体制目标', '到2025年，应急管理综合行政执法覆盖率达到95%。',
    ].join('\n\n');
    expect(targets(plan).map((t) => `${t.path} ${t.value} ${t.deadline}`)).toEqual(['1.1 15 2025', '1 80 2025', '1.2 95 2025']);
  });
});
