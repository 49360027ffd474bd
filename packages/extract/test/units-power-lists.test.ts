/**
 * A list of powers and duties (权力和责任清单), a table whose unit column is named for the body that
 * exercises each power (行使主体). Made-up rows in the style of a district's list, with a near miss.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';

const roles = (text: string) =>
  compile(text).registry.tasks.filter((t) => t.form === 'table').map((t) => `${t.path} L${t.lead.join('、')} R${t.responsible.join('、')} A${t.assist.join('、')}`);

const list = (column: string) => [
  '某区农村公路管理养护权力和责任清单',
  '序号', '权力责任名称', column, '权力责任类别', '行使层级',
  '1', '公路的具体管理', '区交通委', '管理', '区级',
  '2', '乡道、村道的日常养护', '各街镇', '管理', '镇级',
  '3', '公路路政许可', '区交通委、区规划资源局', '许可', '区级',
].join('\n');

describe('a 行使主体 column', () => {
  it('names the units of each row: one leads, several share', () => {
    expect(roles(list('行使主体'))).toEqual(['1 L区交通委 R A', '2 L各街镇 R A', '3 L R区交通委、区规划资源局 A']);
  });

  it('a 推进单位 column (the units that push each task on) names units too', () => {
    expect(roles(list('推进单位'))).toEqual(['1 L区交通委 R A', '2 L各街镇 R A', '3 L R区交通委、区规划资源局 A']);
  });

  it('near miss: a column of the level that exercises the power (行使层级) names no units', () => {
    expect(roles(list('行使层级'))).toEqual([]);
  });
});

describe('a unit cell merged down several rows', () => {
  const table = [
    '某区城市更新重点任务清单',
    '| 序号 | 工作任务 | 推进单位 |',
    '| --- | --- | --- |',
    '| 1 | 完成零星旧里房屋改造 | 区房管局、各相关街镇 |',
    '| 2 | 推进老旧住房成套改造 |',
    '| 3 | 加快旧住房更新改造 |',
  ].join('\n');
  const rows = (text: string) => compile({ path: 'p.md', value: text }).registry.tasks.map((t) => `${t.path} R${t.responsible.join('、')}`);

  it('is written on its first row only: the rows after it with no unit cell carry its units', () => {
    expect(rows(table)).toEqual(['1 R区房管局、各相关街镇', '2 R区房管局、各相关街镇', '3 R区房管局、各相关街镇']);
  });

  it('near miss: a group row between ends the merged cell', () => {
    const grouped = [
      '某区城市更新重点任务清单',
      '| 序号 | 工作任务 | 推进单位 |',
      '| --- | --- | --- |',
      '| 一、旧区改造 | | |',
      '| 1 | 完成零星旧里房屋改造 | 区房管局、各相关街镇 |',
      '| 2 | 推进老旧住房成套改造 |',
      '| 二、美丽家园建设 | | |',
      '| 3 | 加快旧住房更新改造 |',
    ].join('\n');
    expect(rows(grouped)).toEqual(['1.1 R区房管局、各相关街镇', '1.2 R区房管局、各相关街镇']);
  });

  it('near miss: a row that states its own duty ("区财政局负责…") carries nothing', () => {
    const own = table.replace('| 2 | 推进老旧住房成套改造 |', '| 2 | 区财政局负责落实改造资金保障 |');
    expect(rows(own).map((r) => r.split(' ')[0])).toEqual(['1', '3']);
  });

  it('near miss: the rows of another table in the section carry nothing', () => {
    const two = [table, '', '表2 主要指标', '', '| 序号 | 指标 | 2025年目标值 |', '| --- | --- | --- |', '| 1 | 改造完成率 | 100% |'].join('\n');
    expect(rows(two).filter((r) => !r.startsWith('1 ') && !r.startsWith('2 ') && !r.startsWith('3 '))).toEqual([]);
  });
});
