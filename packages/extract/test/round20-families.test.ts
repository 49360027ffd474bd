/**
 * Families first met on documents the compiler had never seen (round 20's probes: civil affairs,
 * employment and social security, trade, forestry and water, rule of law, finance). Made-up text
 * in the style of such documents, each with a near miss that must not fire.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { tasksWithUnits as tasks } from '../../../test/support/tasks.js';

/** The targets of a document: path, value, unit, comparator, deadline. */
const targets = (text: string) =>
  compile({ path: 'p.txt', value: text }).registry.targets.map((t) => `${t.path} ${t.value ?? `${t.min}-${t.max}`} ${t.unit} ${t.comparator} ${t.deadline ?? '-'}`);

describe('a labelled bracket inside a sentence: a paragraph listing its tasks, each closed by its units', () => {
  const plan = (paragraph: string) => ['某县乡村人才振兴工作方案', '一、重点任务', `（一）培育乡村人才。${paragraph}`, '（二）加强组织保障。各单位要高度重视。'].join('\n');

  it('"…评选（责任单位：A、B），依托…（责任单位：C），…": each bracket is a clause, wherever it stands', () => {
    expect(tasks(plan('开展乡村人才评选（责任单位：县人社局、县农业农村局），依托职业学校培养涉农专业学生50名（责任单位：县教育局），组织科技人才下乡300人次（牵头单位：县科技局），为乡村振兴提供人才支撑。')))
      .toEqual(['1.1 clause //县人社局|县农业农村局', '1.1 clause 县教育局//', '1.1 clause 县科技局//']);
  });

  it('near miss: a bare list or a note in brackets inside a sentence is no clause ("（县人社局）", "（负责人：张某）")', () => {
    expect(tasks(plan('开展乡村人才评选（县人社局、县农业农村局），依托职业学校培养学生（负责人：张某），为乡村振兴提供人才支撑。'))).toEqual([]);
  });

  it('near misses: a labelled bracket after a cited title, or inside a phrase, annotates that title or phrase', () => {
    expect(tasks(plan('按照《某市人才振兴行动方案》（牵头单位：市人社局）部署，结合我县实际开展工作。'))).toEqual([]);
    expect(tasks(plan('建立由县人社局、县教育局（牵头单位：县人社局）等组成的联席会议制度。')).filter((t) => t.includes('clause'))).toEqual([]);
  });
});

describe('a table set a row a line, its cells parted by spaces, under a header with a unit column', () => {
  const notice = (...table: string[]) => ['各区县人民政府：', '现将目标任务分解表下发给你们，请认真执行。', '二○二四年一月二十日', '附件1：', '2024年区县外经贸目标任务分解表', '金额单位：万美元', ...table].join('\n');

  it('"责任单位 出口目标 外资目标" over "某某区 1900 300": each row is a task of the attachment, its unit leading', () => {
    expect(tasks(notice('责任单位 外贸出口目标 实到外资目标', '甲山区 1900 300', '乙水县 2000 1000', '丙平市 150 100')))
      .toEqual(['1 table 甲山区//', '1 table 乙水县//', '1 table 丙平市//']);
  });

  it('each figure in a column of goals is a target in the table\'s unit ("金额单位：万美元", or the header\'s "（万美元）")', () => {
    expect(targets(notice('责任单位 外贸出口目标 实到外资目标', '甲山区 1900 300', '乙水县 2000 1000')))
      .toEqual(['1 1900 万美元 eq 2024', '1 2000 万美元 eq 2024', '1 300 万美元 eq 2024', '1 1000 万美元 eq 2024']);
    // near misses: a column of present values, and a table without a unit, set no goal
    expect(targets(notice('责任单位 实际完成指标 外贸出口目标(亿元)', '甲山区 1800 19', '乙水县 1900 21'))).toEqual(['1 19 亿元 eq 2024', '1 21 亿元 eq 2024']);
    expect(targets(notice('责任单位 外贸出口目标 实到外资目标', '甲山区 1900 300').replace('金额单位：万美元\n', ''))).toEqual([]);
  });

  it('each row\'s task is its own line; a row of totals names no unit; the table ends at a blank line (the signature under it is no row)', () => {
    const rows = (text: string) => compile({ path: 'p.txt', value: text }).registry.tasks.filter((t) => t.form === 'table').map((t) => `${t.lead.join('|')}: ${t.text.split('\n').at(-1)}`);
    expect(rows(notice('责任单位 外贸出口目标 实到外资目标', '全市合计 4050 1400', '甲山区 1900 300', '乙水县 2000 1000', '', '某市人民政府 2024年1月20日')))
      .toEqual(['甲山区: 甲山区 1900 300', '乙水县: 乙水县 2000 1000']);
    expect(rows(['一、重点任务', '（一）明确责任。', '责任单位 目标任务', '县应急局 负责全县安全生产监管', '县住建局 负责建筑施工安全'].join('\n')))
      .toEqual(['县应急局: 县应急局 负责全县安全生产监管', '县住建局: 县住建局 负责建筑施工安全']);
  });

  it('near miss: a row whose unit cell names no unit ("各地要认真落实 1900 300") ends the table', () => {
    expect(tasks(notice('责任单位 外贸出口目标 实到外资目标', '各地要认真落实 1900 300'))).toEqual([]);
  });
});

