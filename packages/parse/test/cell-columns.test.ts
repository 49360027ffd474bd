/**
 * A table flattened one cell a line whose rows do not have one line per column: empty cells
 * dropped, a merged cell broken over lines, a group column before 序号. The row's lines are
 * aligned to the header's columns by what they look like. Made-up 任务清单 in the style of a
 * county's assessment table, cells a blank line apart as a web page's table leaves them.
 */
import { alignCells, columnKind } from '../src/cells.js';
import { parsePolicy, type Section, type TableCell } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { expectValidTree } from '../../../test/support/tree-invariants.js';
import { sections } from '../../../test/support/sections.js';
import { fastest } from '../../../test/support/growth.js';

const parse = (text: string) => {
  const { tree } = parsePolicy(text, {});
  expectValidTree(tree, text);
  return sections(tree);
};
const cells = (s: Section | undefined) => s?.row?.cells.map((c: TableCell) => `${c.column}=${c.value.trim()}`);

const table = [
  '某县2022年城乡发展任务清单',
  '考核项目', '序号', '考核指标', '考核内容', '单位', '年度目标', '责任部门', '评分部门',
  '产业提质增效',
  '1', '推进特色产业发展', '特色产业产值增幅', '%', '≥5%', '县林业局', '县商务局', '市林业局市商务局',
  '2', '人均可支配收入', '元/人', '全市统筹', '县统计局', '市统计局',
  '3', '项目建设责任制', '-', '优秀', '县发展和改革局', '市发展改革委',
  '生态宜居',
  '4', '茶叶种植面积', '万亩', '1', '县林业局', '市林业局',
  '5', '建设示范基地', '0', '县林业局', '市林业局',
].join('\n\n');

describe('a cell-a-line table with 序号, many columns and missing cells', () => {
  const rows = parse(table);

  it('every numbered row is a heading titled by its name cell; group cells are no heading', () => {
    expect(rows.map((s) => `${s.path} ${s.title}`)).toEqual(['1 推进特色产业发展', '2 人均可支配收入', '3 项目建设责任制', '4 茶叶种植面积', '5 建设示范基地']);
  });

  it('a unit cell broken over two lines keeps both in the unit column; the last column keeps its own', () => {
    expect(cells(rows[0])).toEqual(['序号=1', '考核指标=推进特色产业发展', '考核内容=特色产业产值增幅', '单位=%', '年度目标=≥5%', '责任部门=县林业局', '责任部门=县商务局', '评分部门=市林业局市商务局']);
  });

  it('missing cells leave their columns empty rather than shifting the cells after them', () => {
    expect(cells(rows[1])).toEqual(['序号=2', '考核指标=人均可支配收入', '单位=元/人', '年度目标=全市统筹', '责任部门=县统计局', '评分部门=市统计局']);
    expect(cells(rows[4])).toEqual(['序号=5', '考核指标=建设示范基地', '年度目标=0', '责任部门=县林业局', '评分部门=市林业局']);
  });

  it('a group cell before a row is left out of the row above; a figure "1" in a goal cell opens no row', () => {
    expect(cells(rows[2])).toEqual(['序号=3', '考核指标=项目建设责任制', '单位=-', '年度目标=优秀', '责任部门=县发展和改革局', '评分部门=市发展改革委']);
    expect(cells(rows[3])).toEqual(['序号=4', '考核指标=茶叶种植面积', '单位=万亩', '年度目标=1', '责任部门=县林业局', '评分部门=市林业局']);
  });

  it('numbered prose without a 序号 header is no table', () => {
    const prose = '某县关于做好春耕的通知\n\n一、总体要求\n\n1\n\n抓好种子供应。\n\n县农业农村局\n\n2\n\n做好农资储备。\n';
    expect(parse(prose).map((s) => s.style)).not.toContain('row');
  });
});

