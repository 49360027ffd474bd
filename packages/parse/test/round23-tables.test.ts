/**
 * Round 23: task tables set one cell a line whose merged cells leave rows short — a kind column
 * before the task column, the leader's and the deadline's cells written once for several rows, a
 * header cell wrapped onto a line of its own. Made-up tables in the style of a county bureau's
 * yearly task list (held-out probe 136 showed the form; none of its text is used here).
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';
import { parsePolicy, type TableCell } from '@policyc/parse';
import { sections } from '../../../test/support/sections.js';
import { expectValidTree } from '../../../test/support/tree-invariants.js';
import { tasksWithUnits as tasks } from '../../../test/support/tasks.js';

const outline = (text: string) => compile({ path: 'p.txt', value: text }).registry.sections.map((s) => `${s.path} ${s.title}`);

const HEADER = ['某县文化和旅游局2023年重点工作任务分解表', '序号', '指标', '工作任务', '完成时限', '责任领导', '责任股室', '(单位)', '备注'];
const TABLE = [
  ...HEADER,
  '1', '公共文化服务', '全年开展文化惠民演出不少于80场。', '12月底前', '王某', '文化股',
  '2', '推进县图书馆总分馆制建设。',
  '3', '文化产业', '培育规模以上文化企业2家。',
  '4', '旅游发展', '完成旅游厕所改造任务,办好2023年油菜花节。', '5月底', '李某', '旅游股',
  '5', '开展旅游市场秩序专项整治。',
].join('\n');

describe('a cell-a-line task table whose merged cells leave rows short', () => {
  it('the task column names each row, the kind column before it sorting the rows; a task naming a year is no deadline', () => {
    expect(outline(TABLE)).toEqual([
      '1 全年开展文化惠民演出不少于80场。',
      '2 推进县图书馆总分馆制建设。',
      '3 培育规模以上文化企业2家。',
      '4 完成旅游厕所改造任务,办好2023年油菜花节。',
      '5 开展旅游市场秩序专项整治。',
    ]);
    expectValidTree(parsePolicy(TABLE).tree, TABLE);
  });

  it('a header cell\'s note wrapped onto its own line ("责任股室" / "(单位)") is no column; the sections a 股室 column names are its units', () => {
    const read = tasks(TABLE);
    expect(read).toContain('1 table 文化股//');
    expect(read).toContain('4 table 旅游股//');
  });

  it('near misses: a kind column with no task column after it names its rows; a section word outside a column of sections names no unit', () => {
    const indicators = ['某县2023年主要指标分解表', '序号', '指标', '目标任务', '责任单位', '1', '地区生产总值增速', '增长6%', '县发改局', '2', '一般公共预算收入', '5亿元', '县财政局'].join('\n');
    expect(outline(indicators)).toEqual(['1 地区生产总值增速', '2 一般公共预算收入']);
    const units = ['某县2023年重点工作任务分解表', '序号', '工作任务', '完成时限', '责任单位', '1', '开展旅游市场秩序专项整治。', '12月底前', '旅游股'].join('\n');
    expect(tasks(units)).not.toContain('1 table 旅游股//');
  });
});

describe('near misses from the review: what the merged-cell reading must leave as it was', () => {
  it('an indicator table names its rows by the indicator, measures and goals beside it', () => {
    const text = ['某县2023年主要指标分解表', '序号', '指标', '2025年目标', '主要措施', '责任单位', '1', '地区生产总值年均增速', '6.5%', '加快重大项目建设，培育新增长点。', '县发改局'].join('\n');
    expect(outline(text)).toEqual(['1 地区生产总值年均增速']);
    const measuresFirst = ['某县2023年主要指标分解表', '序号', '指标', '主要措施', '2025年目标', '责任单位', '1', '地区生产总值年均增速', '加快重大项目建设，培育新增长点。', '6.5%', '县发改局'].join('\n');
    expect(outline(measuresFirst)).toEqual(['1 地区生产总值年均增速']);
  });

  it('a column of places keeps its levels in brackets ("各县（市、区）"), and its places answer for their rows', () => {
    const text = ['某市2023年目标分解表', '| 序号 | 各县（市、区） | 2025年目标（万元） |', '|---|---|---|', '| 1 | 甲县 | 500 |', '| 2 | 乙县 | 600 |'].join('\n');
    expect(tasks(text)).toEqual(['1 table 甲县//', '2 table 乙县//']);
  });

  it('a deadline\'s cell that opens with its date stays the deadline, however long', () => {
    const text = ['某县2023年重点工作任务分解表', '序号', '工作任务', '完成时限', '责任单位', '1', '推进老旧小区改造。', '2023年6月底前完成实施方案制定，2023年12月底前完成全部验收工作', '县住建局'].join('\n');
    expect(outline(text)).toEqual(['1 推进老旧小区改造。']);
    expect(tasks(text)).toEqual(['1 table 县住建局//']);
    expect(compile({ path: 'p.txt', value: text }).registry.tasks[0]?.deadline?.text).toBe('2023年6月底前完成实施方案制定，2023年12月底前完成全部验收工作');
  });

  it('the header repeated where the page broke, its note on a line of its own, is no row\'s cells; a catch-all over sections is no unit', () => {
    const text = [...HEADER, '1', '公共文化服务', '全年开展文化惠民演出不少于80场。', '12月底前', '王某', '文化股', ...HEADER.slice(1), '2', '开展文化市场整治。', '各股'].join('\n');
    const read = tasks(text);
    expect(read.some((t) => t.includes('责任股室'))).toBe(false);
    expect(read.some((t) => t.includes('各股'))).toBe(false);
  });
});


describe('a pipe table\'s row whose last cells a line break inside a cell carried onto the next line', () => {
  const text = [
    '某市林业局2021年重点任务落实情况',
    '序号 | 主要任务 | 牵头单位 | 协同单位 | 工作进度 | 落实情况 | 下步措施 | 联系人 |',
    '12 | 加大湿地保护力度。 | 市林业局 | 市水利局、市生态环境局 | 序时推进 | 完成湿地修复600亩。 |',
    '市级资金尚未安排。 | 王某 |',
    '25 | 开展国土绿化行动，新增造林3万亩。 | 市林业局 | 各县区政府 | 已完成 | 完成人工造林5.9万亩。 | 持续推进。 | 李某 |',
  ].join('\n');

  it('the carried cells close the row, and the table goes on to the next row, its number where the full list had it', () => {
    expect(outline(text)).toEqual(['1 加大湿地保护力度。', '2 开展国土绿化行动，新增造林3万亩。']);
    expect(tasks(text)).toEqual(['1 table 市林业局/市水利局|市生态环境局/', '2 table 市林业局/各县区政府/']);
    const { tree } = parsePolicy(text);
    expectValidTree(tree, text);
    const first = sections(tree)[0];
    expect(first?.row?.cells.slice(-2).map((c: TableCell) => `${c.column}=${c.value.trim()}`)).toEqual(['下步措施=市级资金尚未安排。', '联系人=王某']);
  });

  it('near miss: a line of two cells under a complete row ends the table', () => {
    const complete = [text.split('\n')[0], text.split('\n')[1], '12 | 加大湿地保护力度。 | 市林业局 | 市水利局 | 序时推进 | 完成湿地修复。 | 持续推进。 | 王某 |', '附表说明 | 见下 |', '25 | 开展国土绿化行动。 | 市林业局 | 各县区政府 | 已完成 | 完成造林。 | 持续推进。 | 李某 |'].join('\n');
    expect(outline(complete)).toEqual(['1 加大湿地保护力度。']);
  });
});
