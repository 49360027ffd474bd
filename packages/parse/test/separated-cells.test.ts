/**
 * A task table flattened one cell a line with the page's column separator left on every cell
 * ("序号 |", "1 |", "县财政局 |", "|" alone for an empty cell): the cell-a-line layout, the "|"
 * being the table's, not the cell's. Made-up rows in the style of a 重点工作责任清单, with
 * near-misses: a Markdown pipe table, and prose lines that happen to end in "|".
 */
import { parsePolicy, type Section, type TableCell } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { expectValidTree } from '../../../test/support/tree-invariants.js';
import { sections } from '../../../test/support/sections.js';

const parse = (text: string) => {
  const { tree } = parsePolicy(text, {});
  expectValidTree(tree, text);
  return sections(tree);
};
const cells = (s: Section | undefined) => s?.row?.cells.map((c: TableCell) => `${c.column}=${c.value}`);

const table = [
  '某镇2024年重点工作责任清单',
  '序号 |',
  '重点工作 |',
  '分管领导 |',
  '责任单位 |',
  '完成时限 |',
  '1 |',
  '实施通组道路硬化工程，全年完成硬化道路12公里。 |',
  '李副镇长 |',
  '镇农业服务中心、镇财政所 |',
  '10月底前 |',
  '2 |',
  // A cell whose separator the page lost, and an empty cell: a line with only its separator.
  '推进集镇污水管网改造，新建管网3公里',
  '|',
  '镇规划建设办 |',
  '全年 |',
  '3 |',
  '开展农村人居环境整治 |',
  '王五 |',
  '镇生态环境办|',
  '年内 |',
].join('\n');

describe('a cell-a-line table whose cells each end with the column separator', () => {
  const rows = parse(table);

  it('every numbered row is a heading titled by its task cell, without the separator', () => {
    expect(rows.map((s) => `${s.marker} ${s.title}`)).toEqual([
      '1 实施通组道路硬化工程，全年完成硬化道路12公里。',
      '2 推进集镇污水管网改造，新建管网3公里',
      '3 开展农村人居环境整治',
    ]);
  });

  it('the cells are read against the header, the separator no part of any', () => {
    expect(cells(rows[0])).toEqual(['序号=1', '重点工作=实施通组道路硬化工程，全年完成硬化道路12公里。', '分管领导=李副镇长', '责任单位=镇农业服务中心、镇财政所', '完成时限=10月底前']);
    expect(cells(rows[1])).toEqual(['序号=2', '重点工作=推进集镇污水管网改造，新建管网3公里', '责任单位=镇规划建设办', '完成时限=全年']);
    expect(cells(rows[2])).toEqual(['序号=3', '重点工作=开展农村人居环境整治', '分管领导=王五', '责任单位=镇生态环境办', '完成时限=年内']);
  });

  it('positions stay against the original text', () => {
    for (const s of rows) {
      for (const c of s.row!.cells) expect(table.slice(c.position.start.offset, c.position.end.offset)).toBe(c.value);
    }
  });
});

describe('near-misses stay as they were', () => {
  it('a Markdown pipe table is still read by its pipes', () => {
    const md = ['某县任务分工表', '', '| 序号 | 重点任务 | 责任单位 |', '|---|---|---|', '| 1 | 建设智慧停车平台 | 县交通运输局 |', '| 2 | 改造农贸市场 | 县商务局 |'].join('\n');
    const rows = parse(md);
    expect(rows.map((s) => `${s.marker} ${s.title}`)).toEqual(['1 建设智慧停车平台', '2 改造农贸市场']);
    expect(cells(rows[1])).toEqual(['序号=2', '重点任务=改造农贸市场', '责任单位=县商务局']);
  });

  it('prose lines ending in "|" with no 序号 header are no table', () => {
    const prose = ['一、工作目标 |', '到2025年，建成美丽乡村示范点10个。 |', '二、保障措施', '1 |', '各单位要加强组织领导。 |'].join('\n');
    const rows = parse(prose);
    expect(rows.some((s) => s.row !== undefined)).toBe(false);
    expect(rows.map((s) => s.marker)).toEqual(['一、', '二、']);
  });

  it('a 序号 header whose lines are followed by no numbered row is no table', () => {
    const rows = parse(['某县工作安排', '序号 |', '重点工作 |', '责任单位 |', '请各单位按要求报送材料。 |'].join('\n'));
    expect(rows.some((s) => s.row !== undefined)).toBe(false);
  });
});

describe('a single-spaced table whose row wrapped its cells onto lines of their own', () => {
  const wrapped = [
    '某区2023年政府工作报告重点工作任务分解表',
    '序号 重点工作任务 主要责任单位 协同配合单位 完成期限',
    '5 新培育科技型中小企业50家以上。 区科技局 区经信局、区财政局等区政府有关部门。 2023年12月底',
    '6 推动科技园区提档升级，支持园区申报省级科技成果产业化基地。 区科技局',
    '区商务局',
    '区经开区管委会',
    '区发改委、区农业农村局。 2023年12月底',
    '7 引导企业增加研发投入，全社会研发支出增长15%以上。 区科技局 区经信局。 2023年12月底',
  ].join('\n');

  it('the lines after a row\'s first go on with the cell it ended in; its last line fills the last columns', () => {
    const rows = parse(wrapped).filter((s) => s.row);
    expect(rows.map((s) => s.marker)).toEqual(['5', '6', '7']);
    expect(cells(rows[1])?.map((c) => c.replace(/\s+/gu, ' '))).toEqual([
      '序号=6', '重点工作任务=推动科技园区提档升级，支持园区申报省级科技成果产业化基地。', '主要责任单位=区科技局 区商务局 区经开区管委会', '协同配合单位=区发改委、区农业农村局。', '完成期限=2023年12月底',
    ]);
    expect(cells(rows[2])).toEqual(['序号=7', '重点工作任务=引导企业增加研发投入，全社会研发支出增长15%以上。', '主要责任单位=区科技局', '协同配合单位=区经信局。', '完成期限=2023年12月底']);
  });

  it('near miss: a heading, or the header set again, before the next row\'s number is no cell going on', () => {
    const lines = wrapped.split('\n');
    const headed = [...lines.slice(0, 3), '各单位要按照分工抓好落实。', '二、民生实事', '序号 实事项目 责任单位 完成期限', '6 新建学校2所。 区教育局 2023年12月底', '7 新增托位300个。 区卫生健康委 2023年12月底'].join('\n');
    const read = parse(headed);
    expect(read.map((s) => s.marker)).toEqual(['5', '二、', '6', '7']);
    expect(cells(read[0])?.at(-1)).toBe('完成期限=2023年12月底');
    expect(cells(read[2])?.[2]).toBe('责任单位=区教育局');
    const repeated = [...lines.slice(0, 3), lines[1]!, ...lines.slice(7)].join('\n');
    expect(parse(repeated).map((s) => `${s.marker} ${cells(s)?.at(-1)}`)).toEqual(['5 完成期限=2023年12月底', '7 完成期限=2023年12月底']);
  });

  it('near miss: lines after the last row with no next row\'s number are the text after the table', () => {
    const after = [...wrapped.split('\n').slice(0, 3), '各单位要按照分工抓好落实。', '二、保障措施', '加强督查考核。'].join('\n');
    const read = parse(after);
    expect(read.filter((s) => s.row).map((s) => s.marker)).toEqual(['5']);
    expect(cells(read.find((s) => s.row))?.at(-1)).toBe('完成期限=2023年12月底');
  });
});