describe('a cell-a-line table sorting its rows into kinds, its helpers column listing many units', () => {
  const rows = parse([
    '某区2024年民生实事任务分解方案',
    '序号', '事项分类', '事项名称', '项目内容', '牵头单位', '协同单位',
    '1', '教育提升工程', '新建一批学校', '新建中小学校3所。', '区教育局', '甲街道', '乙镇', '丙镇', '区发改局',
    '2', '改造学校食堂', '改造食堂12个。', '区教育局', '/',
    '3', '健康惠民工程', '新建卫生室', '新建村卫生室20家。', '区卫健局', '各乡镇(街道)',
  ].join('\n\n'));

  it('titles each row by its name, not by the kind its merged cell names', () => {
    expect(rows.map((s) => `${s.path} ${s.title}`)).toEqual(['1 新建一批学校', '2 改造学校食堂', '3 新建卫生室']);
  });

  it('a row without the kind\'s cell keeps its cells in their columns ("/", an empty cell, names no unit)', () => {
    expect(cells(rows[1])).toEqual(['序号=2', '事项名称=改造学校食堂', '项目内容=改造食堂12个。', '牵头单位=区教育局']);
  });

  it('the lead cell takes one unit, the helpers column the run after it', () => {
    expect(cells(rows[0])).toEqual(['序号=1', '事项分类=教育提升工程', '事项名称=新建一批学校', '项目内容=新建中小学校3所。', '牵头单位=区教育局', '协同单位=甲街道', '协同单位=乙镇', '协同单位=丙镇', '协同单位=区发改局']);
  });
});

describe('near miss: a 领域 column filled on every row', () => {
  const rows = parse([
    '某区2024年重点工作任务分解表',
    '序号', '领域', '重点任务', '责任单位', '完成时限',
    '1', '教育', '新建中小学校3所', '区教育局', '2024年底',
    '2', '卫生', '新建卫生室20家', '区卫健局', '2024年底',
  ].join('\n\n'));
  it('keeps every row\'s cells in their columns, the row named by its task', () => {
    expect(rows.map((s) => s.title)).toEqual(['新建中小学校3所', '新建卫生室20家']);
    expect(cells(rows[0])).toEqual(['序号=1', '领域=教育', '重点任务=新建中小学校3所', '责任单位=区教育局', '完成时限=2024年底']);
  });
});

describe('a header set as a row over rows set a cell a line', () => {
  const rows = parse(['某市校园安全职责分工', '序号 涉及部门 职责分工', '1', '市教育局', '负责校园安全管理。', '2', '市公安局', '负责校园周边治安。', ''].join('\n'));
  it('reads the header\'s cells from its row and the rows from their lines, each row named by its duties', () => {
    expect(rows.map((s) => `${s.path} ${s.title}`)).toEqual(['1 负责校园安全管理。', '2 负责校园周边治安。']);
    expect(cells(rows[1])).toEqual(['序号=2', '涉及部门=市公安局', '职责分工=负责校园周边治安。']);
  });
});

describe('alignCells', () => {
  const kinds = ['考核指标', '单位', '年度目标', '责任部门'].map(columnKind);

  it('reads a column\'s kind from its header', () => {
    expect(kinds).toEqual(['text', 'measure', 'figure', 'unit']);
    expect(columnKind('完成时限')).toBe('deadline');
  });

  it('pairs lines and columns one to one when they agree, and skips a column whose cell is missing', () => {
    expect(alignCells(['粮油产量', '万吨', '12', '县农业局'], kinds)).toEqual([0, 1, 2, 3]);
    expect(alignCells(['粮油产量', '12', '县农业局'], kinds)).toEqual([0, 2, 3]);
    expect(alignCells(['粮油产量', '县农业局', '县水利局'], kinds, 0)).toEqual([0, 3, 3]);
  });

  it('is linear in the row\'s lines (four times the lines, well under sixteen times the work)', () => {
    const row = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? '县农业局' : '推进项目'));
    // The fastest of several runs at each size (test/support/growth.ts): one run's garbage
    // collection on a busy machine is no growth.
    const [smallRow, largeRow] = [row(5000), row(20000)];
    const small = fastest(() => alignCells(smallRow, kinds, 0), 5);
    const large = fastest(() => alignCells(largeRow, kinds, 0), 5);
    expect(large / Math.max(small, 0.5)).toBeLessThan(10);
  });
});