describe('a table dividing figures among places ("县（市）" over "某某市"): each row is its place\'s', () => {
  const division = (...rows: string[]) => ['某州人民政府关于下达全州2021年能耗强度目标任务的通知', '各县（市）人民政府：', '确定2021年全州各县（市）能耗强度目标任务如下：', '序号', '县(市)', '单位GDP能耗降低率目标任务(%)', ...rows].join('\n');

  it('rows titled by their place, the place leading, its figure a target in the header\'s unit', () => {
    const text = division('1', '甲吉市', '3.4', '2', '乙春市', '3.2', '3', '丙清县', '3.0');
    expect(tasks(text)).toEqual(['1 table 甲吉市//', '2 table 乙春市//', '3 table 丙清县//']);
    expect(targets(text)).toEqual(['1 3.4 % eq 2021', '2 3.2 % eq 2021', '3 3 % eq 2021']);
  });

  it('near misses: a row of the whole ("全州") names no place; a task table\'s rows keep their task for a title', () => {
    expect(tasks(division('1', '全州', '3.4', '2', '乙春市', '3.2'))).toEqual(['2 table 乙春市//']);
    const tasksTable = ['某县重点任务分解表', '序号', '工作任务', '责任单位', '1', '推进节能改造', '县发改局', '2', '加强能耗监测', '县统计局'].join('\n');
    expect(compile({ path: 'p.txt', value: tasksTable }).registry.sections.map((s) => s.title)).toEqual(['推进节能改造', '加强能耗监测']);
  });
});

describe('a timing note before the units in a clause ("（2024年底前完成，责任单位：县人社局）")', () => {
  const plan = (...items: string[]) => ['某县乡村人才振兴工作方案', '一、重点任务', ...items].join('\n');

  it('the note is the clause\'s deadline, the units after it the clause\'s', () => {
    const text = plan('（一）培育人才。开展乡村人才评选（2024年底前完成，责任单位：县人社局）。', '（二）加强培训。组织技能培训（2025年6月底前，牵头单位：县教育局，配合单位：县财政局）。');
    expect(tasks(text)).toEqual(['1.1 clause 县人社局//', '1.2 clause 县教育局/县财政局/']);
    expect(compile({ path: 'p.txt', value: text }).registry.tasks.map((t) => t.deadline?.text ?? null)).toEqual(['2024年底前', '2025年6月底前']);
  });

  it('near miss: a bracket that is only a timing note, or a note before words that name no unit, is no clause', () => {
    expect(tasks(plan('（一）培育人才。开展乡村人才评选（2024年底前完成）。', '（二）加强培训。组织技能培训（2025年6月底前，视情况分批开展）。'))).toEqual([]);
  });
});

